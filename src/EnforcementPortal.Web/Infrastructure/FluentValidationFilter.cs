using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument and copies its Chinese messages into
/// ModelState, so an action only has to ask <c>ModelState.IsValid</c>. (FluentValidation.AspNetCore is deprecated.)
/// A form bound with a prefix (<c>[Bind(Prefix = "Notice")]</c>) gets its messages under the prefixed key
/// (<c>Notice.DeadlineDays</c>), the name the field has on the page, so <c>asp-validation-for</c> finds them.
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var (parameter, argument) in context.ActionArguments.Where(a => a.Value is not null))
        {
            var prefix = context.ActionDescriptor.Parameters.FirstOrDefault(p => p.Name == parameter)?.BindingInfo?.BinderModelName;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument!.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                var key = string.IsNullOrEmpty(prefix) ? error.PropertyName
                    : string.IsNullOrEmpty(error.PropertyName) ? prefix
                    : $"{prefix}.{error.PropertyName}";
                context.ModelState.AddModelError(key, error.ErrorMessage);
            }
        }

        await next();
    }
}
