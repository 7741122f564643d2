using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Parties;

/// <summary>The kind of unit inspected.</summary>
public enum PartyKind
{
    /// <summary>房地产开发企业.</summary>
    Developer = 1,

    /// <summary>房地产经纪机构（中介）.</summary>
    Brokerage = 2,

    /// <summary>房地产估价机构.</summary>
    Appraiser = 3,

    /// <summary>建设单位.</summary>
    ConstructionOwner = 4,

    /// <summary>施工单位.</summary>
    Contractor = 5,

    /// <summary>监理单位.</summary>
    Supervisor = 6,

    /// <summary>物业服务企业.</summary>
    PropertyManager = 7,

    /// <summary>其他.</summary>
    Other = 9,
}

/// <summary>责任单位: an enterprise or unit inspected. Parties are shared by all departments.</summary>
public sealed class ResponsibleParty
{
    public const int NameMaxLength = 128;
    public const int PersonMaxLength = 32;
    public const int PhoneMaxLength = 32;
    public const int AddressMaxLength = 200;

    private ResponsibleParty()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
        LegalRepresentative = string.Empty;
    }

    public ResponsibleParty(
        Guid id,
        string name,
        UnifiedSocialCreditCode creditCode,
        PartyKind kind,
        string legalRepresentative,
        string? contactPerson,
        string? contactPhone,
        string? address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("单位名称不能为空。");
        }

        if (string.IsNullOrWhiteSpace(legalRepresentative))
        {
            throw new DomainException("法定代表人不能为空。");
        }

        Id = id;
        Name = name.Trim();
        CreditCode = creditCode.Value;
        Kind = kind;
        LegalRepresentative = legalRepresentative.Trim();
        ContactPerson = contactPerson?.Trim();
        ContactPhone = contactPhone?.Trim();
        Address = address?.Trim();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>统一社会信用代码, validated on the way in.</summary>
    public string CreditCode { get; private set; }

    public PartyKind Kind { get; private set; }

    public string LegalRepresentative { get; private set; }

    public string? ContactPerson { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? Address { get; private set; }

    public static string KindName(PartyKind kind) => kind switch
    {
        PartyKind.Developer => "房地产开发企业",
        PartyKind.Brokerage => "房地产经纪机构",
        PartyKind.Appraiser => "房地产估价机构",
        PartyKind.ConstructionOwner => "建设单位",
        PartyKind.Contractor => "施工单位",
        PartyKind.Supervisor => "监理单位",
        PartyKind.PropertyManager => "物业服务企业",
        _ => "其他",
    };
}
