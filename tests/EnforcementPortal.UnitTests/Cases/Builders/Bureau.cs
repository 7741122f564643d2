using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.UnitTests.Calendar;

namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>
/// The people, the calendar and the clock the case tests share: two certified officers of the department, their
/// chief, and the official 2025-2026 holiday calendar, so every deadline is a fixed date.
/// </summary>
internal static class Bureau
{
    /// <summary>Monday 2 March 2026, 09:00 (Beijing time): the first inspection of most scenarios.</summary>
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0);

    public static readonly DateOnly CertificatesValidFrom = new(2024, 1, 1);

    public static readonly DateOnly CertificatesValidTo = new(2028, 12, 31);

    public const string CertificateIssuer = "新疆维吾尔自治区人民政府";

    public static WorkingDayCalendar Calendar => OfficialCalendar.Instance;

    /// <summary>主办执法人员: records the steps.</summary>
    public static readonly OfficerOnDuty MaJianjun = Officer("3c1b8f0e-6a51-4f0b-9d0a-000000000001", "马建军", "65040021001");

    /// <summary>协办执法人员.</summary>
    public static readonly OfficerOnDuty GulmiraTursun = Officer("3c1b8f0e-6a51-4f0b-9d0a-000000000002", "古丽米拉·吐尔逊", "65040021002");

    /// <summary>A third officer, for rosters of three.</summary>
    public static readonly OfficerOnDuty AblimitAhmat = Officer("3c1b8f0e-6a51-4f0b-9d0a-000000000003", "阿不来提·艾合买提", "65040021003");

    /// <summary>An officer whose certificate lapsed at the end of February 2026.</summary>
    public static readonly OfficerOnDuty LiuHaitao = new(
        Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-000000000004"), "刘海涛", "65040019004", new DateOnly(2023, 3, 1), new DateOnly(2026, 2, 28));

    /// <summary>A new colleague who has not yet received a certificate.</summary>
    public static readonly OfficerOnDuty ZhaoXin = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-000000000005"), "赵鑫", null, null, null);

    public static readonly IReadOnlyList<OfficerOnDuty> TwoOfficers = [MaJianjun, GulmiraTursun];

    /// <summary>The officer at the keyboard (马建军).</summary>
    public static readonly Actor Officer1 = new(MaJianjun.UserId, MaJianjun.Name);

    /// <summary>科长/站长 who approves transfers.</summary>
    public static readonly Actor Chief = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-0000000000c1"), "王振华");

    /// <summary>法制审核员 of the bureau, who reviews every transfer before the chief approves it.</summary>
    public static readonly Actor LegalReviewer = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-0000000000f1"), "李慧敏");

    private static OfficerOnDuty Officer(string id, string name, string certificate) =>
        OfficerOnDuty.From(Guid.Parse(id), name, new Certificate(certificate, CertificateIssuer, CertificatesValidFrom, CertificatesValidTo));
}
