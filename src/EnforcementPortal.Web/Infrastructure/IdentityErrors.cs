using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>Puts Identity's Chinese errors (ChineseIdentityErrorDescriber) on the form field they are about.</summary>
public static class IdentityErrors
{
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string userNameField = "UserName")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => passwordField,
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => userNameField,
                _ => string.Empty,
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
