using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The enterprise's side of the demo: 伊犁天山房地产经纪有限公司 (<see cref="AccountPartyIndex"/>) has activated its account
/// (login: its 统一社会信用代码 and the demo password) with the invitation of its first notice; 新疆伊犁建工集团有限责任公司
/// (<see cref="InvitedPartyIndex"/>) has an unused invitation code printed on the 整改通知书 of its open 建管科 case.
/// Both go through the same domain methods as real use (issue, redeem, the document service).
/// </summary>
internal sealed class EnterpriseDemoData(AppDbContext db, UserManager<AppUser> users, IServiceProvider services, DateTime now)
{
    private const int AccountPartyIndex = EnterpriseDemo.AccountPartyIndex;
    private const int InvitedPartyIndex = EnterpriseDemo.InvitedPartyIndex;

    public async Task WriteAsync(IReadOnlyList<ResponsibleParty> parties, CancellationToken cancellationToken)
    {
        var configuration = services.GetService<IConfiguration>();
        var validDays = Math.Clamp(configuration?.GetValue("Enterprise:InvitationValidDays", 30) ?? 30, 1, 365);
        var party = parties[AccountPartyIndex];
        var firstCase = await db.Cases.IgnoreQueryFilters().Where(c => c.PartyId == party.Id).OrderBy(c => c.OpenedOn).Select(c => c.Id).FirstAsync(cancellationToken);
        var (used, code) = EnterpriseInvitation.Issue(party.Id, firstCase, now.AddDays(-3), validDays);
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = party.CreditCode,
            FullName = party.Name.Length > AppUser.FullNameMaxLength ? party.Name[..AppUser.FullNameMaxLength] : party.Name,
            EmailConfirmed = true,
            CreatedAt = now.AddDays(-2),
        };
        var created = await users.CreateAsync(user, DemoPeople.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo enterprise {party.CreditCode}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, EnterpriseRole.Name);
        await users.AddClaimAsync(user, new System.Security.Claims.Claim(EnterpriseRole.PartyClaimType, party.Id.ToString()));
        used.Redeem(code, user.Id, now.AddDays(-2));
        db.EnterpriseInvitations.Add(used);
        await db.SaveChangesAsync(cancellationToken);

        // The unused invitation, printed on the notice of the invited party's open case.
        var documents = services.GetService<CaseDocumentService>();
        var invited = parties[InvitedPartyIndex];
        var open = await db.Cases.IgnoreQueryFilters().AsSplitQuery().Where(c => c.PartyId == invited.Id && c.State == CaseState.Rectifying).OrderBy(c => c.Number).FirstOrDefaultAsync(cancellationToken);
        if (documents is null || open?.CurrentNotice is not { } notice)
        {
            return;
        }

        var officer = await users.Users.AsNoTracking().Where(u => u.Department == open.Department && u.Certificate != null).OrderBy(u => u.UserName).FirstAsync(cancellationToken);
        var baseUrl = (configuration?["Documents:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/');
        var (invitation, plain) = EnterpriseInvitation.Issue(invited.Id, open.Id, now, validDays);
        db.EnterpriseInvitations.Add(invitation);
        var print = new InvitationPrint(InvitationCodes.Format(plain), $"{baseUrl}/qiye/jihuo", $"{baseUrl}/qiye/jihuo?xydm={invited.CreditCode}&code={plain}", invitation.ExpiresAt);
        await documents.IssueAsync(open, new DocumentRequest(EnforcementDocumentKind.RectificationNotice, notice.Id), new Domain.Common.Actor(officer.Id, officer.FullName), now, baseUrl, cancellationToken, print);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The demo enterprises (indexes into <see cref="DemoPeople.Parties"/>), for the README and the tests.</summary>
public static class EnterpriseDemo
{
    /// <summary>伊犁天山房地产经纪有限公司: has an enterprise account (its credit code, <see cref="DemoPeople.Password"/>).</summary>
    public const int AccountPartyIndex = 1;

    /// <summary>新疆伊犁建工集团有限责任公司: an unused invitation code is printed on the notice of its open case.</summary>
    public const int InvitedPartyIndex = 5;

    public static string AccountUserName => DemoPeople.CreditCodeFor(AccountPartyIndex).Value;
}
