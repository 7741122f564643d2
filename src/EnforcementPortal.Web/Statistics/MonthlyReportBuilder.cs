using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Statistics;

/// <summary>Builds the monthly report (月报) page of a department or of the whole bureau, for the signed-in user.</summary>
public sealed class MonthlyReportBuilder(AnnualStatisticsQueries statistics, TypicalCaseQueries typicalCases, CurrentUser user, ComplaintStatisticsQueries complaints)
{
    public async Task<MonthlyReportPage> BuildAsync(ReportMonth month, DepartmentCode? department, DateOnly today, TypicalCaseForm? form, CancellationToken cancellationToken)
    {
        var choices = StatisticsAccess.VisibleDepartments(user);
        IReadOnlyList<DepartmentCode> scope = department is { } only ? [only] : choices;
        var available = month.IsAvailableOn(today);
        IReadOnlyList<MonthlyCounts> counts = [];
        var overdue = new List<OverdueRectification>();
        IReadOnlyList<TypicalCaseRow> chosen = [];
        IReadOnlyList<TypicalCaseOption> options = [];
        ComplaintFigures? complaintFigures = null;
        var canChoose = department is { } code && available && StatisticsAccess.CanPublish(user, code);
        if (available)
        {
            counts = await statistics.MonthlyAsync(department, month, month, cancellationToken);
            foreach (var d in scope)
            {
                overdue.AddRange(await statistics.OverdueRectificationsAsync(d, month, cancellationToken));
            }

            chosen = await typicalCases.ChosenAsync(scope, month, cancellationToken);
            complaintFigures = await complaints.CountAsync(department, month.FirstDay, month.EndExclusive, cancellationToken);
            if (canChoose)
            {
                var taken = chosen.Select(c => c.CaseId).ToHashSet();
                options = [.. (await typicalCases.OptionsAsync(department!.Value, month, cancellationToken)).Where(o => !taken.Contains(o.CaseId))];
            }
        }

        return new MonthlyReportPage(month, department, choices, available, counts, overdue, ReportMonth.LatestAvailable(today))
        {
            TypicalCases = chosen,
            CanChooseTypicalCases = canChoose,
            TypicalCaseOptions = options,
            TypicalCaseForm = form ?? new TypicalCaseForm(),
            Complaints = complaintFigures,
        };
    }
}
