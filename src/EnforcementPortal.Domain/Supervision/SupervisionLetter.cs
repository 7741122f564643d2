using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.Domain.Supervision;

/// <summary>The two kinds of 督办函. Stored: never renumber.</summary>
public enum SupervisionLetterKind
{
    /// <summary>督办函 from the 督办 list to the department handling an overdue item (建法〔2025〕40号 (十一)).</summary>
    Overdue = 1,

    /// <summary>建设单位依法履行建设程序督办函: 建管科 to a 建设单位, from a case.</summary>
    ConstructionProcedure = 2,
}

/// <summary>
/// 督办函: what was supervised, to whom, what is required and by when. Recorded once with the case it belongs to; the
/// PDF (文号, verification code) is an issued document of that case composed from this record.
/// </summary>
public sealed class SupervisionLetter
{
    public const int TextMaxLength = 1000;
    public const int AddresseeMaxLength = 128;
    public const int NameMaxLength = 64;
    public const int MaxReplyWorkingDays = 30;

    private SupervisionLetter()
    {
        Addressee = string.Empty;
        Matter = string.Empty;
        Requirement = string.Empty;
        IssuedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DepartmentCode Department { get; private set; }

    public SupervisionLetterKind Kind { get; private set; }

    /// <summary>The 督办 item the letter was issued for (督办函 from the list only).</summary>
    public SupervisionItemKind? ItemKind { get; private set; }

    /// <summary>The deadline the item had when the letter was issued.</summary>
    public DateOnly? ItemDue { get; private set; }

    /// <summary>主送: the department (督办函) or the 建设单位.</summary>
    public string Addressee { get; private set; }

    /// <summary>督办事项.</summary>
    public string Matter { get; private set; }

    /// <summary>督办要求.</summary>
    public string Requirement { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The written answer is due by this day (working days from the issue).</summary>
    public DateOnly ReplyBy { get; private set; }

    public Guid IssuedById { get; private set; }

    public string IssuedByName { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>督办函 from the 督办 list: the item must still be overdue or due soon.</summary>
    public static SupervisionLetter ForOverdueItem(Guid id, SupervisionItem item, string requirement, DateOnly replyBy, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(actor);
        Require(item.CaseId is not null && item.Department is not null, "只能对执法案件的督办事项出具督办函。");
        var department = item.Department!.Value;
        var matter = $"{item.Reference}（{item.PartyName}）{item.Title}{(item.Urgency == Cases.DeadlineUrgency.Overdue ? "已逾期" : "即将到期")}，期限为{item.Due:yyyy年M月d日}。";
        return Create(id, item.CaseId!.Value, department, SupervisionLetterKind.Overdue, item.Kind, item.Due, DepartmentPolicy.For(department).UnitName, matter, requirement, replyBy, actor, at);
    }

    /// <summary>建设单位依法履行建设程序督办函: only 建管科, only to a 建设单位.</summary>
    public static SupervisionLetter ForConstructionProcedure(Guid id, Guid caseId, DepartmentCode department, ResponsibleParty party, string matter, string requirement, DateOnly replyBy, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(party);
        Require(department == DepartmentCode.ConstructionManagement, "建设单位依法履行建设程序督办函由建管科出具。");
        Require(party.Kind == PartyKind.ConstructionOwner, "建设程序督办函只发给建设单位，本案责任单位不是建设单位。");
        return Create(id, caseId, department, SupervisionLetterKind.ConstructionProcedure, null, null, party.Name, matter, requirement, replyBy, actor, at);
    }

    public static string TitleOf(SupervisionLetterKind kind) => kind == SupervisionLetterKind.Overdue ? "督办函" : "建设单位依法履行建设程序督办函";

    private static SupervisionLetter Create(Guid id, Guid caseId, DepartmentCode department, SupervisionLetterKind kind, SupervisionItemKind? itemKind, DateOnly? itemDue, string addressee, string matter, string requirement, DateOnly replyBy, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(!string.IsNullOrWhiteSpace(matter), "请填写督办事项。");
        Require(!string.IsNullOrWhiteSpace(requirement), "请填写督办要求。");
        Require(matter.Trim().Length <= TextMaxLength && requirement.Trim().Length <= TextMaxLength, $"督办事项和督办要求各不超过{TextMaxLength}字。");
        var today = DateOnly.FromDateTime(at);
        Require(replyBy > today, "书面回复期限须晚于今天。");
        return new SupervisionLetter
        {
            Id = id,
            CaseId = caseId,
            Department = department,
            Kind = kind,
            ItemKind = itemKind,
            ItemDue = itemDue,
            Addressee = addressee.Length > AddresseeMaxLength ? addressee[..AddresseeMaxLength] : addressee,
            Matter = matter.Trim(),
            Requirement = requirement.Trim(),
            IssuedOn = today,
            ReplyBy = replyBy,
            IssuedById = actor.UserId,
            IssuedByName = actor.Name.Length > NameMaxLength ? actor.Name[..NameMaxLength] : actor.Name,
            IssuedAt = at,
        };
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}
