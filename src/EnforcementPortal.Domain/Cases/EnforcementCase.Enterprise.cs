using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Enterprises;

namespace EnforcementPortal.Domain.Cases;

/// <summary>What the enterprise does for itself on the case: its 复核 application and the bureau's decision, noted on the timeline.</summary>
public sealed partial class EnforcementCase
{
    /// <summary>
    /// 企业网上回复: the enterprise's own 情况说明/整改回执/整改方案, received today, through the same reply step as one an
    /// officer records (<see cref="RecordReply"/>): the case goes to 待复查 and the officer reviews it as any reply. On line
    /// only before the rectification deadline has passed; after it, the department decides (登记逾期未回复 or a late reply).
    /// </summary>
    public RectificationReply RecordEnterpriseReply(ReplyKind kind, string content, Actor enterprise, DateTime at, Calendar.WorkingDayCalendar calendar, IReadOnlyList<EvidenceFile>? evidence = null)
    {
        var today = DateOnly.FromDateTime(at);
        if (State != CaseState.Rectifying)
        {
            throw new DomainException("本案当前不在整改期内，不能在线提交整改回复。");
        }

        if (RectificationDeadline is { } deadline && today > deadline)
        {
            throw new DomainException($"整改期限已于{deadline:yyyy年M月d日}届满，不能再在线提交，请与承办科室联系。");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择回复类型。");
        }

        if (content is { Length: > RectificationReply.ContentMaxLength })
        {
            throw new DomainException($"回复内容不能超过{RectificationReply.ContentMaxLength}字。");
        }

        var open = CurrentNotice is { } notice ? OpenFindingNumbers(notice) : [];
        if ((evidence ?? []).Any(e => e.FindingNumber is not { } number || !open.Contains(number)))
        {
            throw new DomainException("佐证材料须对应本次整改通知书中尚未整改到位的问题。");
        }

        return RecordReply(new ReplyDraft(today, kind, content), enterprise, at, calendar, evidence);
    }

    /// <summary>Notes a 复核 application on the timeline; not a step of the lifecycle (the case's state does not change).</summary>
    internal void NoteReconsiderationApplied(ReconsiderationApplication application, Actor applicant, DateTime at)
    {
        AppendEvent(applicant, at, null, null, State, $"{applicant.Name}向伊宁市住建局申请复核：{Abbreviate(application.Grounds)}");
        EndStep();
    }

    /// <summary>Notes the 复核决定 on the timeline, with its date.</summary>
    internal void NoteReconsiderationDecided(ReconsiderationApplication application, Actor chief, DateTime at)
    {
        AppendEvent(chief, at, null, null, State, $"{chief.Name}于{application.DecidedOn:yyyy年M月d日}作出复核决定：{ReconsiderationApplication.NameOf(application.Outcome!.Value)}。理由：{Abbreviate(application.Reasons!)}");
        EndStep();
    }
}
