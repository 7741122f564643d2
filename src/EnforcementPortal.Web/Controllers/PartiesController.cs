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

        var upper = term.ToUpperInvariant();
        var parties = await db.Parties.AsNoTracking()
            .Where(p => p.Name.Contains(term) || p.CreditCode.StartsWith(upper))
            .OrderBy(p => p.Name)
            .Take(10)
            .Select(p => new { p.Name, p.CreditCode, Kind = p.Kind.ToString(), p.LegalRepresentative, p.ContactPerson, p.ContactPhone, p.Address })
            .ToListAsync(cancellationToken);
        return Json(parties);
    }
}
