using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class LegalReviewScopeConfiguration : IEntityTypeConfiguration<LegalReviewScope>
{
    public void Configure(EntityTypeBuilder<LegalReviewScope> builder)
    {
        builder.ToTable("LegalReviewScopes");
        builder.HasKey(s => s.Department);
        builder.Property(s => s.Department).ValueGeneratedNever();
        builder.Property(s => s.ChangedBy).HasMaxLength(64);
    }
}
