using EnforcementPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Services;

/// <summary>The enterprise's 复核 applications on the staff case page, with the decision form for the chief of the case's department.</summary>
public sealed class ReconsiderationsViewComponent(EnterpriseCases cases, CurrentUser user, Domain.Common.IBureauClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId, Domain.Departments.DepartmentCode department)
    {
        var applications = await cases.ApplicationsForStaffAsync(caseId, HttpContext.RequestAborted) ?? [];
        return View(new ReconsiderationsPanel(caseId, applications, user.IsChief && user.Department == department, clock.Today));
    }
}

public sealed record ReconsiderationsPanel(Guid CaseId, IReadOnlyList<Domain.Enterprises.ReconsiderationApplication> Applications, bool CanDecide, DateOnly Today);
