using System.Security.Claims;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// The enterprise's own sign-in (企业用户): an account bound to one responsible party by the <see cref="PartyClaim"/> user
/// claim, in the <see cref="EnterpriseRole"/> role and no staff role. It reaches only the controllers marked
/// <see cref="EnterprisePagesAttribute"/> (under /qiye) and the anonymous pages; <see cref="EnterpriseConfinementMiddleware"/>
/// answers 404 for everything else, so a staff page that only asks for a signed-in user never opens to it.
/// </summary>
public static class EnterpriseAccess
{
    /// <summary>The user claim binding an enterprise account to its party (stored in AspNetUserClaims).</summary>
    public const string PartyClaim = EnterpriseRole.PartyClaimType;

    public const string Policy = "EnterpriseUsers";

    public const string LoginPath = "/qiye/denglu";

    public static IServiceCollection AddEnterprisePortal(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(EnterpriseRole.Name).RequireClaim(PartyClaim));
        services.AddScoped<EnterpriseUser>();
        services.AddScoped<EnterpriseAccounts>();
        services.AddScoped<EnterpriseCases>();
        services.AddScoped<EnterpriseComplaints>();
        services.AddScoped<EnterpriseDocuments>();

        // An enterprise page asked for without signing in goes to the enterprise's sign-in, not the staff one.
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, options =>
        {
            var staffLogin = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/qiye", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Redirect(LoginPath);
                    return Task.CompletedTask;
                }

                return staffLogin(context);
            };
        });
        return services;
    }

    /// <summary>The configured validity of an invitation code in days (<c>Enterprise:InvitationValidDays</c>, default 30).</summary>
    public static int InvitationValidDays(IConfiguration configuration) =>
        Math.Clamp(configuration.GetValue("Enterprise:InvitationValidDays", 30), 1, 365);
}

/// <summary>Marks the controllers an enterprise user may reach.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EnterprisePagesAttribute : Attribute
{
}

/// <summary>The signed-in enterprise: its party, from the cookie; <see cref="Guid.Empty"/> for anyone else.</summary>
public sealed class EnterpriseUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsEnterprise => Principal.IsInRole(EnterpriseRole.Name) && PartyId != Guid.Empty;

    public Guid PartyId => Principal.IsInRole(EnterpriseRole.Name) && Guid.TryParse(Principal.FindFirstValue(EnterpriseAccess.PartyClaim), out var id) ? id : Guid.Empty;

    public Guid UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public string UserName => Principal.Identity?.Name ?? string.Empty;
}

/// <summary>Keeps an enterprise user to its own pages: any other endpoint that is not anonymous answers 404.</summary>
public sealed class EnterpriseConfinementMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.IsInRole(EnterpriseRole.Name) && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerTypeInfo.IsDefined(typeof(EnterprisePagesAttribute), false) != true)
        {
            // The staff home page sends an enterprise to its own.
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { ControllerName: "Home" } && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect("/qiye");
                return Task.CompletedTask;
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
