using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("NumberSequences");
        builder.HasKey(s => s.Scope);
        builder.Property(s => s.Scope).HasMaxLength(NumberSequence.ScopeMaxLength);

        // Two requests taking the same number: the second fails on this token and is retried or refused.
        builder.Property(s => s.LastValue).IsConcurrencyToken();
    }
}
