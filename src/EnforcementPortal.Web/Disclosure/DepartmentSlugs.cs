using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>The departments in public addresses: /gongshi/zhinan/fangchan, /gongshi/tongji/zhijian/2025.</summary>
public static class DepartmentSlugs
{
    private static readonly Dictionary<DepartmentCode, string> Slugs = new()
    {
        [DepartmentCode.Housing] = "fangchan",
        [DepartmentCode.ConstructionManagement] = "jianguan",
        [DepartmentCode.CivilAirDefense] = "renfang",
        [DepartmentCode.Safety] = "anjian",
        [DepartmentCode.Quality] = "zhijian",
    };

    public static IReadOnlyList<DepartmentCode> All { get; } = [.. Slugs.Keys.Order()];

    public static string Of(DepartmentCode department) => Slugs[department];

    public static bool TryParse(string? slug, out DepartmentCode department)
    {
        foreach (var (code, value) in Slugs)
        {
            if (string.Equals(value, slug, StringComparison.OrdinalIgnoreCase))
            {
                department = code;
                return true;
            }
        }

        department = default;
        return false;
    }
}
