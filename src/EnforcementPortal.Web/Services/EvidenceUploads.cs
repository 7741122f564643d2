using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Security;

namespace EnforcementPortal.Web.Services;

/// <summary>A checked upload, stored and ready to be attached to a case.</summary>
public sealed record StoredUpload(string FileName, string ContentType, long Length, string Sha256, string StorageKey);

/// <summary>
/// Checks uploads by content and size before anything is written, then stores them. If the database step that
/// follows fails, <see cref="DiscardAsync"/> removes the stored files again, so nothing is left half-written.
/// </summary>
public sealed class EvidenceUploads(IFileStore store, AuditTrail audit, ILogger<EvidenceUploads> logger)
{
    public const int MaxFilesPerStep = 20;

    /// <summary>Returns the Chinese reasons the files cannot be accepted; empty when all are fine.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<string>();
        if (files.Count > MaxFilesPerStep)
        {
            errors.Add($"一次最多上传{MaxFilesPerStep}个文件。");
        }

        foreach (var file in files)
        {
            var name = DisplayFileName.Clean(file.FileName, EvidenceFile.FileNameMaxLength);
            var check = UploadInspector.Inspect(await ReadHeadAsync(file, cancellationToken), file.Length, name);
            if (!check.IsAccepted)
            {
                errors.Add(check.Error!);
            }
            else if (await ActiveContentErrorAsync(file, check, name, cancellationToken) is { } activeContent)
            {
                errors.Add(activeContent);
            }
        }

        return errors;
    }

    /// <summary>
    /// The photos of failed checklist items, by item number: each must be a JPEG or PNG picture (by its content), within
    /// the size of any evidence file. Returns the Chinese reasons; empty when all are fine.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckPhotosAsync(IReadOnlyList<KeyValuePair<int, IFormFile>> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photos);
        var errors = new List<string>();
        foreach (var (item, file) in photos)
        {
            var name = DisplayFileName.Clean(file.FileName, EvidenceFile.FileNameMaxLength);
            var check = UploadInspector.Inspect(await ReadHeadAsync(file, cancellationToken), file.Length, name);
            if (!check.IsAccepted)
            {
                errors.Add($"第{item}项的照片：{check.Error}");
            }
            else if (check.ContentType is not ("image/jpeg" or "image/png"))
            {
                errors.Add($"第{item}项的照片“{name}”不是 JPEG 或 PNG 图片，请上传现场照片。");
            }
        }

        return errors;
    }

    /// <summary>
    /// Stores the files of a step, or, when the file store fails (disk full, storage unreachable), audits the failure
    /// and answers null: the files written so far were removed and nothing of the step is saved.
    /// </summary>
    public async Task<IReadOnlyList<StoredUpload>?> StoreOrAuditAsync(IReadOnlyList<IFormFile> files, string target, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreAsync(files, cancellationToken);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            logger.LogError(failure, "File store failed for {Target}", target);
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, target, "证据文件存储失败，已回滚");
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredUpload>> StoreAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stored = new List<StoredUpload>();
        try
        {
            foreach (var file in files)
            {
                var name = DisplayFileName.Clean(file.FileName, EvidenceFile.FileNameMaxLength);
                var check = UploadInspector.Inspect(await ReadHeadAsync(file, cancellationToken), file.Length, name);
                if (!check.IsAccepted)
                {
                    throw new DomainException(check.Error!);
                }

                if (await ActiveContentErrorAsync(file, check, name, cancellationToken) is { } activeContent)
                {
                    throw new DomainException(activeContent);
                }

                await using var content = file.OpenReadStream();
                var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
                content.Position = 0;
                var key = await store.SaveAsync(content, check.Extension!, cancellationToken);
                stored.Add(new StoredUpload(name, check.ContentType!, file.Length, hash, key));
            }
        }
        catch
        {
            await DiscardAsync(stored, CancellationToken.None);
            throw;
        }

        return stored;
    }

    /// <summary>A PDF with scripts, launch or open actions, embedded files and the like is refused (see <see cref="PdfActiveContent"/>).</summary>
    private static async Task<string?> ActiveContentErrorAsync(IFormFile file, UploadCheck check, string name, CancellationToken cancellationToken)
    {
        if (check.ContentType != "application/pdf")
        {
            return null;
        }

        await using var content = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, UploadInspector.MaxBytes));
        await content.CopyToAsync(buffer, cancellationToken);
        return PdfActiveContent.Find(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } found
            ? $"文件“{name}”含有脚本或自动执行的动作（{found}），不能作为证据上传；请打印为普通 PDF 或扫描后再上传。"
            : null;
    }

    public async Task DiscardAsync(IEnumerable<StoredUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        foreach (var upload in uploads)
        {
            await store.DeleteAsync(upload.StorageKey, cancellationToken);
        }
    }

    public static EvidenceFile ToEvidence(StoredUpload upload, EvidenceStep step, Guid? stepId, int? findingNumber, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new EvidenceFile(Guid.NewGuid(), step, stepId, findingNumber, upload.FileName, upload.ContentType, upload.Length, upload.Sha256, upload.StorageKey, at, actor, null);
    }

    private static async Task<byte[]> ReadHeadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[16];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return head[..read];
    }
}
