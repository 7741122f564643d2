using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The party page: its credit grade (A–D) with "why this grade", the recommended inspection frequency, and its
/// violations across departments and years. A party without a case the reader may see is "not found".
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class PartyProfilesController(PartyRecords records, IBureauClock clock) : Controller
{
    [HttpGet("Parties/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var page = await records.PageAsync(id, clock.Today, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
