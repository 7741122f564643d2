using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("IssuedDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(IssuedDocument.TitleMaxLength).IsRequired();
        builder.Property(d => d.DocumentNumber).HasMaxLength(IssuedDocument.NumberMaxLength);
        builder.Property(d => d.IssuedByName).HasMaxLength(IssuedDocument.NameMaxLength).IsRequired();
        builder.Property(d => d.VerificationCode).HasMaxLength(IssuedDocument.CodeLength).IsUnicode(false).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(IssuedDocument.HashLength).IsUnicode(false).IsFixedLength().IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(IssuedDocument.StorageKeyMaxLength).IsRequired();
        builder.Property(d => d.ChangeReason).HasMaxLength(IssuedDocument.ChangeReasonMaxLength);
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.HasIndex(d => d.StorageKey); // the file check (FileMaintenance)
        builder.HasIndex(d => new { d.CaseId, d.Kind, d.SubjectId });
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
