using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// 协查 (操作流程 二（六）4): a complaint whose outcome is an assist request issues a 协查通知单 (委内) or 协查意见书 (委外) to
/// the assisting unit, which answers within 10 working days (<see cref="ComplaintDeadlines.AssistDue"/>); the answer is
/// recorded by <see cref="RecordAssistAnswer"/>. The forms never carry the complainant (操作流程 五).
/// </summary>
public sealed partial class Complaint
{
    /// <summary>Whether a 协查 document may be issued now: outcome 协查, the answer not yet in.</summary>
    public bool AwaitsAssist => State == ComplaintState.Answered && Outcome == ComplaintOutcome.AssistRequest && AssistAnsweredOn is null;

    /// <summary>
    /// What the 协查 form of <paramref name="scope"/> carries: the complaint's source, type, party and site, the matter and
    /// the handler — and never the complainant's name or phone, whichever the scope.
    /// </summary>
    public AssistRequestInput AssistRequestFor(AssistRequestScope scope, string documentNumber, Actor handler, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Require(AwaitsAssist, "只有处理结果为“需其他部门配合协查”且尚未收到协查意见的投诉可以出具协查文书。");
        Require(Enum.IsDefined(scope), "请选择协查文书（委内协查通知单或委外协查意见书）。");
        var policy = DepartmentPolicy.For(Department!.Value);
        return new AssistRequestInput(
            scope,
            documentNumber,
            policy.UnitName,
            AssistUnit!,
            Answer ?? string.Empty,
            ComplaintNames.Of(Channel),
            ComplaintNames.Of(Line),
            IsMajor ? "重大" : "一般",
            ComplaintDeadlines.AssistWorkingDays,
            ComplainantName: null,
            ComplainantPhone: null,
            DiscloseComplainant: false,
            RespondentName: PartyName,
            RespondentAddress: SiteAddress,
            LicenceNumbers: null,
            ProjectName: PartyName,
            ProjectAddress: SiteAddress,
            RespondentPersons: null,
            RespondentPhone: null,
            Matter: Description,
            Handler: handler.Name,
            HandlerPhone: policy.Phone,
            IssuedOn: issuedOn);
    }

    /// <summary>Notes the issued 协查 document on the complaint's timeline (not a transition).</summary>
    public void RecordAssistIssued(string title, string documentNumber, string verificationCode, Actor actor, DateTime at)
    {
        Require(AwaitsAssist, "只有处理结果为“需其他部门配合协查”且尚未收到协查意见的投诉可以出具协查文书。");
        Append(actor, at, null, State, State, $"出具《{title}》{documentNumber}（核验码 {verificationCode}），送{AssistUnit}，{AssistDue:yyyy-MM-dd}前反馈。");
    }
}
