using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Staff;

/// <summary>An enforcement certificate (执法证). An officer may act only on days within its validity.</summary>
public sealed record Certificate
{
    public const int NumberMaxLength = 32;
    public const int IssuerMaxLength = 64;

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

    /// <summary>The certificate covers the given day (both ends inclusive).</summary>
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && day <= ValidTo;

    /// <summary>The certificate expires within the given number of days after <paramref name="today"/> (but is still valid).</summary>
    public bool ExpiresWithin(DateOnly today, int days) => IsValidOn(today) && ValidTo <= today.AddDays(days);
}
