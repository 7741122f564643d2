using System.Security.Cryptography;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Services;

/// <summary>A complaint's attachment as stored; <see cref="Intact"/> is false when the file no longer matches its recorded SHA-256.</summary>
public sealed record ComplaintAttachmentFile(byte[] Content, string ContentType, string FileName, bool Intact);

/// <summary>
/// The complaint page as the signed-in user may see it (the complainant masked unless revealed, the handlers and
/// duplicates by role), and the attachments, checked against their recorded hash when served.
/// </summary>
public sealed class ComplaintPages(ComplaintQueries queries, ComplaintSteps steps, ComplaintAccess access, StaffDirectory staff, IFileStore files, IBureauClock clock)
{
    /// <summary>The page, with the complainant's <paramref name="identity"/> when just revealed; null when the user may not see the complaint.</summary>
    public async Task<ComplaintPage?> PageAsync(Guid id, ComplainantIdentity? identity, CancellationToken cancellationToken)
    {
        var complaint = await queries.FindAsync(id, cancellationToken);
        if (complaint is null || !access.CanSee(complaint))
        {
            return null;
        }

        var rules = await queries.RoutingRulesAsync(cancellationToken);
        var handlers = complaint.Department is { } department && access.IsDepartmentMember(complaint)
            ? await staff.OfficersOfAsync(department, clock.Today, cancellationToken)
            : [];
        var duplicates = access.IsDispatcher || access.IsHandlerOrChief(complaint) ? await queries.DuplicatesOfAsync(complaint, cancellationToken) : [];
        var masked = steps.Masked(complaint);
        return new ComplaintPage(
            complaint,
            identity is null ? masked.Name! : identity.Name ?? ComplainantPrivacy.Anonymous,
            identity is null ? masked.Phone! : identity.Phone ?? "未留",
            access.MaySeeComplainant(complaint),
            identity is not null,
            access.IsDispatcher,
            access.IsDepartmentMember(complaint),
            access.IsHandlerOrChief(complaint),
            access.IsDepartmentChief(complaint),
            access.MayUrge(complaint),
            rules[complaint.Line],
            duplicates,
            handlers,
            clock.Today);
    }

    /// <summary>The attachment with its display name cleaned; null when the user may not see the complaint or the file is missing.</summary>
    public async Task<ComplaintAttachmentFile?> AttachmentAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var complaint = await queries.FindAsync(id, cancellationToken);
        var attachment = complaint is not null && access.CanSee(complaint) ? complaint.Attachments.FirstOrDefault(a => a.Id == fileId) : null;
        await using var stream = attachment is null ? null : await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
        if (attachment is null || stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var intact = Convert.ToHexStringLower(SHA256.HashData(bytes)) == attachment.Sha256;
        return new ComplaintAttachmentFile(bytes, attachment.ContentType, DisplayFileName.Clean(attachment.FileName), intact);
    }
}
