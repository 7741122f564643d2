using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps a context's SQLite connection open from its first command until the context is disposed (one context per
/// request), instead of EF Core's open and close around every query. On SQLite each open also registers EF Core's SQL
/// functions on the connection, so the open/close pairs of the case page's twenty commands took about a fifth of its
/// time (docs/benchmarks.md, "Per-request cost"). Disposing the context returns the connection to the pool. Nothing is
/// locked between commands: SQLite takes its locks inside a statement or a transaction, not for an open connection.
/// </summary>
public sealed class SqliteConnectionPerContext : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPerContext Instance = new();

    private SqliteConnectionPerContext()
    {
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
