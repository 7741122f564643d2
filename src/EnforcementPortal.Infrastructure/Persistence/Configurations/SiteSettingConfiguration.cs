using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> builder)
    {
        builder.ToTable("SiteSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(SiteSetting.KeyMaxLength);
        builder.Property(s => s.Value).HasMaxLength(SiteSetting.ValueMaxLength);
        builder.Property(s => s.ChangedBy).HasMaxLength(SiteSetting.KeyMaxLength);
    }
}
