using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Services;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// What the public progress page shows: the receipt, the business line, the handling department, the steps with their
/// expected and actual dates, and — only once closed or refused — the answer. Nothing about any person.
/// </summary>
public sealed record PublicProgress(
    string ReceiptNumber,
    string Line,
    DateOnly ReceivedOn,
    string? Department,
    string State,
    IReadOnlyList<ProgressStep> Steps,
    string? Outcome,
    string? Answer,
    string? RefusalReason)
{
    public static PublicProgress Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var closed = complaint.State == ComplaintState.Closed;
        return new PublicProgress(
            complaint.ReceiptNumber,
            ComplaintNames.Of(complaint.Line),
            complaint.ReceivedOn,
            complaint.Department is { } d ? DepartmentPolicy.For(d).FullName : null,
            complaint.State switch
            {
                ComplaintState.ReturnPending or ComplaintState.RefusalPending or ComplaintState.Returned => "分派中",
                ComplaintState.Answered => "处理中",
                _ => ComplaintNames.Of(complaint.State),
            },
            complaint.ProgressSteps(),
            closed && complaint.Outcome is { } o ? ComplaintNames.Of(o) : null,
            closed ? complaint.Answer : null,
            complaint.State == ComplaintState.Refused ? complaint.RefusalReason : null);
    }
}

/// <summary>The complaint page for staff.</summary>
public sealed record ComplaintPage(
    Complaint Complaint,
    string ComplainantName,
    string ComplainantPhone,
    bool MaySeeComplainant,
    bool Revealed,
    bool IsDispatcher,
    bool IsDepartmentMember,
    bool IsHandlerOrChief,
    bool IsDepartmentChief,
    bool MayUrge,
    DepartmentCode RuleDepartment,
    IReadOnlyList<ComplaintRow> Duplicates,
    IReadOnlyList<StaffOption> Handlers,
    DateOnly Today);
