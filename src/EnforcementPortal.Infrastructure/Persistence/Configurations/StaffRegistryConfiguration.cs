using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>The history of 执法证 status changes: one row per change, never updated.</summary>
internal sealed class CertificateStatusChangeConfiguration : IEntityTypeConfiguration<CertificateStatusChange>
{
    public void Configure(EntityTypeBuilder<CertificateStatusChange> builder)
    {
        builder.ToTable("CertificateStatusChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CertificateNumber).HasMaxLength(Certificate.NumberMaxLength).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(CertificateStatusChange.ReasonMaxLength).IsRequired();
        builder.Property(c => c.RecordedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.HolderId, c.EffectiveOn });
    }
}

/// <summary>Training records (岗前/在岗) per officer.</summary>
internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("TrainingRecords");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Subject).HasMaxLength(TrainingRecord.SubjectMaxLength).IsRequired();
        builder.Property(t => t.Hours).HasPrecision(6, 1);
        builder.Property(t => t.RecordedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OfficerId, t.TakenOn });
        builder.HasIndex(t => t.TakenOn);
    }
}
