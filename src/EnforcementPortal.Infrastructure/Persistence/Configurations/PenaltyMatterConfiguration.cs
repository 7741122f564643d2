using EnforcementPortal.Domain.PenaltyMatters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

public sealed class PenaltyMatterConfiguration : IEntityTypeConfiguration<PenaltyMatter>
{
    public void Configure(EntityTypeBuilder<PenaltyMatter> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("PenaltyMatters");
        builder.HasKey(m => m.Id);

        builder.Property(m => m.Sequence).IsRequired();
        builder.HasIndex(m => m.Sequence);

        builder.Property(m => m.Name).HasMaxLength(PenaltyMatter.NameMaxLength).IsRequired();
        builder.HasIndex(m => m.Name).IsUnique();

        builder.Property(m => m.PowerType).HasMaxLength(PenaltyMatter.PowerTypeMaxLength).IsRequired();
        builder.Property(m => m.ImplementingAuthority).HasMaxLength(PenaltyMatter.ImplementingAuthorityMaxLength).IsRequired();
        builder.Property(m => m.AdministrativeLevel).HasMaxLength(PenaltyMatter.AdministrativeLevelMaxLength);

        // Long legal text: nvarchar(max) on SQL Server, TEXT on SQLite.
        builder.Property(m => m.LegalBasis).IsRequired();
        builder.Property(m => m.Responsibilities);
        builder.Property(m => m.ResponsibilityBasis).HasMaxLength(PenaltyMatter.ResponsibilityBasisMaxLength);
        builder.Property(m => m.Remarks).HasMaxLength(PenaltyMatter.RemarksMaxLength);
        builder.Property(m => m.Departments).AsJson();
        builder.Property(m => m.FineRange).HasMaxLength(PenaltyMatter.FineRangeMaxLength);
        builder.Property(m => m.Keywords).HasMaxLength(PenaltyMatter.KeywordsMaxLength);
        builder.Ignore(m => m.KeywordList);

        // Value objects without identity, always read with their matter: one JSON column (nvarchar(max) on SQL Server,
        // TEXT on SQLite), no join table. Lengths inside JSON are not enforced by the database.
        // Mapped through the private list: a complex collection must be an IList<T>, the entity exposes it read-only.
        builder.Ignore(m => m.Provisions);
        builder.ComplexCollection<List<LegalProvision>, LegalProvision>(
            "_provisions", provisions => provisions.ToJson("Provisions"));
    }
}
