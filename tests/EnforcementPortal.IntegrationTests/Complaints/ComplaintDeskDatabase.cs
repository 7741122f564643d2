using System.Data.Common;
using System.Security.Claims;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>A migrated SQLite file and the complaint desk's queries as a given user runs them, with the SQL they send recorded.</summary>
internal sealed class ComplaintDeskDatabase : IAsyncDisposable
{
    public static readonly Guid Officer = Guid.Parse("6a0c6d1e-3f1b-4c55-9a55-2f1f0c7c1a01");
    public static readonly Guid Chief = Guid.Parse("6a0c6d1e-3f1b-4c55-9a55-2f1f0c7c1a02");
    public static readonly Guid Dispatcher = Guid.Parse("6a0c6d1e-3f1b-4c55-9a55-2f1f0c7c1a03");
    public static readonly Guid Leader = Guid.Parse("6a0c6d1e-3f1b-4c55-9a55-2f1f0c7c1a04");

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-complaint-desk-{Guid.NewGuid():N}.db");

    public CommandRecorder Recorder { get; } = new();

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public SqliteAppDbContext Create() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(Recorder).Options);

    public static ComplaintQueries QueriesOf(AppDbContext db, string user)
    {
        var (id, role, department) = user switch
        {
            "dispatcher" => (Dispatcher, StaffRoles.ComplaintDispatcher, (DepartmentCode?)null),
            "officer" => (Officer, StaffRoles.Officer, DepartmentCode.Housing),
            "chief" => (Chief, StaffRoles.SectionChief, DepartmentCode.Housing),
            _ => (Leader, StaffRoles.BureauLeader, null),
        };
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, id.ToString()), new(ClaimTypes.Name, user), new(ClaimTypes.Role, role)];
        if (department is { } d)
        {
            claims.Add(new Claim(PortalClaimTypes.Department, d.ToString()));
        }

        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) } };
        var current = new CurrentUser(accessor);
        return new ComplaintQueries(db, new ComplaintAccess(current), current, new ConfigurationBuilder().Build());
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    /// <summary>Records the SQL and parameters of each command run.</summary>
    internal sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
