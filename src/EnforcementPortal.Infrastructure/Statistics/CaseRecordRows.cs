using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Statistics;

// Read-only views of the case aggregate's record tables for the annual statistics. The records are owned by the case
// and EF Core queries them only through it (a join from every case of the department); these keyless types map the
// same tables as views (no migration creates or changes anything for them), so a count reads one index of one table,
// led by the Department copied onto each row (CaseRecordColumns). Nothing is ever written through them.

/// <summary>A row of CaseInspections, with the case's facts copied onto it.</summary>
internal sealed class InspectionRow
{
    public Guid CaseId { get; init; }

    public DepartmentCode Department { get; init; }

    public InspectionKind Kind { get; init; }

    public DateTime StartedAt { get; init; }

    /// <summary>The year of <see cref="StartedAt"/> (CaseRecordColumns.StartedYear).</summary>
    public int StartedYear { get; init; }

    public Trigger Trigger { get; init; }

    public Guid PartyId { get; init; }

    public string SiteName { get; init; } = string.Empty;
}

/// <summary>A row of CaseFindings, with the time of its inspection.</summary>
internal sealed class FindingRow
{
    public DepartmentCode Department { get; init; }

    public DateTime InspectedAt { get; init; }
}

/// <summary>A row of CaseNotices.</summary>
internal sealed class NoticeRow
{
    public DepartmentCode Department { get; init; }

    public DateOnly IssuedOn { get; init; }

    /// <summary>The first day the notice's loop counted as closed (CaseRecordColumns.LoopClosedOn), null while open.</summary>
    public DateOnly? LoopClosedOn { get; init; }
}

/// <summary>A row of CaseInterviews.</summary>
internal sealed class InterviewRow
{
    public DepartmentCode Department { get; init; }

    public DateTime HeldAt { get; init; }
}

/// <summary>A row of CaseTransfers.</summary>
internal sealed class TransferRow
{
    public DepartmentCode Department { get; init; }

    public DateOnly? TransferredOn { get; init; }

    public DateOnly? DisposalReportedOn { get; init; }

    public FilingDecision? FilingDecision { get; init; }

    public DateOnly? FilingDecidedOn { get; init; }
}

/// <summary>A row of CaseLegalReviews.</summary>
internal sealed class LegalReviewRow
{
    public DepartmentCode Department { get; init; }

    public LegalReviewSubject Subject { get; init; }

    public LegalReviewOpinion Opinion { get; init; }

    public DateTime ReviewedAt { get; init; }
}

/// <summary>Maps each row type to its table as a view: EF Core reads it and migrations leave it alone.</summary>
internal sealed class CaseRecordRowsConfiguration :
    IEntityTypeConfiguration<InspectionRow>,
    IEntityTypeConfiguration<FindingRow>,
    IEntityTypeConfiguration<NoticeRow>,
    IEntityTypeConfiguration<InterviewRow>,
    IEntityTypeConfiguration<TransferRow>,
    IEntityTypeConfiguration<LegalReviewRow>
{
    public void Configure(EntityTypeBuilder<InspectionRow> builder) => builder.HasNoKey().ToView("CaseInspections");

    public void Configure(EntityTypeBuilder<FindingRow> builder) => builder.HasNoKey().ToView("CaseFindings");

    public void Configure(EntityTypeBuilder<NoticeRow> builder) => builder.HasNoKey().ToView("CaseNotices");

    public void Configure(EntityTypeBuilder<InterviewRow> builder) => builder.HasNoKey().ToView("CaseInterviews");

    public void Configure(EntityTypeBuilder<TransferRow> builder) => builder.HasNoKey().ToView("CaseTransfers");

    public void Configure(EntityTypeBuilder<LegalReviewRow> builder) => builder.HasNoKey().ToView("CaseLegalReviews");
}
