using EnforcementPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class StatisticsPublicationConfiguration : IEntityTypeConfiguration<StatisticsPublication>
{
    public void Configure(EntityTypeBuilder<StatisticsPublication> builder)
    {
        builder.ToTable("StatisticsPublications");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PublishedByName).HasMaxLength(StatisticsPublication.ActorNameMaxLength).IsRequired();
        // Typed in the Domain, one JSON text column here (the column keeps its name FiguresJson).
        builder.Property(p => p.Figures)
            .HasColumnName("FiguresJson")
            .HasConversion(StatisticsSnapshotJson.Converter, StatisticsSnapshotJson.Comparer)
            .IsRequired();
        builder.Property(p => p.CorrectionNote).HasMaxLength(StatisticsPublication.CorrectionNoteMaxLength);
        builder.Ignore(p => p.IsCorrection);

        // One row per version; the unique index also refuses two simultaneous publications of the same version.
        builder.HasIndex(p => new { p.Department, p.Year, p.Version }).IsUnique();
    }
}
