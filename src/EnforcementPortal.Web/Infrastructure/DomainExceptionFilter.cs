using EnforcementPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// Last line of defence: a domain refusal or a concurrency conflict that an action did not handle itself becomes a
/// Chinese message on the page the user came from, never a 500.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData) : IExceptionFilter
{
    public const string ConcurrencyMessage = "该案件已被他人更新，请刷新后重试";

    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Exception switch
        {
            DomainException domain => domain.Message,
            DbUpdateConcurrencyException => ConcurrencyMessage + "。",
            _ => null,
        };
        if (message is null)
        {
            return;
        }

        tempData.GetTempData(context.HttpContext)[StatusMessages.ErrorKey] = message;
        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        context.Result = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host
            ? new RedirectResult(uri.PathAndQuery)
            : new RedirectToActionResult("Index", "Home", null);
        context.ExceptionHandled = true;
    }
}

/// <summary>Keys of the one-shot messages shown at the top of the next page (post/redirect/get).</summary>
public static class StatusMessages
{
    public const string SuccessKey = "StatusSuccess";
    public const string ErrorKey = "StatusError";
}
