using EnforcementPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class SupplementaryIndicatorConfiguration : IEntityTypeConfiguration<SupplementaryIndicator>
{
    public void Configure(EntityTypeBuilder<SupplementaryIndicator> builder)
    {
        builder.ToTable("SupplementaryIndicators");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(SupplementaryIndicator.NameMaxLength).IsRequired();
        builder.Property(s => s.Unit).HasMaxLength(SupplementaryIndicator.UnitMaxLength).IsRequired();
        builder.Property(s => s.Remark).HasMaxLength(SupplementaryIndicator.RemarkMaxLength);
        builder.Property(s => s.EnteredByName).HasMaxLength(SupplementaryIndicator.ActorNameMaxLength).IsRequired();
        builder.Property(s => s.Value).HasPrecision(18, 2);
        builder.HasIndex(s => new { s.Department, s.Year, s.Name }).IsUnique();
    }
}
