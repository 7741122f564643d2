using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Departments;

/// <summary>
/// Which decisions of a department need a legal review (法制审核, 建法〔2025〕40号 (十三)): every transfer, always; and, if
/// the administrator says so, the closing of a case with a serious finding. One row per department, seeded with the
/// transfers only.
/// </summary>
public sealed class LegalReviewScope
{
    public const string TransfersAlwaysMessage = "依建法〔2025〕40号（十三），案件移交属重大执法决定，须经法制审核，不能取消。";

    private LegalReviewScope()
    {
    }

    public LegalReviewScope(DepartmentCode department)
    {
        Department = department;
        Transfers = true;
    }

    public DepartmentCode Department { get; private set; }

    /// <summary>Every transfer is reviewed before the chief approves it (cannot be switched off).</summary>
    public bool Transfers { get; private set; }

    /// <summary>A case with a serious finding is reviewed before it is archived without a transfer.</summary>
    public bool SeriousFindings { get; private set; }

    public DateTime? ChangedAt { get; private set; }

    public string? ChangedBy { get; private set; }

    /// <summary>The administrator's change; the transfers cannot be taken out of the review.</summary>
    public void Change(bool transfers, bool seriousFindings, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!transfers)
        {
            throw new DomainException(TransfersAlwaysMessage);
        }

        Transfers = true;
        SeriousFindings = seriousFindings;
        ChangedAt = at;
        ChangedBy = actor.Name;
    }
}
