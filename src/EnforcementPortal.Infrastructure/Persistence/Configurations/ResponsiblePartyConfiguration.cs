using EnforcementPortal.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class ResponsiblePartyConfiguration : IEntityTypeConfiguration<ResponsibleParty>
{
    public void Configure(EntityTypeBuilder<ResponsibleParty> builder)
    {
        builder.ToTable("Parties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ResponsibleParty.NameMaxLength).IsRequired();
        builder.Property(p => p.CreditCode).HasMaxLength(18).IsFixedLength().IsRequired();
        builder.HasIndex(p => p.CreditCode).IsUnique();
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.LegalRepresentative).HasMaxLength(ResponsibleParty.PersonMaxLength).IsRequired();
        builder.Property(p => p.ContactPerson).HasMaxLength(ResponsibleParty.PersonMaxLength);
        builder.Property(p => p.ContactPhone).HasMaxLength(ResponsibleParty.PhoneMaxLength);
        builder.Property(p => p.Address).HasMaxLength(ResponsibleParty.AddressMaxLength);
    }
}
