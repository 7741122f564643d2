using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Web.Services;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>Every action form carries the version of the case the user saw (optimistic concurrency).</summary>
public abstract class CaseActionForm
{
    public int Version { get; set; }
}

public sealed class FindingInput
{
    [Display(Name = "问题描述")]
    public string? Description { get; set; }

    [Display(Name = "严重程度")]
    public FindingSeverity Severity { get; set; } = FindingSeverity.General;

    [Display(Name = "部位")]
    public string? Location { get; set; }

    /// <summary>The penalty matter the finding falls under (不得以责令改正代替行政处罚), if any.</summary>
    [Display(Name = "涉及的行政处罚事项")]
    public int? PenaltyMatterId { get; set; }

    /// <summary>Nothing typed (the severity keeps its default).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Location) && Severity == FindingSeverity.General && PenaltyMatterId is null;
}

/// <summary>新建检查.</summary>
public sealed class NewInspectionForm
{
    [Display(Name = "执法启动来源")]
    public Trigger Trigger { get; set; } = Trigger.RoutinePatrol;

    /// <summary>The complaint this case is started from (违法违规 → 依法查处); the trigger is then 投诉举报.</summary>
    public Guid? ComplaintId { get; set; }

    [Display(Name = "统一社会信用代码")]
    public string? PartyCreditCode { get; set; }

    [Display(Name = "责任单位名称")]
    public string? PartyName { get; set; }

    [Display(Name = "单位类型")]
    public PartyKind PartyKind { get; set; } = PartyKind.Other;

    [Display(Name = "法定代表人")]
    public string? LegalRepresentative { get; set; }

    [Display(Name = "联系人")]
    public string? ContactPerson { get; set; }

    [Display(Name = "联系电话")]
    public string? ContactPhone { get; set; }

    [Display(Name = "单位地址")]
    public string? PartyAddress { get; set; }

    [Display(Name = "项目/场所名称")]
    public string? SiteName { get; set; }

    [Display(Name = "项目/场所地址")]
    public string? SiteAddress { get; set; }

    [Display(Name = "检查时间")]
    public DateTime? InspectedAt { get; set; }

    /// <summary>问题判定日期; empty means the inspection day.</summary>
    [Display(Name = "问题判定日期")]
    public DateOnly? DeterminedOn { get; set; }

    [Display(Name = "在场执法人员")]
    public List<Guid> OfficerIds { get; set; } = [];

    [Display(Name = "现场检查情况")]
    public string? Narrative { get; set; }

    public List<FindingInput> Findings { get; set; } = [];

    [Display(Name = "纬度")]
    public double? Latitude { get; set; }

    [Display(Name = "经度")]
    public double? Longitude { get; set; }

    [Display(Name = "现场照片及材料")]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The officer's explicit choice that the inspection found nothing; the case then ends at once.</summary>
    [Display(Name = "未发现问题")]
    public bool NoViolation { get; set; }

    /// <summary>The second tick that confirms <see cref="NoViolation"/> before saving.</summary>
    [Display(Name = "确认未发现问题")]
    public bool NoViolationConfirmed { get; set; }

    public IEnumerable<FindingInput> EnteredFindings => Findings.Where(f => !f.IsBlank);

    /// <summary>The task of the annual inspection plan (required for 日常巡查 and 专项检查).</summary>
    [Display(Name = "年度检查计划任务")]
    public Guid? PlanTaskId { get; set; }

    /// <summary>The planned (or emergency) visit whose 现场检查笔录 this is.</summary>
    public Guid? VisitId { get; set; }

    /// <summary>The verdicts on the visit's checklist items; failed items become findings.</summary>
    public List<ChecklistResultInput> Checklist { get; set; } = [];

    public bool HasFailedChecklistItem => Checklist.Any(c => c.Verdict == Domain.Inspections.ChecklistVerdict.Fail);
}

/// <summary>One checklist item's verdict on the form.</summary>
public sealed class ChecklistResultInput
{
    public int ItemNumber { get; set; }

    [Display(Name = "判定")]
    public Domain.Inspections.ChecklistVerdict? Verdict { get; set; }

    [Display(Name = "问题说明")]
    public string? Comment { get; set; }

    /// <summary>A photo of a failed item (JPEG or PNG); it becomes the evidence of the item's finding.</summary>
    [Display(Name = "不合格项照片")]
    public IFormFile? Photo { get; set; }
}

/// <summary>下发整改通知书.</summary>
public sealed class NoticeForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.IssueNotice];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        var c = defaults.Case;
        var openItems = c.Findings.Where(f => !f.IsRectified).ToList();
        IssuedOn = defaults.Today;
        ServedOn = defaults.Today;
        FindingNumbers = [.. openItems.Select(f => f.Number)];
        Requirements = string.Join("\n", openItems.Select(f => $"{f.Number}. 针对“{f.Description}”，立即整改，整改完成后提交{c.Policy.ReplyTitle}。"));
        Recipient = defaults.LegalRepresentative;
        OfficerIds = [defaults.UserId];
    }

    [Display(Name = "整改要求")]
    public string? Requirements { get; set; }

    [Display(Name = "整改事项")]
    public List<int> FindingNumbers { get; set; } = [];

    [Display(Name = "整改期限（日）")]
    public int? DeadlineDays { get; set; } = 15;

    [Display(Name = "发文日期")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "送达方式")]
    public ServiceMethod ServiceMethod { get; set; } = ServiceMethod.InPerson;

    [Display(Name = "送达日期")]
    public DateOnly? ServedOn { get; set; }

    [Display(Name = "受送达人")]
    public string? Recipient { get; set; }

    [Display(Name = "送达执法人员")]
    public List<Guid> OfficerIds { get; set; } = [];
}

/// <summary>登记整改回复.</summary>
public sealed class ReplyForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.RecordReply];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        ReceivedOn = defaults.Today;
        Kind = defaults.Case.Policy.DefaultReplyKind;
    }

    [Display(Name = "收到日期")]
    public DateOnly? ReceivedOn { get; set; }

    [Display(Name = "回复类型")]
    public ReplyKind Kind { get; set; } = ReplyKind.Statement;

    [Display(Name = "回复内容摘要")]
    public string? Content { get; set; }

    [Display(Name = "佐证材料")]
    public List<IFormFile> Files { get; set; } = [];
}

public sealed class ReviewItemInput
{
    public int FindingNumber { get; set; }

    /// <summary>到位 (true) or 未到位 (false); null until the officer has checked the item on site.</summary>
    public bool? Rectified { get; set; }

    public string? Remarks { get; set; }
}

/// <summary>复查.</summary>
public sealed class ReviewForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.ReviewPassed, CaseAction.ReviewFailed];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        var notice = defaults.Case.CurrentNotice;
        ReviewedAt = defaults.Now.AddSeconds(-defaults.Now.Second);
        OfficerIds = [defaults.UserId];
        Items = notice is null ? [] : [.. defaults.Case.OpenFindingNumbers(notice).Select(n => new ReviewItemInput { FindingNumber = n })];
    }

    [Display(Name = "复查时间")]
    public DateTime? ReviewedAt { get; set; }

    /// <summary>With an item 未到位: the party also refused to cooperate (不配合).</summary>
    [Display(Name = "责任单位不配合整改")]
    public bool NotCooperating { get; set; }

    /// <summary>
    /// 复查结论 follows from the items: every item 到位 means 整改到位, any item 未到位 means 整改未到位 (不配合 when the
    /// officer also marks the refusal).
    /// </summary>
    [Display(Name = "复查结论")]
    public ReviewOutcome Outcome => Items.Count > 0 && Items.All(i => i.Rectified == true)
        ? ReviewOutcome.Rectified
        : NotCooperating ? ReviewOutcome.NotCooperating : ReviewOutcome.NotRectified;

    [Display(Name = "复查情况")]
    public string? Remarks { get; set; }

    public List<ReviewItemInput> Items { get; set; } = [];

    [Display(Name = "复查执法人员")]
    public List<Guid> OfficerIds { get; set; } = [];

    [Display(Name = "复查照片")]
    public List<IFormFile> Files { get; set; } = [];
}

/// <summary>约谈.</summary>
public sealed class InterviewForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.InterviewCooperative, CaseAction.InterviewRefused];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        HeldAt = defaults.Now.AddSeconds(-defaults.Now.Second);
        NoticeIssuedOn = defaults.Today;
        PartyAttendees = $"{defaults.LegalRepresentative}（法定代表人）";
        OfficerIds = [defaults.UserId];
    }

    [Display(Name = "约谈时间")]
    public DateTime? HeldAt { get; set; }

    [Display(Name = "约谈通知书发出日期")]
    public DateOnly? NoticeIssuedOn { get; set; }

    [Display(Name = "约谈地点")]
    public string? Place { get; set; } = "伊宁市住建局（伊犁河路9号）会议室";

    [Display(Name = "责任单位参加人员")]
    public string? PartyAttendees { get; set; }

    [Display(Name = "约谈执法人员")]
    public List<Guid> OfficerIds { get; set; } = [];

    [Display(Name = "约谈内容")]
    public string? Content { get; set; }

    [Display(Name = "约谈结果")]
    public InterviewOutcome Outcome { get; set; } = InterviewOutcome.Cooperative;

    [Display(Name = "新的整改期限（日）")]
    public int? NewDeadlineDays { get; set; }
}

/// <summary>提请移交.</summary>
public sealed class TransferForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.RequestTransfer];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        Facts = $"经现场检查，{string.Join("；", defaults.Case.Findings.Where(f => !f.IsRectified).Select(f => f.Description))}。";
        EvidenceList = "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。";
    }

    [Display(Name = "案件事实")]
    public string? Facts { get; set; }

    [Display(Name = "证据清单")]
    public string? EvidenceList { get; set; }

    [Display(Name = "引用的行政处罚事项")]
    public List<int> PenaltyMatterIds { get; set; } = [];

    [Display(Name = "接收单位")]
    public string? ReceivingBureau { get; set; } = Transfer.DefaultReceivingBureau;
}

/// <summary>
/// 退回移交申请, on the card 审批移交申请 (<c>_TransferApproval</c>) that also holds 批准移交 (a <see cref="ConfirmForm"/>):
/// the card is on the page while the transfer waits for approval, and tells those who may not approve who does.
/// </summary>
public sealed class ReturnTransferForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.ApproveTransfer, CaseAction.ReturnTransfer];

    string? ICaseStepForm.PartialName => "TransferApproval";

    IReadOnlyList<string> ICaseStepForm.OutsideRoles => [Domain.Staff.StaffRoles.BureauLeader];

    bool ICaseStepForm.IsShownOn(CaseDetailsViewModel page) => page.Case.State == CaseState.TransferPendingApproval;

    bool ICaseStepForm.ShowsFormOn(CaseDetailsViewModel page) => page.CanApproveTransfer && !page.MustRecuse && page.IsPermitted(CaseAction.ReturnTransfer);

    [Display(Name = "退回理由")]
    public string? Reason { get; set; }
}

/// <summary>登记立案反馈.</summary>
public sealed class FilingForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.FilingAccepted, CaseAction.FilingDeclined];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults) => DecidedOn = defaults.Today;

    [Display(Name = "立案决定")]
    public FilingDecision Decision { get; set; } = FilingDecision.Filed;

    [Display(Name = "决定日期")]
    public DateOnly? DecidedOn { get; set; }

    /// <summary>The day the feedback reached the department; empty means today.</summary>
    [Display(Name = "收到反馈日期")]
    public DateOnly? ReportedOn { get; set; }

    [Display(Name = "立案号/不予立案理由")]
    public string? Reference { get; set; }
}

/// <summary>登记处置结果.</summary>
public sealed class DisposalForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.RecordDisposal];

    void ICaseStepForm.Prefill(CaseFormDefaults defaults)
    {
        DecidedOn = defaults.Today;
        ReportedOn = defaults.Today;
    }

    [Display(Name = "处罚决定或终止调查日期")]
    public DateOnly? DecidedOn { get; set; }

    [Display(Name = "反馈日期")]
    public DateOnly? ReportedOn { get; set; }

    [Display(Name = "处置结果")]
    public string? Summary { get; set; }
}

/// <summary>登记移交单送出日期: while the case waits for the filing feedback (no step of the machine of its own).</summary>
public sealed class TransferSentForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.FilingAccepted];

    bool ICaseStepForm.IsShownOn(CaseDetailsViewModel page) => page.Case.State == CaseState.Transferred && page.IsPermitted(CaseAction.FilingAccepted);

    void ICaseStepForm.Prefill(CaseFormDefaults defaults) => SentOn = defaults.Case.CurrentTransfer?.TransferredOn ?? defaults.Today;

    [Display(Name = "移交单送出日期")]
    public DateOnly? SentOn { get; set; }
}

/// <summary>A step without data: 批准移交 (on the card of <see cref="ReturnTransferForm"/>).</summary>
public sealed class ConfirmForm : CaseActionForm
{
}

/// <summary>登记逾期未回复: the version only, no prefix.</summary>
public sealed class NoReplyForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.RecordNoReply];

    bool ICaseStepForm.HasPrefix => false;
}

/// <summary>归档结案: the version only, no prefix.</summary>
public sealed class ArchiveForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => [CaseAction.Archive];

    bool ICaseStepForm.HasPrefix => false;
}

/// <summary>补充证据.</summary>
public sealed class EvidenceForm : CaseActionForm
{
    [Display(Name = "对应问题")]
    public int? FindingNumber { get; set; }

    [Display(Name = "证据文件")]
    public List<IFormFile> Files { get; set; } = [];
}

/// <summary>The officers offered on a form.</summary>
public sealed record OfficerChoice(IReadOnlyList<StaffOption> Options, IReadOnlyList<Guid> Selected, string FieldName);

/// <summary>检查方案 (or 紧急检查): the visit's scheme as the officer drafts it.</summary>
public sealed class VisitSchemeForm
{
    [Display(Name = "执法启动来源")]
    public Trigger Trigger { get; set; } = Trigger.RoutinePatrol;

    [Display(Name = "年度检查计划任务")]
    public Guid? PlanTaskId { get; set; }

    [Display(Name = "统一社会信用代码")]
    public string? PartyCreditCode { get; set; }

    [Display(Name = "项目/场所名称")]
    public string? SiteName { get; set; }

    [Display(Name = "项目/场所地址")]
    public string? SiteAddress { get; set; }

    [Display(Name = "计划检查日期")]
    public DateOnly? PlannedOn { get; set; }

    [Display(Name = "检查事项")]
    public string? Scope { get; set; }

    [Display(Name = "检查方式与人员安排")]
    public string? Method { get; set; }

    [Display(Name = "检查清单")]
    public Guid? ChecklistId { get; set; }

    /// <summary>紧急检查: inspect now, the approval follows.</summary>
    [Display(Name = "紧急检查（事后补批）")]
    public bool Emergency { get; set; }

    [Display(Name = "紧急情况说明")]
    public string? EmergencyReason { get; set; }
}

/// <summary>A step on a visit: the version the user saw.</summary>
public class VisitStepForm
{
    public int Version { get; set; }
}

/// <summary>检查结果告知.</summary>
public sealed class TellResultForm : VisitStepForm
{
    [Display(Name = "告知日期")]
    public DateOnly? ToldOn { get; set; }

    [Display(Name = "告知方式")]
    public Domain.Inspections.ResultNotificationMethod Method { get; set; } = Domain.Inspections.ResultNotificationMethod.OnSite;
}
