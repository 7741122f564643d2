using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The case aggregate: the case row plus its parts as owned collections, so they load, save and are
/// department-scoped together with the case and cannot be queried around it.
/// </summary>
internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(EnforcementCase.NumberMaxLength).IsRequired();
        builder.HasIndex(c => new { c.Department, c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => c.Number);
        builder.HasIndex(c => new { c.Department, c.OpenDeadline, c.Number });
        builder.HasIndex(c => new { c.OpenDeadline, c.Number });
        builder.HasIndex(c => new { c.Department, c.OpenedOn });
        builder.HasIndex(c => c.PartyId);
        builder.HasIndex(c => new { c.Year, c.Department });
        ConfigureListIndexes(builder);
        builder.Property(c => c.SiteName).HasMaxLength(EnforcementCase.SiteNameMaxLength).IsRequired();
        builder.Property(c => c.SiteAddress).HasMaxLength(EnforcementCase.SiteAddressMaxLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.TimelineHead).HasMaxLength(CaseEvent.HashLength);
        builder.HasOne<ResponsibleParty>().WithMany().HasForeignKey(c => c.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Policy);
        builder.Ignore(c => c.CurrentNotice);
        builder.Ignore(c => c.CurrentTransfer);
        builder.Ignore(c => c.IsClosed);

        builder.OwnsMany(c => c.Inspections, inspection =>
        {
            inspection.ToTable("CaseInspections");
            inspection.WithOwner().HasForeignKey("CaseId");
            inspection.HasKey(i => i.Id);
            inspection.Property(i => i.Id).ValueGeneratedNever();
            inspection.Property(i => i.Location).HasMaxLength(Inspection.LocationMaxLength).IsRequired();
            inspection.Property(i => i.Narrative).HasMaxLength(Inspection.NarrativeMaxLength).IsRequired();
            inspection.Property(i => i.Officers).AsJson();
            inspection.Ignore(i => i.Day);
            inspection.HasIndex(i => i.StartedAt);
            inspection.Property<Trigger>(CaseRecordColumns.Trigger);
            inspection.Property<int>(CaseRecordColumns.StartedYear);

            // A year's visits: by kind in index order, the campaign visits as one seek (Kind, Trigger), and the distinct
            // sites or parties read in index order from the year's entries alone, with no table lookup and no sort.
            CaseRecordColumns.ConfigureDepartment(inspection, CaseRecordColumns.StartedYear, "Kind", CaseRecordColumns.Trigger, "StartedAt")
                .HasDatabaseName("IX_CaseInspections_Department_StartedYear_Kind");
            inspection.Property<Guid>(CaseRecordColumns.PartyId);
            inspection.Property<string>(CaseRecordColumns.SiteName).HasMaxLength(EnforcementCase.SiteNameMaxLength).IsRequired();
            inspection.HasIndex(CaseRecordColumns.Department, CaseRecordColumns.StartedYear, CaseRecordColumns.SiteName);
            inspection.HasIndex(CaseRecordColumns.Department, CaseRecordColumns.StartedYear, CaseRecordColumns.PartyId);
        });
        builder.Navigation(c => c.Inspections).HasField("_inspections");

        builder.OwnsMany(c => c.Findings, finding =>
        {
            finding.ToTable("CaseFindings");
            finding.WithOwner().HasForeignKey("CaseId");
            finding.HasKey(f => f.Id);
            finding.Property(f => f.Id).ValueGeneratedNever();
            finding.Property(f => f.Description).HasMaxLength(Finding.DescriptionMaxLength).IsRequired();
            finding.Property(f => f.Location).HasMaxLength(Finding.LocationMaxLength);
            finding.Property(f => f.ChecklistItemCode).HasMaxLength(Finding.ChecklistItemCodeMaxLength);
            finding.Property<DateTime>(CaseRecordColumns.InspectedAt);
            CaseRecordColumns.ConfigureDepartment(finding, CaseRecordColumns.InspectedAt);
        });
        builder.Navigation(c => c.Findings).HasField("_findings");

        builder.OwnsMany(c => c.Notices, notice =>
        {
            notice.ToTable("CaseNotices");
            notice.WithOwner().HasForeignKey("CaseId");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.Id).ValueGeneratedNever();
            notice.Property(n => n.DocumentNumber).HasMaxLength(RectificationNotice.NumberMaxLength).IsRequired();
            notice.Property(n => n.Requirements).HasMaxLength(RectificationNotice.RequirementsMaxLength).IsRequired();
            notice.Property(n => n.Recipient).HasMaxLength(RectificationNotice.RecipientMaxLength).IsRequired();
            notice.Property(n => n.FindingNumbers).AsJson();
            notice.Property(n => n.ServedBy).AsJson();
            notice.HasIndex(n => n.IssuedOn);
            notice.Property<DateOnly?>(CaseRecordColumns.LoopClosedOn);
            CaseRecordColumns.ConfigureDepartment(notice, "IssuedOn", CaseRecordColumns.LoopClosedOn);
        });
        builder.Navigation(c => c.Notices).HasField("_notices");

        builder.OwnsMany(c => c.Replies, reply =>
        {
            reply.ToTable("CaseReplies");
            reply.WithOwner().HasForeignKey("CaseId");
            reply.HasKey(r => r.Id);
            reply.Property(r => r.Id).ValueGeneratedNever();
            reply.Property(r => r.Content).HasMaxLength(RectificationReply.ContentMaxLength).IsRequired();
        });
        builder.Navigation(c => c.Replies).HasField("_replies");

        builder.OwnsMany(c => c.Reviews, review =>
        {
            review.ToTable("CaseReviews");
            review.WithOwner().HasForeignKey("CaseId");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.Remarks).HasMaxLength(Review.RemarksMaxLength).IsRequired();
            review.Property(r => r.Items).AsJson();
            review.HasIndex("CaseId", nameof(Review.Outcome), nameof(Review.ReviewedOn));
        });
        builder.Navigation(c => c.Reviews).HasField("_reviews");

        builder.OwnsMany(c => c.Interviews, interview =>
        {
            interview.ToTable("CaseInterviews");
            interview.WithOwner().HasForeignKey("CaseId");
            interview.HasKey(i => i.Id);
            interview.Property(i => i.Id).ValueGeneratedNever();
            interview.Property(i => i.Place).HasMaxLength(Interview.PlaceMaxLength).IsRequired();
            interview.Property(i => i.PartyAttendees).HasMaxLength(Interview.AttendeesMaxLength).IsRequired();
            interview.Property(i => i.Content).HasMaxLength(Interview.TextMaxLength).IsRequired();
            interview.Property(i => i.Officers).AsJson();
            interview.HasIndex(i => i.HeldAt);
            CaseRecordColumns.ConfigureDepartment(interview, "HeldAt");
        });
        builder.Navigation(c => c.Interviews).HasField("_interviews");

        builder.OwnsMany(c => c.Transfers, transfer =>
        {
            transfer.ToTable("CaseTransfers");
            transfer.WithOwner().HasForeignKey("CaseId");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.Id).ValueGeneratedNever();
            transfer.Property(t => t.Facts).HasMaxLength(Transfer.TextMaxLength).IsRequired();
            transfer.Property(t => t.EvidenceList).HasMaxLength(Transfer.TextMaxLength).IsRequired();
            transfer.Property(t => t.ReceivingBureau).HasMaxLength(Transfer.ReceivingBureauMaxLength).IsRequired();
            transfer.Property(t => t.RequestedByName).HasMaxLength(64).IsRequired();
            transfer.Property(t => t.DecidedByName).HasMaxLength(64);
            transfer.Property(t => t.ReturnReason).HasMaxLength(Transfer.TextMaxLength);
            transfer.Property(t => t.FilingReference).HasMaxLength(Transfer.TextMaxLength);
            transfer.Property(t => t.DisposalSummary).HasMaxLength(Transfer.TextMaxLength);
            transfer.Property(t => t.ReceivedByName).HasMaxLength(64);
            transfer.Property(t => t.PenaltyMatterIds).AsJson();
            transfer.HasIndex(t => t.TransferredOn);
            CaseRecordColumns.ConfigureDepartment(transfer, "TransferredOn", "DisposalReportedOn", "FilingDecision", "FilingDecidedOn")
                .HasDatabaseName("IX_CaseTransfers_Department_TransferredOn_Tracking");
        });
        builder.Navigation(c => c.Transfers).HasField("_transfers");

        // 法制审核: the opinions, and the stored "what waits for a legal reviewer" read by the reviewers' queue.
        builder.OwnsMany(c => c.LegalReviews, review =>
        {
            review.ToTable("CaseLegalReviews");
            review.WithOwner().HasForeignKey("CaseId");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.Reasons).HasMaxLength(LegalReview.ReasonsMaxLength).IsRequired();
            review.Property(r => r.ReviewerName).HasMaxLength(64).IsRequired();
            review.HasIndex(r => r.ReviewedAt);
            CaseRecordColumns.ConfigureDepartment(review, "ReviewedAt", "Subject", "Opinion");
        });
        builder.Navigation(c => c.LegalReviews).HasField("_legalReviews");
        builder.HasIndex(c => new { c.PendingLegalReview, c.CreatedAt });

        builder.OwnsMany(c => c.Evidence, evidence =>
        {
            evidence.ToTable("CaseEvidence");
            evidence.WithOwner().HasForeignKey(e => e.CaseId);
            evidence.HasKey(e => e.Id);
            evidence.Property(e => e.Id).ValueGeneratedNever();
            evidence.Property(e => e.FileName).HasMaxLength(EvidenceFile.FileNameMaxLength).IsRequired();
            evidence.Property(e => e.ContentType).HasMaxLength(EvidenceFile.ContentTypeMaxLength).IsRequired();
            evidence.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
            evidence.Property(e => e.StorageKey).HasMaxLength(EvidenceFile.StorageKeyMaxLength).IsRequired();
            evidence.HasIndex(e => e.StorageKey); // the file check: is a file in the store referenced (FileMaintenance)
            evidence.Property(e => e.UploadedByName).HasMaxLength(64).IsRequired();
            evidence.Property(e => e.Caption).HasMaxLength(EvidenceFile.CaptionMaxLength);
            evidence.Ignore(e => e.IsImage);
        });
        builder.Navigation(c => c.Evidence).HasField("_evidence");

        builder.OwnsMany(c => c.Events, entry =>
        {
            entry.ToTable("CaseEvents");
            entry.WithOwner().HasForeignKey(e => e.CaseId);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique();
            entry.Property(e => e.ActorName).HasMaxLength(64).IsRequired();
            entry.Property(e => e.Summary).HasMaxLength(CaseEvent.SummaryMaxLength).IsRequired();
            entry.Property(e => e.PreviousHash).HasMaxLength(CaseEvent.HashLength).IsRequired();
            entry.Property(e => e.Hash).HasMaxLength(CaseEvent.HashLength).IsRequired();
            entry.Ignore(e => e.IsTransition);
        });
        builder.Navigation(c => c.Events).HasField("_events");
    }

    /// <summary>SQL of the open-case condition as EF Core writes it, so a query's condition proves the partial index's.</summary>
    internal const string OpenFilter = "\"State\" NOT IN (10, 11)";

    /// <summary>The same condition in the form SQL Server allows in a filtered index (no NOT IN there).</summary>
    internal const string OpenFilterSqlServer = "[State] <> 10 AND [State] <> 11";

    /// <summary>Only the cases waiting for a step (<see cref="EnforcementCase.AwaitedSince"/> set) are in the 督办 indexes.</summary>
    internal const string AwaitedFilter = "\"AwaitedSince\" IS NOT NULL";

    /// <summary>
    /// Every case list pages by keyset in (CreatedAt DESC, Number DESC) order; each filter of the lists has an index whose
    /// equality columns come first and that order after, so the first page and the ten-thousandth read about 21 rows.
    /// A department user's lists use the indexes led by Department (the scope filter is a plain equality for them), the
    /// bureau-wide roles' the ones without. Partial indexes hold only open cases, so the open lists and the dashboard's
    /// counts read only open rows. Overdue lists (the 逾期 filter, the chief's queue, 督办) are in deadline order and read
    /// one page from the (Department,) OpenDeadline, Number indexes, which also count the overdue cases without reading
    /// them (an index in CreatedAt order of the cases with a running deadline was measured 6 s slower at 1M cases, since
    /// most running deadlines have not passed).
    /// The descending order is read backwards from ascending indexes (every column in the same direction).
    /// </summary>
    private static void ConfigureListIndexes(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.HasIndex(c => new { c.CreatedAt, c.Number }, "IX_Cases_List");
        builder.HasIndex(c => new { c.Department, c.CreatedAt, c.Number }, "IX_Cases_List_Department");
        builder.HasIndex(c => new { c.CreatedById, c.CreatedAt, c.Number }, "IX_Cases_List_Mine");
        builder.HasIndex(c => new { c.Department, c.CreatedById, c.CreatedAt, c.Number }, "IX_Cases_List_Department_Mine");
        builder.HasIndex(c => new { c.State, c.CreatedAt, c.Number }, "IX_Cases_List_State");
        builder.HasIndex(c => new { c.Department, c.State, c.CreatedAt, c.Number }, "IX_Cases_List_Department_State");
        builder.HasIndex(c => new { c.CreatedAt, c.Number }, "IX_Cases_List_Open").HasFilter(OpenFilter);
        builder.HasIndex(c => new { c.Department, c.CreatedAt, c.Number }, "IX_Cases_List_Department_Open").HasFilter(OpenFilter);
        builder.HasIndex(c => new { c.Department, c.State, c.OpenDeadline }, "IX_Cases_Open_Summary").HasFilter(OpenFilter);

        // 督办 (复查, 立案反馈, 处置结果): the cases waiting for a step, by state in the order of the day it runs from.
        builder.HasIndex(c => new { c.State, c.AwaitedSince }, "IX_Cases_Awaited").HasFilter(AwaitedFilter);
        builder.HasIndex(c => new { c.Department, c.State, c.AwaitedSince }, "IX_Cases_Awaited_Department").HasFilter(AwaitedFilter);
    }
}
