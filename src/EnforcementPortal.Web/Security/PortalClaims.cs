using System.Security.Claims;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Security;

/// <summary>Claim types the portal adds to the sign-in cookie.</summary>
public static class PortalClaimTypes
{
    public const string Department = "ep:department";
    public const string FullName = "ep:fullname";
}

/// <summary>Puts the user's department and name into the cookie, so scoping needs no database lookup.</summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, PasswordAge passwordAge)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, user.FullName));
        if (user.Department is { } department)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.Department, department.ToString()));
        }

        // Recomputed whenever the cookie is (at sign-in and by the security stamp check on every request).
        PasswordAgeClaims.Add(identity, user, passwordAge);

        return identity;
    }
}

/// <summary>The signed-in user as the portal sees them.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public string UserName => Principal.Identity?.Name ?? string.Empty;

    public string FullName => Principal.FindFirstValue(PortalClaimTypes.FullName) ?? UserName;

    public DepartmentCode? Department =>
        Enum.TryParse<DepartmentCode>(Principal.FindFirstValue(PortalClaimTypes.Department), out var department) ? department : null;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool IsChief => IsInRole(StaffRoles.SectionChief);

    public bool IsOfficer => IsInRole(StaffRoles.Officer);

    public bool CanActOnCases => IsOfficer || IsChief;

    public bool IsLeader => IsInRole(StaffRoles.BureauLeader);

    public Actor Actor => new(Id, FullName);

    /// <summary>The role names of the user in Chinese, for the header.</summary>
    public string RoleNames => string.Join("、", StaffRoles.All.Where(IsInRole).Select(StaffRoles.DisplayName));
}

/// <summary>
/// Department scoping, decided once from the signed-in user: officers and chiefs see their own department only;
/// legal reviewers and bureau leaders see all; anyone else (including anonymous visitors and administrators) sees no case.
/// </summary>
public sealed class HttpDepartmentScope(CurrentUser user) : IDepartmentScope
{
    public bool SeesAllDepartments => user.IsInRole(StaffRoles.BureauLeader) || user.IsInRole(StaffRoles.LegalReviewer);

    public DepartmentCode? Department => user.CanActOnCases ? user.Department : null;
}
