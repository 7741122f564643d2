namespace EnforcementPortal.Web.Services;

/// <summary>
/// The named services through which controllers change data — the steps of a case (CaseSteps), its documents
/// (CaseDocuments) and the rest (docs/architecture.md, "Find a
/// rule by its name"): one per use case, so a newcomer finds the rule by its name.
/// </summary>
public static class PortalServices
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services)
    {
        services.AddScoped<CaseSteps>();
        services.AddScoped<CaseDocuments>();
        services.AddScoped<PartyRegistration>();
        services.AddScoped<HolidayCalendar>();
        services.AddScoped<SupplementaryFigures>();
        services.AddScoped<TypicalCaseChoices>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<InspectionRegistration>();
        services.AddScoped<InspectionSteps>();
        services.AddScoped<InspectionPlanning>();
        services.AddScoped<Queries.InspectionVisitQueries>();
        services.AddScoped<EvidenceDownloads>();
        services.AddScoped<EnforcementPortal.Web.Security.StaffSignIn>();
        services.AddScoped<PenaltyMatterCatalogue>();
        services.AddScoped<LegalReviewScopes>();
        services.AddScoped<PenaltyMatterImports>();
        services.AddScoped<Queries.CalendarPages>();
        services.AddScoped<Queries.HomePageBuilder>();
        return services;
    }

    /// <summary>投诉举报: the steps, the access rule, the lists, the public challenge and the intake's rate limit.</summary>
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<ComplaintSteps>();
        services.AddScoped<ReceivingBureauDesk>();
        services.AddScoped<CaseSourceComplaints>();
        services.AddScoped<MajorComplaints>();
        services.AddScoped<AssistDocuments>();
        services.AddScoped<Security.ComplaintAccess>();
        services.AddScoped<Queries.ComplaintQueries>();
        services.AddScoped<ComplaintPages>();
        services.AddSingleton<Security.PublicFormChallenge>();
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o =>
            o.AddPolicy<string, Security.PublicComplaintRateLimit>(Security.PublicComplaintRateLimit.PolicyName));
        return services;
    }
}

/// <summary>督办 (the list, its sources, the 督办函) and the party's credit grade.</summary>
public static class SupervisionServices
{
    public static IServiceCollection AddSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = Domain.Supervision.SupervisionSettings.Default;
        services.AddSingleton(new Domain.Supervision.SupervisionSettings(
            Math.Clamp(configuration.GetValue("Supervision:ReviewWorkingDays", defaults.ReviewWorkingDays), 1, 60),
            Math.Clamp(configuration.GetValue("Supervision:FilingFeedbackWorkingDays", defaults.FilingFeedbackWorkingDays), 1, 60)));
        services.AddSingleton(new Queries.Supervision.SupervisionPaging(Math.Clamp(configuration.GetValue("Supervision:PageSize", Queries.Supervision.SupervisionPaging.DefaultPageSize), 5, 200)));
        Queries.Supervision.SupervisionSources.Add(services);
        services.AddScoped<Queries.Supervision.SupervisionQueries>();
        services.AddScoped<SupervisionLetters>();
        services.AddScoped<Queries.PartyRecords>();
        return services;
    }
}
