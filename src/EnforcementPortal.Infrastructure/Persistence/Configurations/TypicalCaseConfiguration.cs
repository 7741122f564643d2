using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class TypicalCaseConfiguration : IEntityTypeConfiguration<TypicalCase>
{
    public void Configure(EntityTypeBuilder<TypicalCase> builder)
    {
        builder.ToTable("TypicalCases");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.ReportMonth);
        builder.Property(t => t.CaseNumber).HasMaxLength(TypicalCase.CaseNumberMaxLength).IsRequired();
        builder.Property(t => t.Summary).HasMaxLength(TypicalCase.SummaryMaxLength).IsRequired();
        builder.Property(t => t.ChosenByName).HasMaxLength(TypicalCase.ActorNameMaxLength).IsRequired();
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Department, t.Year, t.Month, t.CaseId }).IsUnique();
    }
}
