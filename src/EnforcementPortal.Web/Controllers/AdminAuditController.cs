using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>安全审计: search the audit log and check its hash chain (administrators only; read-only).</summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminAuditController(AppDbContext db, AuditVerifier verifier) : Controller
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AuditSearch filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(e => e.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Address))
        {
            var address = filter.Address.Trim();
            query = query.Where(e => e.ClientAddress.StartsWith(address));
        }

        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            var target = filter.Target.Trim();
            query = query.Where(e => e.Target.Contains(target));
        }

        // Dates are entered in Beijing time (UTC+8); the log stores UTC.
        if (filter.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue).AddHours(-8);
            query = query.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8);
            query = query.Where(e => e.OccurredAtUtc < toUtc);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new AuditPage(filter, entries, total, page));
    }

    [HttpGet]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) => View(await verifier.VerifyAsync(cancellationToken));
}

/// <summary>The search form of the audit page.</summary>
public sealed class AuditSearch
{
    public string? User { get; set; }

    public string? Action { get; set; }

    public string? Address { get; set; }

    public string? Target { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditPage(AuditSearch Filter, IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + AdminAuditController.PageSize - 1) / AdminAuditController.PageSize);
}
