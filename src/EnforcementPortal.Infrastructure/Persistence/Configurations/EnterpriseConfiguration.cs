using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseInvitationConfiguration : IEntityTypeConfiguration<EnterpriseInvitation>
{
    public void Configure(EntityTypeBuilder<EnterpriseInvitation> builder)
    {
        builder.ToTable("EnterpriseInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.CodeHash).HasMaxLength(EnterpriseInvitation.HashLength).IsRequired();
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasIndex(i => i.PartyId);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<ResponsibleParty>().WithMany().HasForeignKey(i => i.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReconsiderationApplicationConfiguration : IEntityTypeConfiguration<ReconsiderationApplication>
{
    public void Configure(EntityTypeBuilder<ReconsiderationApplication> builder)
    {
        builder.ToTable("Reconsiderations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ApplicantName).HasMaxLength(ReconsiderationApplication.NameMaxLength).IsRequired();
        builder.Property(r => r.Grounds).HasMaxLength(ReconsiderationApplication.GroundsMaxLength).IsRequired();
        builder.Property(r => r.Reasons).HasMaxLength(ReconsiderationApplication.ReasonsMaxLength);
        builder.Property(r => r.DecidedByName).HasMaxLength(ReconsiderationApplication.NameMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.PartyId);
        builder.Ignore(r => r.IsDecided);
    }
}
