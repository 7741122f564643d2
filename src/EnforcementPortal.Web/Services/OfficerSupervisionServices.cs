namespace EnforcementPortal.Web.Services;

/// <summary>执法证登记, 培训记录 and 案卷评查 (建法〔2025〕40号 (五), (六), (十三)).</summary>
public static class OfficerSupervisionServices
{
    public static IServiceCollection AddOfficerSupervision(this IServiceCollection services)
    {
        services.AddScoped<CertificateRegistry>();
        services.AddScoped<TrainingRecords>();
        services.AddScoped<CaseFileReviews>();
        return services;
    }
}
