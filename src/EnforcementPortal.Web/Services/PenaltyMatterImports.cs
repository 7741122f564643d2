using System.Security.Cryptography;
using System.Text;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What became of an import: the rows written, or the Chinese reason nothing was.</summary>
public sealed record PenaltyMatterImportResult(int Added, int Changed, int Unchanged, int Errors, string? Refusal, PenaltyMatterImportPreview? Preview)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>
/// 批量导入行政处罚事项: reads the uploaded CSV or the pasted table, shows what each row would do (<see cref="PreviewAsync"/>)
/// and, on confirmation, classifies the same text again against the catalogue as it is then and writes every valid row in
/// one save (<see cref="ImportAsync"/>). The preview page holds only the text itself; nothing it shows is trusted.
/// </summary>
public sealed class PenaltyMatterImports(AppDbContext db, IDocumentTextCoverage coverage)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string NotTextMessage = "文件不是UTF-8编码的表格文本。请在表格软件中“另存为 CSV UTF-8（逗号分隔）”后上传，或直接复制表格粘贴到文本框中。";

    /// <summary>The text of the upload (checked by content: UTF-8 text, no binary, within the size) or of the pasted table.</summary>
    public static async Task<(string? Text, string? Refusal)> ReadAsync(IFormFile? file, string? pasted, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > PenaltyMatterImport.MaxBytes)
            {
                return (null, $"文件不能超过{PenaltyMatterImport.MaxBytes / 1024 / 1024}MB。");
            }

            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (DecoderFallbackException)
            {
                return (null, NotTextMessage);
            }

            return text.Any(c => c == '\0' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
                ? (null, NotTextMessage)
                : (text, null);
        }

        if (!string.IsNullOrWhiteSpace(pasted))
        {
            return Encoding.UTF8.GetByteCount(pasted) > PenaltyMatterImport.MaxBytes
                ? (null, $"粘贴的内容不能超过{PenaltyMatterImport.MaxBytes / 1024 / 1024}MB。")
                : (pasted, null);
        }

        return (null, "请选择CSV文件，或粘贴表格内容（第一行为表头）。");
    }

    /// <summary>What each row would do; the refusal when the text is not a table of the catalogue's layout.</summary>
    public async Task<(PenaltyMatterImportPreview? Preview, string? Refusal)> PreviewAsync(string text, CancellationToken cancellationToken)
    {
        var catalogue = await db.PenaltyMatters.AsNoTracking().ToListAsync(cancellationToken);
        try
        {
            return (Preview(text, catalogue), null);
        }
        catch (DomainException ex)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>
    /// Writes every valid row in one save: new matters are added (a row without 编号 takes the next number), changed ones
    /// corrected. Refused as a whole when the catalogue changed since the preview (<paramref name="fingerprint"/>).
    /// </summary>
    public async Task<PenaltyMatterImportResult> ImportAsync(string? text, string? fingerprint, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(0, 0, 0, 0, "导入内容为空，请重新上传。", null);
        }

        var catalogue = await db.PenaltyMatters.ToListAsync(cancellationToken);
        PenaltyMatterImportPreview preview;
        try
        {
            preview = Preview(text, catalogue);
        }
        catch (DomainException ex)
        {
            return new(0, 0, 0, 0, ex.Message, null);
        }

        if (!string.Equals(preview.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new(0, 0, 0, 0, "预览之后目录已有变动，请核对下面重新生成的预览后再确认导入。", preview);
        }

        var next = PenaltyMatterImport.NextSequence(catalogue, preview.Rows);
        var byId = catalogue.ToDictionary(m => m.Id);
        try
        {
            foreach (var row in preview.Rows)
            {
                var f = row.Fields!;
                if (row.Kind == ImportRowKind.New)
                {
                    db.PenaltyMatters.Add(PenaltyMatter.Add(f.Sequence ?? next++, f.Name, f.ImplementingAuthority, f.LegalBasis, f.Remarks, f.Departments, f.FineRange, f.Keywords));
                }
                else if (row.Kind == ImportRowKind.Changed)
                {
                    var matter = byId[row.ExistingId!.Value];
                    matter.Revise(f.Name, f.ImplementingAuthority, f.LegalBasis, f.Remarks);
                    matter.Classify(f.Departments, f.FineRange, f.Keywords);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DomainException or DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new(0, 0, 0, 0, ex is DomainException ? ex.Message : "导入未能保存（可能与他人同时修改了目录），未写入任何事项，请重新预览。", preview);
        }

        return new(preview.Count(ImportRowKind.New), preview.Count(ImportRowKind.Changed), preview.Count(ImportRowKind.Unchanged), preview.Count(ImportRowKind.Error), null, preview);
    }

    private PenaltyMatterImportPreview Preview(string text, IReadOnlyCollection<PenaltyMatter> catalogue)
    {
        var rows = PenaltyMatterImport.Classify(text, catalogue, coverage.Undrawable);
        return new PenaltyMatterImportPreview(text, rows, Fingerprint(rows, catalogue));
    }

    /// <summary>What the confirmation must find again: each row's outcome and the catalogue it was classified against.</summary>
    private static string Fingerprint(IReadOnlyList<ImportRow> rows, IReadOnlyCollection<PenaltyMatter> catalogue)
    {
        var material = new StringBuilder();
        foreach (var row in rows)
        {
            material.Append(row.Line).Append(':').Append((int)row.Kind).Append(':').Append(row.ExistingId).Append('\n');
        }

        foreach (var matter in catalogue.OrderBy(m => m.Id))
        {
            material.Append(matter.Id).Append('|').Append(matter.Sequence).Append('|').Append(matter.Name).Append('|').Append(matter.LegalBasis)
                .Append('|').Append(string.Join(",", matter.Departments)).Append('|').Append(matter.RetiredOn).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material.ToString())));
    }
}
