using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnforcementPortal.Infrastructure.Documents;

public static class CaseDocumentsRegistration
{
    /// <summary>The PDF renderer (one, thread-safe) and the service that issues a case's documents. Safe to call twice.</summary>
    public static IServiceCollection AddCaseDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<IDocumentRenderer>(_ => new SkiaPdfRenderer());
        services.TryAddScoped<CaseDocumentService>();
        services.TryAddScoped<DocumentRegister>();
        services.TryAddSingleton<IDocumentTextCoverage, DocumentTextCoverage>();
        return services;
    }
}
