using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>安全审计记录的保护: the application never updates or deletes an audit entry (AppDbContext refuses the save).</summary>
public sealed class AuditAppendOnly(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheApplicationRefusesToUpdateOrDeleteAnAuditEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        using var signedIn = await PortalClient.SignedInAsync(factory, "fc.officer1"); // the sign-in writes an entry

        await using (var db = factory.CreateDbContext())
        {
            var entry = await db.AuditEntries.OrderBy(e => e.Sequence).LastAsync(ct);
            db.Entry(entry).State = EntityState.Modified;
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct))).Message.ShouldContain("append-only");
        }

        await using (var db = factory.CreateDbContext())
        {
            var count = await db.AuditEntries.CountAsync(ct);
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(e => e.Sequence).LastAsync(ct));
            Should.Throw<InvalidOperationException>(() => db.SaveChanges()).Message.ShouldContain("append-only");
            await using var fresh = factory.CreateDbContext();
            (await fresh.AuditEntries.CountAsync(ct)).ShouldBe(count);
        }
    }
}
