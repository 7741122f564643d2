using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>The party of a new inspection, or the form fields that still need filling (field name, Chinese message).</summary>
public sealed record PartyRegistrationResult(ResponsibleParty? Party, IReadOnlyList<(string Field, string Message)> Missing);

/// <summary>
/// 责任单位登记: the party of a new inspection is found by its 统一社会信用代码; an unknown code registers the unit with the
/// name and 法定代表人 the officer typed. The new party is added to the unit of work of the inspection and saved with it.
/// </summary>
public sealed class PartyRegistration(AppDbContext db)
{
    public async Task<PartyRegistrationResult> FindOrRegisterAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var code = UnifiedSocialCreditCode.Parse(form.PartyCreditCode!);
        var existing = await db.Parties.FirstOrDefaultAsync(p => p.CreditCode == code.Value, cancellationToken);
        if (existing is not null)
        {
            return new PartyRegistrationResult(existing, []);
        }

        var missing = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(form.PartyName))
        {
            missing.Add((nameof(form.PartyName), "该信用代码的单位尚未登记，请填写责任单位名称。"));
        }

        if (string.IsNullOrWhiteSpace(form.LegalRepresentative))
        {
            missing.Add((nameof(form.LegalRepresentative), "该信用代码的单位尚未登记，请填写法定代表人。"));
        }

        if (missing.Count > 0)
        {
            return new PartyRegistrationResult(null, missing);
        }

        var party = new ResponsibleParty(Guid.NewGuid(), form.PartyName!, code, form.PartyKind, form.LegalRepresentative!, form.ContactPerson, form.ContactPhone, form.PartyAddress);
        db.Parties.Add(party);
        return new PartyRegistrationResult(party, []);
    }

    /// <summary>The registered party with this credit code, if the code is valid and registered.</summary>
    public async Task<Guid?> IdOfAsync(string? creditCode, CancellationToken cancellationToken)
    {
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code))
        {
            return null;
        }

        return await db.Parties.AsNoTracking().Where(p => p.CreditCode == code.Value).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The credit code of a registered party.</summary>
    public Task<string?> CreditCodeOfAsync(Guid partyId, CancellationToken cancellationToken) =>
        db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => (string?)p.CreditCode).FirstOrDefaultAsync(cancellationToken);
}
