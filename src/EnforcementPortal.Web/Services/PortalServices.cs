namespace EnforcementPortal.Web.Services;

/// <summary>
/// The named services through which controllers change data other than a case's steps (docs/architecture.md, "Find a
/// rule by its name"): one per use case, so a newcomer finds the rule by its name.
/// </summary>
public static class PortalServices
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services)
    {
        services.AddScoped<PartyRegistration>();
        services.AddScoped<HolidayCalendar>();
        services.AddScoped<SupplementaryFigures>();
        services.AddScoped<TypicalCaseChoices>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<PenaltyMatterCatalogue>();
        return services;
    }
}
