using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>How an activation ended: success, or the Chinese errors for the form (never which part was wrong).</summary>
public sealed record ActivationResult(bool Succeeded, IReadOnlyList<string> Errors);

/// <summary>
/// The enterprise's own account: the invitation printed on its first 整改通知书, activation with that code (the account's
/// user name is the 统一社会信用代码, bound to the party by a claim), and sign-in. Activation is audited either way; a
/// wrong code counts against the party's pending invitation, which is void after five; the page is rate-limited per client.
/// </summary>
public sealed class EnterpriseAccounts(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    StaffSignIn staffSignIn,
    IBureauClock clock,
    AuditTrail audit,
    IConfiguration configuration)
{
    /// <summary>
    /// The invitation to print on a 整改通知书 of <paramref name="enforcementCase"/>: a new one when its party has neither an
    /// account nor a code still usable; otherwise null. The invitation is added to the context, to be saved with the document.
    /// </summary>
    public async Task<(EnterpriseInvitation Invitation, InvitationPrint Print)?> PrepareInvitationAsync(EnforcementCase enforcementCase, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var partyId = enforcementCase.PartyId;
        var now = clock.Now;
        var claim = partyId.ToString();
        if (await db.UserClaims.AnyAsync(c => c.ClaimType == EnterpriseAccess.PartyClaim && c.ClaimValue == claim, cancellationToken)
            || await db.EnterpriseInvitations.AnyAsync(i => i.PartyId == partyId && i.UsedAt == null && i.FailedAttempts < EnterpriseInvitation.MaxFailedAttempts && i.ExpiresAt > now, cancellationToken))
        {
            return null;
        }

        var party = await db.Parties.AsNoTracking().FirstAsync(p => p.Id == partyId, cancellationToken);
        var (invitation, code) = EnterpriseInvitation.Issue(partyId, enforcementCase.Id, now, EnterpriseAccess.InvitationValidDays(configuration));
        db.EnterpriseInvitations.Add(invitation);
        var root = baseUrl.TrimEnd('/');
        var print = new InvitationPrint(InvitationCodes.Format(code), $"{root}/qiye/jihuo", $"{root}/qiye/jihuo?xydm={party.CreditCode}&code={code}", invitation.ExpiresAt);
        return (invitation, print);
    }

    /// <summary>激活: sets the account's password with the invitation code, then signs the enterprise in.</summary>
    public async Task<ActivationResult> ActivateAsync(string? creditCode, string? code, string password, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var given = (creditCode ?? string.Empty).Trim().ToUpperInvariant();
        var party = UnifiedSocialCreditCode.TryParse(given, out var parsed)
            ? await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == parsed.Value, cancellationToken)
            : null;
        var normalized = InvitationCodes.Normalize(code);
        var hash = normalized is null ? null : InvitationCodes.Hash(normalized);
        var invitation = party is null || hash is null
            ? null
            : await db.EnterpriseInvitations.FirstOrDefaultAsync(i => i.PartyId == party.Id && i.CodeHash == hash, cancellationToken);
        if (party is null || invitation is null || !invitation.IsUsableAt(now) || await users.FindByNameAsync(party.CreditCode) is not null)
        {
            if (party is not null && invitation is null)
            {
                // A wrong code for a real credit code counts against the party's pending invitations.
                foreach (var pending in await db.EnterpriseInvitations.Where(i => i.PartyId == party.Id && i.UsedAt == null).ToListAsync(cancellationToken))
                {
                    pending.RecordFailedAttempt();
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await audit.RecordAsync(AuditActions.EnterpriseActivationFailed, AuditOutcome.Failure, $"credit code {Mask(given)}", invitation is null ? "邀请码不正确" : "邀请码已过期、已使用或已作废", userName: given.Length == UnifiedSocialCreditCode.Length ? given : null);
            return new ActivationResult(false, [EnterpriseInvitation.RefusedMessage]);
        }

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = party.CreditCode,
            FullName = party.Name.Length > AppUser.FullNameMaxLength ? party.Name[..AppUser.FullNameMaxLength] : party.Name,
            EmailConfirmed = true,
            CreatedAt = now,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new ActivationResult(false, [.. created.Errors.Select(e => e.Description)]);
            }

            await users.AddToRoleAsync(user, EnterpriseRole.Name);
            await users.AddClaimAsync(user, new System.Security.Claims.Claim(EnterpriseAccess.PartyClaim, party.Id.ToString()));
            invitation.Redeem(normalized!, user.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.RecordAsync(AuditActions.EnterpriseActivated, AuditOutcome.Success, $"party {party.Id}", $"{party.Name}以邀请码设置密码，开通企业账号", userName: user.UserName);
        await signIn.SignInAsync(user, isPersistent: false);
        return new ActivationResult(true, []);
    }

    /// <summary>企业登录 with the credit code and password; only an enterprise account signs in here (audited by <see cref="StaffSignIn"/>).</summary>
    public async Task<SignInOutcome> SignInAsync(string? creditCode, string password)
    {
        var name = (creditCode ?? string.Empty).Trim().ToUpperInvariant();
        var (outcome, _) = await staffSignIn.PasswordSignInAsync(name, password, remember: false);
        if (outcome == SignInOutcome.SignedIn && (await users.FindByNameAsync(name) is not { } user || !await users.IsInRoleAsync(user, EnterpriseRole.Name)))
        {
            // A member of staff signs in on the staff page, not here.
            await signIn.SignOutAsync();
            return SignInOutcome.Failed;
        }

        return outcome == SignInOutcome.NeedsFirstPassword ? SignInOutcome.Failed : outcome;
    }

    private static string Mask(string creditCode) => creditCode.Length > 8 ? creditCode[..8] + "**********" : "(无效)";
}
