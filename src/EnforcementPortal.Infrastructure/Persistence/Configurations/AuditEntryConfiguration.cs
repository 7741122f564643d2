using EnforcementPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");

        // The sequence number is the key: two writers taking the same number collide here and one re-chains.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.OccurredAtUtc);
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.Target).HasMaxLength(AuditEntry.TargetMaxLength);
        builder.Property(e => e.Outcome).HasMaxLength(AuditEntry.OutcomeMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.UserName, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.Action, e.OccurredAtUtc });
    }
}
