using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(Lease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(Lease.HolderMaxLength);

        // Two instances taking the lease at once: the second update matches no row and fails.
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
