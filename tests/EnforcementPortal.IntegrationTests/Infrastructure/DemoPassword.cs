namespace EnforcementPortal.IntegrationTests.Infrastructure;

internal static class DemoPassword
{
    public static string Value => EnforcementPortal.Infrastructure.Seeding.DemoPeople.Password;
}
