using EnforcementPortal.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Documents;

/// <summary>
/// The portal with the document services. <c>AddCaseDocuments()</c> is idempotent, so this keeps working once
/// PortalSetup registers them too.
/// </summary>
public sealed class DocumentsPortalFactory : PortalFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddCaseDocuments();
}
