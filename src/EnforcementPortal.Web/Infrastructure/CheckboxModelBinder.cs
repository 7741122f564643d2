using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// Binds yes/no fields (check boxes). A value that is neither <c>true</c> nor <c>false</c> (a crafted post) is refused
/// with a Chinese message, and the value kept for re-showing the form is <c>false</c>: MVC's check box tag helper
/// converts the posted value to a boolean again when it re-renders the form, and would otherwise throw (a 500).
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A check box posts "true" and its hidden companion "false": the first value decides.
        var value = result.FirstValue;
        if (string.IsNullOrEmpty(value))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, string.Empty);
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "此项为必填项。");
            }

            return Task.CompletedTask;
        }

        if (bool.TryParse(value.Trim(), out var parsed))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(parsed);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "“是/否”选项的值无效。");
        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="CheckboxModelBinder"/> for every <c>bool</c> and <c>bool?</c> of a form.</summary>
public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxModelBinder() : null;
    }
}
