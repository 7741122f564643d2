using System.Security.Cryptography;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

public sealed record AssistIssueResult(StepResult Result, Guid? DocumentId = null);

/// <summary>The 协查 page of a complaint: the request, the documents issued, the answer and its deadline; no complainant.</summary>
public sealed record AssistPage(Complaint Complaint, IReadOnlyList<AssistDocument> Documents, bool CanIssue, DateOnly Today);

/// <summary>
/// 出具协查文书: the handler (or their chief) of a complaint whose outcome is an assist request issues the 协查通知单 (委内) or
/// 协查意见书 (委外) of 北京市房地产市场动态监管信息平台操作流程 as a PDF with its 文号 (伊建房协〔2026〕3号) and verification
/// code, in one unit of work: the number, the document row and the complaint's timeline entry are saved together; the
/// stored PDF is removed if they are not. The form never carries the complainant (<see cref="Complaint.AssistRequestFor"/>).
/// </summary>
public sealed class AssistDocuments(
    AppDbContext db,
    IFileStore files,
    IDocumentRenderer renderer,
    SequenceAllocator numbers,
    ComplaintAccess access,
    CurrentUser user,
    IBureauClock clock,
    AuditTrail audit)
{
    public async Task<AssistPage?> PageAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null || !access.CanSee(complaint) || complaint.Outcome != ComplaintOutcome.AssistRequest)
        {
            return null;
        }

        var documents = await db.AssistDocuments.AsNoTracking().Where(d => d.ComplaintId == complaintId).OrderBy(d => d.IssuedAt).ToListAsync(cancellationToken);
        return new AssistPage(complaint, documents, complaint.AwaitsAssist && access.IsHandlerOrChief(complaint), clock.Today);
    }

    public async Task<AssistIssueResult> IssueAsync(Guid complaintId, int version, AssistRequestScope scope, string baseUrl, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null || !access.CanSee(complaint))
        {
            return new(StepResult.NotFound);
        }

        if (!access.IsHandlerOrChief(complaint))
        {
            return new(StepResult.Refused("协查文书由该投诉的经办人或其科长出具。"));
        }

        if (complaint.Version != version)
        {
            return new(new StepResult(StepOutcome.Conflict, "该投诉已被他人更新，请刷新后重试。"));
        }

        string? key = null;
        try
        {
            var now = clock.Now;
            var today = DateOnly.FromDateTime(now);
            var number = (await numbers.NextDocumentNumberAsync(complaint.Department!.Value, DocumentNumberKind.Assist, today.Year, cancellationToken)).ToString();
            var code = await NewCodeAsync(cancellationToken);
            var input = complaint.AssistRequestFor(scope, number, user.Actor, today);
            var pdf = renderer.RenderPdf(AssistRequestForms.Compose(input, new DocumentIssue(code, CaseDocumentService.VerificationUrl(baseUrl, code), today)));
            using (var content = new MemoryStream(pdf, writable: false))
            {
                key = await files.SaveAsync(content, "pdf", cancellationToken);
            }

            var title = scope == AssistRequestScope.Internal ? AssistRequestForms.InternalTitle : AssistRequestForms.ExternalTitle;
            var document = new AssistDocument(Guid.NewGuid(), complaint.Id, scope, title, number, complaint.AssistUnit!, now, user.Actor, complaint.Department.Value, code, Convert.ToHexStringLower(SHA256.HashData(pdf)), key, pdf.LongLength);
            db.AssistDocuments.Add(document);
            complaint.RecordAssistIssued(title, number, code, user.Actor, now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, complaint.ReceiptNumber, $"出具{title} {number}");
            return new(StepResult.Done, document.Id);
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(key);
            return new(StepResult.Refused(refusal.Message));
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(key);
            return new(new StepResult(StepOutcome.Conflict, "该投诉已被他人更新，请刷新后重试。"));
        }
    }

    /// <summary>The stored PDF, for those who may see the complaint, only while its bytes match their SHA-256.</summary>
    public async Task<(AssistDocument Document, byte[] Bytes)?> ReadAsync(Guid complaintId, Guid documentId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        var document = await db.AssistDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ComplaintId == complaintId, cancellationToken);
        if (complaint is null || document is null || !access.CanSee(complaint))
        {
            return null;
        }

        await using var stream = await files.OpenReadAsync(document.StorageKey, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(bytes)) == document.Sha256 ? (document, bytes) : null;
    }

    private async Task DiscardAsync(string? key)
    {
        db.ChangeTracker.Clear();
        if (key is not null)
        {
            await files.DeleteAsync(key, CancellationToken.None);
        }
    }

    /// <summary>A verification code no document of a case or of a complaint has.</summary>
    private async Task<string> NewCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var code = VerificationCodes.NewCode();
            if (!await db.Set<IssuedDocument>().AnyAsync(d => d.VerificationCode == code, cancellationToken)
                && !await db.AssistDocuments.AnyAsync(d => d.VerificationCode == code, cancellationToken))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Could not find a free verification code.");
    }
}
