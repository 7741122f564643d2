using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Looks up registered responsible parties for the inspection form.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class PartiesController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Search(string? q, CancellationToken cancellationToken)
    {
        var term = q?.Trim() ?? string.Empty;
        if (term.Length < 2)
        {
            return Json(Array.Empty<object>());
        }

        // Only parties of the officer's own department's cases (the cases' query filter scopes the subquery), and only
        // what identifies a party for picking it: name, credit code, address. Legal representative and phone numbers
        // stay on the case pages, behind the department scope.
        var upper = term.ToUpperInvariant();
        var parties = await db.Parties.AsNoTracking()
            .Where(p => db.Cases.Any(c => c.PartyId == p.Id))
            .Where(p => p.Name.Contains(term) || p.CreditCode.StartsWith(upper))
            .OrderBy(p => p.Name)
            .Take(10)
            .Select(p => new PartySuggestion(p.Name, p.CreditCode, p.Address))
            .ToListAsync(cancellationToken);
        return Json(parties);
    }
}

/// <summary>What the party search answers: enough to pick a party, nothing more.</summary>
public sealed record PartySuggestion(string Name, string CreditCode, string? Address);
