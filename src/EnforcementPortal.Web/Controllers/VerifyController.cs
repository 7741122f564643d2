using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 文书核验: anyone can check a document by its code (a case's documents and the 协查 documents of complaints alike: type, number, date, issuing department, hash) and upload a PDF to
/// see whether it is the one issued. Nothing about persons is shown.
/// </summary>
[AllowAnonymous]
[Route("verify")]
public sealed class VerifyController(DocumentRegister documents) : Controller
{
    public const string NotFoundMessage = "未找到该文书";
    public const string MatchMessage = "文书核验一致";
    public const string MismatchMessage = "文件与登记的文书不一致";

    [HttpGet("")]
    public IActionResult Index(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return View("Index");
        }

        var normalized = VerificationCodes.Normalize(code);
        return normalized is null
            ? NotFoundPage()
            : RedirectToAction(nameof(Show), new { code = normalized });
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var document = await documents.FindByCodeAsync(code, cancellationToken);
        return document is null ? NotFoundPage() : View("Show", Model(document, null));
    }

    [HttpPost("{code}")]
    [RequestSizeLimit(CaseDocumentService.MaxVerificationUploadBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CaseDocumentService.MaxVerificationUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Check(string code, IFormFile? file, CancellationToken cancellationToken)
    {
        var document = await documents.FindByCodeAsync(code, cancellationToken);
        if (document is null)
        {
            return NotFoundPage();
        }

        if (file is null || file.Length == 0)
        {
            return View("Show", Model(document, new VerificationResult(false, "请选择要核验的 PDF 文件。")));
        }

        if (file.Length > CaseDocumentService.MaxVerificationUploadBytes)
        {
            return View("Show", Model(document, new VerificationResult(false, "文件超过 30 MB，不是本系统出具的文书。")));
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return View("Show", Model(document, new VerificationResult(false, "上传的文件不是 PDF 文件。")));
        }

        var result = document.Matches(bytes)
            ? new VerificationResult(true, MatchMessage)
            : new VerificationResult(false, MismatchMessage);
        return View("Show", Model(document, result));
    }

    private static VerifyViewModel Model(RegisteredDocument document, VerificationResult? result) => new(
        document.VerificationCode,
        document.Title,
        EnforcementDocumentNames.Of(document.Kind),
        document.DocumentNumber,
        CaseDocumentComposer.Date(document.DocumentDate),
        $"{CaseDocumentComposer.IssuingBody}{DepartmentPolicy.For(document.Department).FullName}",
        document.Sha256,
        document.Length,
        result);

    private ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound");
    }
}

/// <summary>The outcome of comparing an upload with the registered document.</summary>
public sealed record VerificationResult(bool Matches, string Message);

/// <summary>What the public may know about an issued document.</summary>
public sealed record VerifyViewModel(string Code, string Title, string KindName, string? DocumentNumber, string IssuedOn, string IssuingDepartment, string Sha256, long Length, VerificationResult? Result);
