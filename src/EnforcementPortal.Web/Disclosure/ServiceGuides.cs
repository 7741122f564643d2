using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>
/// The fixed parts of a department's 行政执法服务指南 (伊宁市住建局 执法流程与办事指南) as the public page shows them;
/// the contacts come from the department record.
/// </summary>
public sealed record ServiceGuide(
    DepartmentCode Department,
    string Matters,
    string Basis,
    string Triggers,
    string Scope,
    IReadOnlyList<string> Cooperation,
    string Redress);

/// <summary>The service guides, read from the department registry (<see cref="DepartmentPolicy"/>).</summary>
public static class ServiceGuides
{
    public static ServiceGuide For(DepartmentCode department)
    {
        var policy = DepartmentPolicy.For(department);
        var guide = policy.Guide;
        return new ServiceGuide(department, guide.Matters, policy.LegalBasis + "等。", guide.Triggers, guide.Scope, guide.Cooperation, guide.Redress);
    }
}
