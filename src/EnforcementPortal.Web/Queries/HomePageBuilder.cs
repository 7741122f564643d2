using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>The home page: what the signed-in user may do, and what waits for them, by role.</summary>
public sealed class HomePageBuilder(CaseQueries cases, CaseFigureCache figures, TypicalCaseQueries typicalCases, CurrentUser user, UserManager<AppUser> users, IBureauClock clock, IWorkingDayCalendarProvider calendars, Services.CertificateRegistry certificates)
{
    public async Task<HomeViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var me = await users.FindByIdAsync(user.Id.ToString());
        var model = new HomeViewModel
        {
            FullName = user.FullName,
            RoleNames = user.RoleNames,
            Department = user.Department,
            Certificate = me?.Certificate,
            Today = today,
            CertificateWarning = CertificateStatuses.WarningFor(me?.Certificate, today),
        };

        if (user.CanActOnCases)
        {
            model.MyOpenCases = (await cases.ListAsync(new CaseFilter { Mine = true, OpenOnly = true }, user.Id, today, cancellationToken)).Items;
            model.Overdue = await cases.OverdueAsync(today, 10, cancellationToken);
            model.OverdueTotal = await cases.OverdueCountAsync(today, cancellationToken);
        }

        if (user.IsChief)
        {
            model.PendingApprovals = await cases.PendingApprovalsAsync(CaseQueries.QueueSize, cancellationToken);
            if (user.Department is { } department)
            {
                var month = ReportMonth.LatestAvailable(today);
                var chosen = await typicalCases.ChosenCaseIdsAsync(department, month, cancellationToken);
                model.MonthlyReport = new MonthlyReportReminder(month, DepartmentSlugs.Of(department), chosen.Count);
                model.ExpiringCertificates = await certificates.NeedingAttentionAsync(department, cancellationToken);
            }
        }

        if (user.IsInRole(StaffRoles.BureauLeader) || user.IsInRole(StaffRoles.LegalReviewer))
        {
            model.Summary = await figures.GetAsync("summary", today, () => cases.SummaryByDepartmentAsync(today, cancellationToken));
            model.Overdue = await cases.OverdueAsync(today, 10, cancellationToken);
            model.OverdueTotal = await figures.GetAsync("overdue", today, () => cases.OverdueCountAsync(today, cancellationToken));
            model.AwaitingFeedback = await cases.AwaitingFeedbackAsync(10, cancellationToken);
        }

        if (user.IsInRole(StaffRoles.Administrator))
        {
            model.UserCount = await users.Users.CountAsync(cancellationToken);
            model.HolidayYearToLoad = (await calendars.GetAsync(cancellationToken)).YearToLoad(today);
            model.ExpiringCertificates = await certificates.NeedingAttentionAsync(null, cancellationToken);
        }

        return model;
    }
}
