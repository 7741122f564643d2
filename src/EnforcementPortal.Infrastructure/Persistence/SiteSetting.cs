namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// One setting of the public 政务公开 site (网站名称, 主办单位, 网站标识码, ICP备案号 …), kept by the administrator. A key
/// absent from the table is an empty setting: a new installation shows none of them until the bureau enters its own.
/// </summary>
public sealed class SiteSetting
{
    public const int KeyMaxLength = 64;

    public const int ValueMaxLength = 200;

    /// <summary>
    /// The department-years a demo database publishes from invented records (written by the demo seeder, never by the
    /// administrator's form): the public pages label them as demo data.
    /// </summary>
    public const string IllustrativeYearsKey = "demo.illustrative-years";

    /// <summary>One entry of <see cref="IllustrativeYearsKey"/>'s comma-separated value.</summary>
    public static string IllustrativeYear(Domain.Departments.DepartmentCode department, int year) => $"{department}-{year}";

    public SiteSetting(string key, string value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; }

    public string Value { get; private set; }

    /// <summary>When it was last changed (UTC, stored without a kind) and by whom.</summary>
    public DateTime ChangedAtUtc { get; private set; }

    public string ChangedBy { get; private set; } = string.Empty;

    public void Change(string value, string changedBy, DateTime changedAtUtc)
    {
        Value = value;
        ChangedBy = changedBy;
        ChangedAtUtc = DateTime.SpecifyKind(changedAtUtc, DateTimeKind.Unspecified);
    }
}
