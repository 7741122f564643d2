using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionLetterConfiguration : IEntityTypeConfiguration<SupervisionLetter>
{
    public void Configure(EntityTypeBuilder<SupervisionLetter> builder)
    {
        builder.ToTable("SupervisionLetters");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Addressee).HasMaxLength(SupervisionLetter.AddresseeMaxLength).IsRequired();
        builder.Property(l => l.Matter).HasMaxLength(SupervisionLetter.TextMaxLength).IsRequired();
        builder.Property(l => l.Requirement).HasMaxLength(SupervisionLetter.TextMaxLength).IsRequired();
        builder.Property(l => l.IssuedByName).HasMaxLength(SupervisionLetter.NameMaxLength).IsRequired();
        builder.HasIndex(l => l.CaseId);

        // The annual statistics count a department's letters of one kind by issue date.
        builder.HasIndex(l => new { l.Department, l.Kind, l.IssuedOn });
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
