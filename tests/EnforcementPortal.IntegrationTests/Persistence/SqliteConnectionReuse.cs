using System.Data;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The portal's SQLite context keeps its connection open from its first query until it is disposed
/// (<see cref="SqliteConnectionPerContext"/>): a page's twenty queries open one connection, not twenty.
/// </summary>
public sealed class SqliteConnectionReuse(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARequestsContextOpensItsConnectionOnceAndReturnsItWhenDisposed()
    {
        System.Data.Common.DbConnection connection;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            connection = db.Database.GetDbConnection();
            connection.State.ShouldBe(ConnectionState.Closed, "nothing has been asked yet");

            await db.Departments.CountAsync(Ct);
            connection.State.ShouldBe(ConnectionState.Open, "the connection stays open after the first query");
            await db.PenaltyMatters.AnyAsync(Ct);
            await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
            {
                await db.Departments.CountAsync(Ct);
                await transaction.CommitAsync(Ct);
            }

            connection.State.ShouldBe(ConnectionState.Open, "queries and transactions reuse the one connection");
        }

        connection.State.ShouldBe(ConnectionState.Closed, "disposing the request's context gives the connection back to the pool");
    }
}
