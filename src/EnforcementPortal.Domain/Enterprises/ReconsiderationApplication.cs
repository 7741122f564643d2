using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Enterprises;

/// <summary>复核决定.</summary>
public enum ReconsiderationOutcome
{
    /// <summary>维持原执法行为.</summary>
    Upheld = 1,

    /// <summary>撤销或变更原执法行为.</summary>
    Revised = 2,
}

/// <summary>
/// 复核申请: the redress every notice offers ("可在收到文书后向伊宁市住建局申请复核", 《伊宁市住建局 执法流程与办事指南》 (五)).
/// The enterprise applies on line with its grounds; the chief of the case's department decides, with reasons. Both are
/// noted on the case's timeline (<see cref="EnforcementCase.NoteReconsiderationApplied"/>) and shown to the enterprise.
/// </summary>
public sealed class ReconsiderationApplication
{
    public const int GroundsMaxLength = 2000;
    public const int ReasonsMaxLength = 2000;
    public const int NameMaxLength = 128;

    private ReconsiderationApplication()
    {
        ApplicantName = string.Empty;
        Grounds = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PartyId { get; private set; }

    public DateTime AppliedAt { get; private set; }

    public string ApplicantName { get; private set; }

    public string Grounds { get; private set; }

    public ReconsiderationOutcome? Outcome { get; private set; }

    public string? Reasons { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public int Version { get; private set; }

    public bool IsDecided => Outcome is not null;

    /// <summary>申请复核 of a case: only after a notice was served on the party, one open application at a time.</summary>
    public static ReconsiderationApplication Apply(EnforcementCase enforcementCase, bool hasOpenApplication, string grounds, Actor applicant, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        ArgumentNullException.ThrowIfNull(applicant);
        if (enforcementCase.Notices.Count == 0 && enforcementCase.Interviews.Count == 0)
        {
            throw new DomainException("本案尚未向你单位送达整改通知书或约谈通知书，暂不能申请复核。");
        }

        if (hasOpenApplication)
        {
            throw new DomainException("本案已有一份复核申请正在办理，请等待复核决定。");
        }

        if (string.IsNullOrWhiteSpace(grounds))
        {
            throw new DomainException("请填写申请复核的事实和理由。");
        }

        if (grounds.Trim().Length > GroundsMaxLength)
        {
            throw new DomainException($"申请复核的事实和理由不能超过{GroundsMaxLength}字。");
        }

        var application = new ReconsiderationApplication
        {
            Id = Guid.NewGuid(),
            CaseId = enforcementCase.Id,
            PartyId = enforcementCase.PartyId,
            AppliedAt = at,
            ApplicantName = applicant.Name.Length > NameMaxLength ? applicant.Name[..NameMaxLength] : applicant.Name,
            Grounds = grounds.Trim(),
        };
        enforcementCase.NoteReconsiderationApplied(application, applicant, at);
        return application;
    }

    /// <summary>复核决定 by the chief of the case's department, on <paramref name="decidedOn"/> (not before the application, not after today).</summary>
    public void Decide(EnforcementCase enforcementCase, ReconsiderationOutcome outcome, string reasons, DateOnly decidedOn, Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        ArgumentNullException.ThrowIfNull(chief);
        if (enforcementCase.Id != CaseId)
        {
            throw new ArgumentException("The application belongs to another case.", nameof(enforcementCase));
        }

        if (IsDecided)
        {
            throw new DomainException("该复核申请已作出决定。");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("请选择复核决定。");
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainException("请填写复核决定的理由。");
        }

        if (reasons.Trim().Length > ReasonsMaxLength)
        {
            throw new DomainException($"复核决定的理由不能超过{ReasonsMaxLength}字。");
        }

        if (decidedOn < DateOnly.FromDateTime(AppliedAt))
        {
            throw new DomainException("复核决定日期不能早于申请日期。");
        }

        if (decidedOn > DateOnly.FromDateTime(at))
        {
            throw new DomainException("复核决定日期不能晚于今天。");
        }

        Outcome = outcome;
        Reasons = reasons.Trim();
        DecidedOn = decidedOn;
        DecidedAt = at;
        DecidedById = chief.UserId;
        DecidedByName = chief.Name;
        Version++;
        enforcementCase.NoteReconsiderationDecided(this, chief, at);
    }

    public static string NameOf(ReconsiderationOutcome outcome) => outcome switch
    {
        ReconsiderationOutcome.Upheld => "维持原执法行为",
        ReconsiderationOutcome.Revised => "撤销或变更原执法行为",
        _ => outcome.ToString(),
    };
}
