using System.Text.Json;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The party look-up of the inspection form shows what is needed to pick a party, of the officer's department only.</summary>
public sealed class PartySearch(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OfficerFindsOwnDepartmentsPartyWithNameCreditCodeAndAddressOnly()
    {
        var (_, creditCode) = await PartyOnlyOfAsync(DepartmentCode.Quality);
        using var officer = await PortalClient.SignedInAsync(factory, "zj.officer1");

        var results = await SearchAsync(officer, creditCode);

        var party = results.ShouldHaveSingleItem();
        party.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ShouldBe(["address", "creditCode", "name"]);
    }

    [Fact]
    public async Task OfficerDoesNotFindAnotherDepartmentsParty()
    {
        var (name, creditCode) = await PartyOnlyOfAsync(DepartmentCode.Quality);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        (await SearchAsync(officer, creditCode)).ShouldBeEmpty();
        (await SearchAsync(officer, name)).ShouldBeEmpty();
    }

    private static async Task<List<JsonElement>> SearchAsync(PortalClient client, string term)
    {
        var json = await client.Http.GetStringAsync(new Uri($"/Parties/Search?q={Uri.EscapeDataString(term)}", UriKind.Relative), TestContext.Current.CancellationToken);
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray()];
    }

    private async Task<(string Name, string CreditCode)> PartyOnlyOfAsync(DepartmentCode department)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var mine = db.Cases.Where(c => c.Department == department).Select(c => c.PartyId);
        var others = db.Cases.Where(c => c.Department != department).Select(c => c.PartyId);
        var party = await db.Parties.Where(p => mine.Contains(p.Id) && !others.Contains(p.Id)).OrderBy(p => p.Name).FirstAsync(TestContext.Current.CancellationToken);
        var sameName = await db.Parties.Where(p => p.Name == party.Name).CountAsync(TestContext.Current.CancellationToken);
        sameName.ShouldBe(1);
        return (party.Name, party.CreditCode);
    }
}
