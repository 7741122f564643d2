using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>
/// The departments in public addresses: /gongshi/zhinan/fangchan, /gongshi/tongji/zhijian/2025. The slugs are the
/// registry's (<see cref="DepartmentPolicy.Slug"/>).
/// </summary>
public static class DepartmentSlugs
{
    public static IReadOnlyList<DepartmentCode> All { get; } = [.. DepartmentPolicy.All.Select(p => p.Department)];

    public static string Of(DepartmentCode department) => DepartmentPolicy.For(department).Slug;

    public static bool TryParse(string? slug, out DepartmentCode department) => DepartmentPolicy.TryFromSlug(slug, out department);
}
