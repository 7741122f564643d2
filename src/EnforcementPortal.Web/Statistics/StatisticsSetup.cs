using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;

namespace EnforcementPortal.Web;

public static class StatisticsSetup
{
    /// <summary>The services of the statistics and public-disclosure pages.</summary>
    public static IServiceCollection AddStatisticsPages(this IServiceCollection services)
    {
        services.AddScoped<AnnualStatisticsQueries>();
        services.AddScoped<StatisticsPublishing>();
        services.AddScoped<PublicDisclosureQueries>();
        services.AddScoped<TypicalCaseQueries>();
        services.AddScoped<MonthlyReportBuilder>();
        services.AddScoped<ComplaintStatisticsQueries>();
        services.AddScoped<LeaderDashboardQueries>();
        services.AddScoped<LeaderDashboard>();
        services.AddScoped<StaffStatisticsPages>();
        services.AddScoped<Disclosure.PublicSiteSettingsStore>();
        services.AddScoped<Disclosure.PublicDisclosurePages>();
        services.AddSingleton<PublicStatisticsCache>();
        return services;
    }
}
