using System.Globalization;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>
/// Walks one case through its lifecycle with realistic data. Every step is done at <see cref="Now"/>, and the clock
/// then moves on to 09:00 of the next working day, so a scenario's dates (and so its deadlines) never vary.
/// Use <see cref="At"/> to do the next step at a chosen moment.
/// </summary>
internal sealed class CaseScenario
{
    public const int DefaultRectificationDays = 15;
    public const int DefaultInterviewDeadlineDays = 10;

    /// <summary>行政处罚事项 ids of the catalogue (the 西咸新区综合行政执法局 list of 行政处罚事项) that a transfer cites.</summary>
    public static readonly IReadOnlyList<int> PenaltyMatters = [12, 31];

    private int _noticeNumber;

    public CaseScenario(EnforcementCase enforcementCase, DateTime now)
    {
        Case = enforcementCase;
        Now = now;
    }

    public EnforcementCase Case { get; }

    public DateTime Now { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public SampleSite Site => SampleSite.Of(Case.Department);

    /// <summary>The officer at the keyboard for the next steps.</summary>
    public Actor Actor { get; set; } = Bureau.Officer1;

    /// <summary>The officers present at the next inspection, service or interview.</summary>
    public IReadOnlyList<OfficerOnDuty> Officers { get; set; } = Bureau.TwoOfficers;

    public CaseScenario At(DateTime moment)
    {
        Now = moment;
        return this;
    }

    public CaseScenario NextWorkingDay()
    {
        Now = Bureau.Calendar.AddWorkingDays(Today, 1).Date.ToDateTime(new TimeOnly(9, 0));
        return this;
    }

    /// <summary>Moves the clock to the first day after the current rectification deadline.</summary>
    public CaseScenario AfterRectificationDeadline()
    {
        var deadline = Case.RectificationDeadline ?? throw new InvalidOperationException("No rectification deadline runs.");
        return At(deadline.AddDays(1).ToDateTime(new TimeOnly(9, 0)));
    }

    // ---- drafts with realistic defaults; tests change them with `with { … }` ----

    public NoticeDraft NoticeDraft(int deadlineDays = DefaultRectificationDays)
    {
        var policy = Case.Policy;
        var number = string.Create(CultureInfo.InvariantCulture, $"{policy.NumberPrefix}整〔{Today.Year}〕{_noticeNumber + 1}号");
        return new NoticeDraft(
            number,
            Today,
            $"请于收到本通知书之日起{deadlineDays}日内对所列{policy.FindingNoun}逐项整改到位，并提交{policy.ReplyTitle}。",
            [.. Case.Findings.Where(f => !f.IsRectified).Select(f => f.Number)],
            deadlineDays,
            ServiceMethod.InPerson,
            Today,
            Site.Recipient,
            Officers);
    }

    public ReplyDraft ReplyDraft() => new(
        Today,
        Case.Policy.ReplyTitle.Contains("整改回执", StringComparison.Ordinal) ? ReplyKind.Receipt : ReplyKind.Statement,
        "已按通知书要求逐项完成整改，附整改前后对比照片及相关佐证材料。");

    public ReviewDraft ReviewDraft(ReviewOutcome outcome, int rectifiedItems = 0)
    {
        // Without a notice (a step tried in the wrong state) the draft lists every open finding.
        IReadOnlyList<int> open = Case.CurrentNotice is { } notice
            ? Case.OpenFindingNumbers(notice)
            : [.. Case.Findings.Where(f => !f.IsRectified).Select(f => f.Number)];
        var items = open
            .Select((number, index) => new ReviewItemResult(
                number,
                outcome == ReviewOutcome.Rectified || index < rectifiedItems,
                outcome == ReviewOutcome.Rectified || index < rectifiedItems ? "已整改" : "未整改"))
            .ToList();
        var remarks = outcome switch
        {
            ReviewOutcome.Rectified => "经现场复查，所列问题均已整改到位。",
            ReviewOutcome.NotRectified => "经现场复查，部分问题仍未整改到位。",
            _ => "责任单位拒不配合复查，问题未见整改。",
        };
        return new ReviewDraft(Now, outcome, remarks, items, Officers);
    }

    public InterviewDraft InterviewDraft(InterviewOutcome outcome, int? newDeadlineDays = DefaultInterviewDeadlineDays) => new(
        Now,
        "伊宁市住建局（伊犁河路9号）4楼会议室",
        Site.PartyAttendees,
        Officers,
        outcome == InterviewOutcome.Cooperative
            ? "指出存在的问题及法律责任，责任单位负责人表示认识到问题严重性，承诺限期整改到位。"
            : "指出存在的问题及法律责任，责任单位负责人拒不承认问题，拒绝签署约谈笔录。",
        outcome,
        newDeadlineDays,
        NoticeDay());

    /// <summary>The 约谈通知书 went out three days before the interview (never before the inspection).</summary>
    public DateOnly NoticeDay()
    {
        var day = Today.AddDays(-3);
        return day < Case.OpenedOn ? Case.OpenedOn : day;
    }

    public TransferDraft TransferDraft() => new(
        $"{Site.Recipient}在{Site.SiteName}存在{Case.Policy.FindingNoun}，经下发整改通知书、约谈后仍未整改。",
        "现场检查笔录、现场照片、整改通知书及送达回证、约谈笔录、复查记录",
        PenaltyMatters,
        null);

    // ---- steps ----

    public CaseScenario IssueNotice(int deadlineDays = DefaultRectificationDays) => Do(() =>
    {
        Case.IssueNotice(NoticeDraft(deadlineDays), Actor, Now, Bureau.Calendar);
        _noticeNumber++;
    });

    public CaseScenario IssueNotice(NoticeDraft draft) => Do(() =>
    {
        Case.IssueNotice(draft, Actor, Now, Bureau.Calendar);
        _noticeNumber++;
    });

    public CaseScenario Reply() => Do(() => Case.RecordReply(ReplyDraft(), Actor, Now, Bureau.Calendar));

    /// <summary>登记逾期未回复, on the day after the deadline.</summary>
    public CaseScenario NoReply()
    {
        AfterRectificationDeadline();
        return Do(() => Case.RecordNoReply(Actor, Now, Bureau.Calendar));
    }

    public CaseScenario ReviewPassed() => Do(() => Case.RecordReview(ReviewDraft(ReviewOutcome.Rectified), Actor, Now, Bureau.Calendar));

    /// <summary>复查：整改未到位, with the first <paramref name="rectifiedItems"/> open items found rectified.</summary>
    public CaseScenario ReviewFailed(int rectifiedItems = 0) =>
        Do(() => Case.RecordReview(ReviewDraft(ReviewOutcome.NotRectified, rectifiedItems), Actor, Now, Bureau.Calendar));

    public CaseScenario ReviewNotCooperating() =>
        Do(() => Case.RecordReview(ReviewDraft(ReviewOutcome.NotCooperating), Actor, Now, Bureau.Calendar));

    public CaseScenario InterviewCooperative(int? newDeadlineDays = DefaultInterviewDeadlineDays) =>
        Do(() => Case.RecordInterview(InterviewDraft(InterviewOutcome.Cooperative, newDeadlineDays), Actor, Now, Bureau.Calendar));

    public CaseScenario InterviewRefused() =>
        Do(() => Case.RecordInterview(InterviewDraft(InterviewOutcome.Refused), Actor, Now, Bureau.Calendar));

    public CaseScenario RequestTransfer() => Do(() => Case.RequestTransfer(TransferDraft(), Actor, Now));

    public CaseScenario ApproveTransfer() => Do(() => Case.ApproveTransfer(Bureau.Chief, Now, Bureau.Calendar));

    /// <summary>法制审核: the legal reviewer's opinion on the pending transfer or closing, an hour later on the same day.</summary>
    public CaseScenario LegalReview(LegalReviewOpinion opinion, string reasons = "案件事实清楚，证据确实充分，适用依据正确，程序合法。")
    {
        Now = Now.AddHours(1);
        Case.RecordLegalReview(new LegalReviewDraft(opinion, reasons), Bureau.LegalReviewer, Now, Bureau.Calendar);
        Now = Now.AddHours(1);
        return this;
    }

    public CaseScenario LegalReviewAgreed() => LegalReview(LegalReviewOpinion.Agreed);

    public CaseScenario ReturnTransfer() => Do(() => Case.ReturnTransfer(Bureau.Chief, "证据清单不完整，请补充约谈笔录后重新提请。", Now, Bureau.Calendar));

    public CaseScenario FilingAccepted() =>
        Do(() => Case.RecordFiling(FilingDecision.Filed, Today, $"伊市城管立字〔{Today.Year}〕第 0{Today.DayOfYear} 号", Actor, Now, Bureau.Calendar));

    public CaseScenario FilingDeclined() =>
        Do(() => Case.RecordFiling(FilingDecision.NotFiled, Today, "违法事实已于移交前改正，不予立案", Actor, Now, Bureau.Calendar));

    public CaseScenario Disposal() =>
        Do(() => Case.RecordDisposal(Today, Today, "作出行政处罚决定：罚款人民币五万元，责令限期改正。", Actor, Now, Bureau.Calendar));

    public CaseScenario Archive() => Do(() => Case.Archive(Actor, Now, Bureau.Calendar));

    /// <summary>
    /// Follows a procedure written as in 《伊宁市住建局 执法流程与办事指南》, e.g. "下发整改通知书 → 整改回复 → 复查：整改到位 → 归档".
    /// </summary>
    public CaseScenario Follow(string procedure)
    {
        foreach (var step in ProcedureSteps.Parse(procedure))
        {
            step(this);
        }

        return this;
    }

    private CaseScenario Do(Action step)
    {
        step();
        return NextWorkingDay();
    }
}
