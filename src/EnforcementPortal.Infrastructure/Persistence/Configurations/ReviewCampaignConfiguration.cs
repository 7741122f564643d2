using EnforcementPortal.Domain.CaseReview;
using EnforcementPortal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>案卷评查: the campaign row, its quotas as JSON and its drawn files (with their scores as JSON) as an owned collection.</summary>
internal sealed class ReviewCampaignConfiguration : IEntityTypeConfiguration<ReviewCampaign>
{
    public void Configure(EntityTypeBuilder<ReviewCampaign> builder)
    {
        builder.ToTable("ReviewCampaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(ReviewCampaign.TitleMaxLength).IsRequired();
        builder.Property(c => c.CreatedByName).HasMaxLength(ReviewCampaign.ActorNameMaxLength).IsRequired();
        builder.Property(c => c.FinishedByName).HasMaxLength(ReviewCampaign.ActorNameMaxLength);
        builder.Property(c => c.Quotas).AsJson();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsFinished);
        builder.Ignore(c => c.ScoredCount);
        builder.HasIndex(c => c.CreatedAt);

        builder.OwnsMany(c => c.Files, file =>
        {
            file.ToTable("ReviewFiles");
            file.WithOwner().HasForeignKey("CampaignId");
            file.HasKey(f => f.Id);
            file.Property(f => f.Id).ValueGeneratedNever();
            file.Property(f => f.CaseNumber).HasMaxLength(EnforcementCase.NumberMaxLength).IsRequired();
            file.Property(f => f.ReviewerName).HasMaxLength(ReviewCampaign.ActorNameMaxLength);
            file.Property(f => f.Scores).AsJson();
            file.Ignore(f => f.IsScored);
            file.Ignore(f => f.Total);
            file.HasIndex(f => f.CaseId);
        });
        builder.Navigation(c => c.Files).HasField("_files");
    }
}
