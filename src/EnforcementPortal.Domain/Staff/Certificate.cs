using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Staff;

/// <summary>
/// An enforcement certificate (执法证). An officer may act only on days within its validity, and only while its status
/// is 有效: a certificate 暂扣, 收回 or 注销 (建法〔2025〕40号 (五), 退出机制) stops counting at once.
/// </summary>
public sealed record Certificate
{
    public const int NumberMaxLength = 32;
    public const int IssuerMaxLength = 64;

    /// <summary>The officer, their chief and the administrator are warned this many calendar days before the certificate expires (validity is in calendar days).</summary>
    public const int ExpiryWarningDays = 30;

    public Certificate(string number, string issuingAuthority, DateOnly validFrom, DateOnly validTo)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException("执法证号不能为空。");
        }

        if (validTo < validFrom)
        {
            throw new DomainException("执法证有效期截止日期不能早于起始日期。");
        }

        Number = number.Trim();
        IssuingAuthority = issuingAuthority.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>执法证号.</summary>
    public string Number { get; init; }

    /// <summary>发证机关, e.g. 新疆维吾尔自治区人民政府.</summary>
    public string IssuingAuthority { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidTo { get; init; }

    /// <summary>有效 / 暂扣 / 收回 / 注销; changed only through <see cref="ChangeStatus"/>, each change kept as a <see cref="CertificateStatusChange"/>.</summary>
    public CertificateStatus Status { get; init; } = CertificateStatus.Valid;

    /// <summary>The certificate may be used on the given day: status 有效 and the day within its validity (both ends inclusive).</summary>
    public bool IsValidOn(DateOnly day) => Status == CertificateStatus.Valid && IsWithinValidity(day);

    /// <summary>The day lies within the printed validity, whatever the status.</summary>
    public bool IsWithinValidity(DateOnly day) => day >= ValidFrom && day <= ValidTo;

    /// <summary>The certificate expires within the given number of days after <paramref name="today"/> (but is still valid).</summary>
    public bool ExpiresWithin(DateOnly today, int days) => IsValidOn(today) && ValidTo <= today.AddDays(days);

    /// <summary>
    /// 暂扣, 收回, 注销 or 发还 (back to 有效): the certificate with its new status and the record of the change. A reason is
    /// always given; the change takes effect at once, dated no later than today and not before the previous change.
    /// </summary>
    public CertificateStatusChanged ChangeStatus(Guid holderId, CertificateStatus to, string? reason, DateOnly effectiveOn, DateOnly today, DateOnly? previousChangeOn, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(to))
        {
            throw new DomainException("请选择执法证状态。");
        }

        if (to == Status)
        {
            throw new DomainException($"执法证已是“{CertificateStatuses.Label(to)}”状态。");
        }

        if (!CertificateStatuses.CanChange(Status, to))
        {
            throw new DomainException($"执法证不能由“{CertificateStatuses.Label(Status)}”改为“{CertificateStatuses.Label(to)}”。{CertificateStatuses.Rule}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写状态变更的理由。");
        }

        if (reason.Trim().Length > CertificateStatusChange.ReasonMaxLength)
        {
            throw new DomainException($"理由不能超过{CertificateStatusChange.ReasonMaxLength}字。");
        }

        if (effectiveOn > today)
        {
            throw new DomainException("状态变更日期不能晚于今天：变更即时生效，不能预先登记。");
        }

        if (previousChangeOn is { } previous && effectiveOn < previous)
        {
            throw new DomainException($"状态变更日期不能早于上一次变更（{previous:yyyy年M月d日}）。");
        }

        var change = new CertificateStatusChange(Guid.NewGuid(), holderId, Number, Status, to, reason.Trim(), effectiveOn, actor, at);
        return new CertificateStatusChanged(this with { Status = to }, change);
    }
}

/// <summary>The outcome of <see cref="Certificate.ChangeStatus"/>.</summary>
public sealed record CertificateStatusChanged(Certificate Certificate, CertificateStatusChange Change);

/// <summary>执法证状态. Stored values are explicit and stable.</summary>
public enum CertificateStatus
{
    /// <summary>有效.</summary>
    Valid = 0,

    /// <summary>暂扣: held back for a time; may be returned (发还).</summary>
    Suspended = 1,

    /// <summary>收回: taken back; may only be cancelled afterwards.</summary>
    Withdrawn = 2,

    /// <summary>注销: final.</summary>
    Cancelled = 3,
}

public static class CertificateStatuses
{
    public const string Rule = "暂扣的执法证可发还、收回或注销；收回的执法证只能注销；注销后不能再变更。";

    public static IReadOnlyList<CertificateStatus> All { get; } = [CertificateStatus.Valid, CertificateStatus.Suspended, CertificateStatus.Withdrawn, CertificateStatus.Cancelled];

    public static string Label(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Suspended => "暂扣",
        CertificateStatus.Withdrawn => "收回",
        CertificateStatus.Cancelled => "注销",
        _ => status.ToString(),
    };

    /// <summary>The label of the act that leads to the status (发还 for back to 有效).</summary>
    public static string ActLabel(CertificateStatus to) => to == CertificateStatus.Valid ? "发还" : Label(to);

    public static bool CanChange(CertificateStatus from, CertificateStatus to) => (from, to) switch
    {
        (CertificateStatus.Valid, CertificateStatus.Suspended or CertificateStatus.Withdrawn or CertificateStatus.Cancelled) => true,
        (CertificateStatus.Suspended, CertificateStatus.Valid or CertificateStatus.Withdrawn or CertificateStatus.Cancelled) => true,
        (CertificateStatus.Withdrawn, CertificateStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>What the holder is told about their own certificate on <paramref name="today"/>, or null when there is nothing to say.</summary>
    public static string? WarningFor(Certificate? certificate, DateOnly today)
    {
        if (certificate is null)
        {
            return null;
        }

        if (certificate.Status != CertificateStatus.Valid)
        {
            return $"您的执法证（{certificate.Number}）已{Label(certificate.Status)}，不能参与现场检查、文书送达和约谈。";
        }

        if (certificate.ValidTo < today)
        {
            return $"您的执法证（{certificate.Number}）已于{certificate.ValidTo:yyyy年M月d日}到期，不能参与现场检查、文书送达和约谈。请尽快办理换证。";
        }

        if (certificate.ValidFrom > today)
        {
            return $"您的执法证（{certificate.Number}）自{certificate.ValidFrom:yyyy年M月d日}起生效，生效前不能参与执法。";
        }

        return certificate.ExpiresWithin(today, Certificate.ExpiryWarningDays)
            ? $"您的执法证（{certificate.Number}）将于{certificate.ValidTo:yyyy年M月d日}到期，请提前办理换证。"
            : null;
    }

    /// <summary>The certificate needs someone's attention: not 有效, expired, not yet valid, or expiring within <see cref="Certificate.ExpiryWarningDays"/>.</summary>
    public static bool NeedsAttention(Certificate certificate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return !certificate.IsValidOn(today) || certificate.ExpiresWithin(today, Certificate.ExpiryWarningDays);
    }
}

/// <summary>One change of a certificate's status, with its reason and date: the history is kept, never rewritten.</summary>
public sealed class CertificateStatusChange
{
    public const int ReasonMaxLength = 200;

    internal CertificateStatusChange(Guid id, Guid holderId, string certificateNumber, CertificateStatus from, CertificateStatus to, string reason, DateOnly effectiveOn, Actor actor, DateTime recordedAt)
    {
        Id = id;
        HolderId = holderId;
        CertificateNumber = certificateNumber;
        From = from;
        To = to;
        Reason = reason;
        EffectiveOn = effectiveOn;
        RecordedById = actor.UserId;
        RecordedByName = actor.Name;
        RecordedAt = recordedAt;
    }

    private CertificateStatusChange()
    {
        CertificateNumber = string.Empty;
        Reason = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The officer holding the certificate.</summary>
    public Guid HolderId { get; private set; }

    public string CertificateNumber { get; private set; }

    public CertificateStatus From { get; private set; }

    public CertificateStatus To { get; private set; }

    public string Reason { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
