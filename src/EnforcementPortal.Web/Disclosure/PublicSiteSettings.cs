using System.ComponentModel.DataAnnotations;
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

    [Display(Name = "网站名称")]
    [StringLength(SiteSetting.ValueMaxLength, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? SiteName { get; set; }

    [Display(Name = "主办单位")]
    [StringLength(SiteSetting.ValueMaxLength, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? Sponsor { get; set; }

    [Display(Name = "承办单位")]
    [StringLength(SiteSetting.ValueMaxLength, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? Organizer { get; set; }

    [Display(Name = "政务网站标识码")]
    [StringLength(40, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? WebsiteCode { get; set; }

    [Display(Name = "ICP备案号")]
    [StringLength(60, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? IcpNumber { get; set; }

    [Display(Name = "公安机关备案号")]
    [StringLength(60, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? PoliceNumber { get; set; }

    [Display(Name = "联系方式")]
    [StringLength(SiteSetting.ValueMaxLength, ErrorMessage = "{0}不能超过{1}个字符。")]
    public string? Contact { get; set; }

    [Display(Name = "索引号前缀（机构代码）")]
    [StringLength(40, ErrorMessage = "{0}不能超过{1}个字符。")]
    [RegularExpression("^[0-9A-Za-z-]*$", ErrorMessage = "{0}只能包含数字、字母和连字符。")]
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
