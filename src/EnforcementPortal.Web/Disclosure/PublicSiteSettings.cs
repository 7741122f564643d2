using FluentValidation;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>
/// The settings of the public 政务公开 site as the administrator entered them; every one but the site's name is empty
/// until entered (a 网站标识码 or ICP备案号 is the bureau's own, never invented by the product).
/// </summary>
public sealed class PublicSiteSettings
{
    public const string DefaultSiteName = "伊宁市住建局行政执法公示";

    public string? SiteName { get; set; }

    public string? Sponsor { get; set; }

    public string? Organizer { get; set; }

    public string? WebsiteCode { get; set; }

    public string? IcpNumber { get; set; }

    public string? PoliceNumber { get; set; }

    public string? Contact { get; set; }

    public string? IndexPrefix { get; set; }

    /// <summary>Department-years of a demo database published from invented records (labelled 演示数据 on the public pages).</summary>
    public IReadOnlySet<string> IllustrativeYears { get; internal set; } = new HashSet<string>();

    public bool IsIllustrative(Domain.Departments.DepartmentCode department, int year) => IllustrativeYears.Contains(SiteSetting.IllustrativeYear(department, year));

    public string DisplaySiteName => string.IsNullOrWhiteSpace(SiteName) ? DefaultSiteName : SiteName;

    internal static IReadOnlyList<(string Key, Func<PublicSiteSettings, string?> Get, Action<PublicSiteSettings, string?> Set)> Fields { get; } =
    [
        ("site.name", s => s.SiteName, (s, v) => s.SiteName = v),
        ("site.sponsor", s => s.Sponsor, (s, v) => s.Sponsor = v),
        ("site.organizer", s => s.Organizer, (s, v) => s.Organizer = v),
        ("site.website-code", s => s.WebsiteCode, (s, v) => s.WebsiteCode = v),
        ("site.icp", s => s.IcpNumber, (s, v) => s.IcpNumber = v),
        ("site.police", s => s.PoliceNumber, (s, v) => s.PoliceNumber = v),
        ("site.contact", s => s.Contact, (s, v) => s.Contact = v),
        ("site.index-prefix", s => s.IndexPrefix, (s, v) => s.IndexPrefix = v),
    ];
}

/// <summary>The administrator's entries: lengths the table holds, and a 索引号 prefix of letters, digits and hyphens.</summary>
public sealed class PublicSiteSettingsValidator : AbstractValidator<PublicSiteSettings>
{
    public PublicSiteSettingsValidator()
    {
        Length(s => s.SiteName, "网站名称", SiteSetting.ValueMaxLength);
        Length(s => s.Sponsor, "主办单位", SiteSetting.ValueMaxLength);
        Length(s => s.Organizer, "承办单位", SiteSetting.ValueMaxLength);
        Length(s => s.WebsiteCode, "政务网站标识码", 40);
        Length(s => s.IcpNumber, "ICP备案号", 60);
        Length(s => s.PoliceNumber, "公安机关备案号", 60);
        Length(s => s.Contact, "联系方式", SiteSetting.ValueMaxLength);
        Length(s => s.IndexPrefix, "索引号前缀", 40);
        RuleFor(s => s.IndexPrefix).Matches("^[0-9A-Za-z-]*$").WithMessage("索引号前缀只能包含数字、字母和连字符。");
    }

    private void Length(System.Linq.Expressions.Expression<Func<PublicSiteSettings, string?>> field, string name, int max) =>
        RuleFor(field).MaximumLength(max).WithMessage($"{name}不能超过{max}个字符。");
}

/// <summary>Reads and saves <see cref="PublicSiteSettings"/> (one row per setting; read once per request).</summary>
public sealed class PublicSiteSettingsStore(AppDbContext db)
{
    private PublicSiteSettings? _loaded;

    public async Task<PublicSiteSettings> GetAsync(CancellationToken cancellationToken)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        var rows = await db.SiteSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var settings = new PublicSiteSettings();
        foreach (var (key, _, set) in PublicSiteSettings.Fields)
        {
            set(settings, rows.GetValueOrDefault(key));
        }

        settings.IllustrativeYears = (rows.GetValueOrDefault(SiteSetting.IllustrativeYearsKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

        _loaded = settings;
        return settings;
    }

    /// <summary>Saves every setting at once (an emptied field removes its row); returns the keys that changed.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(PublicSiteSettings settings, string changedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rows = await db.SiteSettings.ToDictionaryAsync(s => s.Key, cancellationToken);
        var changed = new List<string>();
        foreach (var (key, get, _) in PublicSiteSettings.Fields)
        {
            var value = get(settings)?.Trim();
            var row = rows.GetValueOrDefault(key);
            if (string.IsNullOrEmpty(value))
            {
                if (row is not null)
                {
                    db.SiteSettings.Remove(row);
                    changed.Add(key);
                }
            }
            else if (row is null)
            {
                var added = new SiteSetting(key, value);
                added.Change(value, changedBy, nowUtc);
                db.SiteSettings.Add(added);
                changed.Add(key);
            }
            else if (row.Value != value)
            {
                row.Change(value, changedBy, nowUtc);
                changed.Add(key);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        _loaded = null;
        return changed;
    }
}
