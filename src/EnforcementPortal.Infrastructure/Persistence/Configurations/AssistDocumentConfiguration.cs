using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>协查通知单/协查意见书 issued from complaints: one row per issued PDF, the bytes in the file store.</summary>
internal sealed class AssistDocumentConfiguration : IEntityTypeConfiguration<AssistDocument>
{
    public void Configure(EntityTypeBuilder<AssistDocument> builder)
    {
        builder.ToTable("AssistDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Ignore(d => d.Kind);
        builder.Property(d => d.Title).HasMaxLength(IssuedDocument.TitleMaxLength).IsRequired();
        builder.Property(d => d.DocumentNumber).HasMaxLength(IssuedDocument.NumberMaxLength).IsRequired();
        builder.Property(d => d.AssistingUnit).HasMaxLength(Complaint.TextMaxLength).IsRequired();
        builder.Property(d => d.IssuedByName).HasMaxLength(IssuedDocument.NameMaxLength).IsRequired();
        builder.Property(d => d.VerificationCode).HasMaxLength(IssuedDocument.CodeLength).IsUnicode(false).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(IssuedDocument.HashLength).IsUnicode(false).IsFixedLength().IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(IssuedDocument.StorageKeyMaxLength).IsRequired();
        builder.HasIndex(d => d.StorageKey); // the file check (FileMaintenance)
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.HasIndex(d => d.ComplaintId);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(d => d.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}
