using System.Security.Cryptography;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Documents;

/// <summary>
/// A document as it was issued: its bytes are kept in the file store under <see cref="StorageKey"/> with their SHA-256,
/// so a download, the archive and the public verification all refer to exactly what was served. Never changed.
/// </summary>
public sealed class IssuedDocument
{
    public const int TitleMaxLength = 64;
    public const int NumberMaxLength = 64;
    public const int NameMaxLength = 64;
    public const int CodeLength = 9;
    public const int HashLength = 64;
    public const int StorageKeyMaxLength = 200;
    public const int ChangeReasonMaxLength = 500;

    private IssuedDocument()
    {
        Title = string.Empty;
        IssuedByName = string.Empty;
        VerificationCode = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
    }

    public IssuedDocument(Guid id, Guid caseId, EnforcementDocumentKind kind, Guid? subjectId, string title, string? documentNumber, DateTime issuedAt, Actor issuedBy, DepartmentCode department, string verificationCode, string sha256, string storageKey, long length, DateOnly documentDate)
    {
        ArgumentNullException.ThrowIfNull(issuedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        if (VerificationCodes.Normalize(verificationCode) != verificationCode)
        {
            throw new ArgumentException("Not a verification code.", nameof(verificationCode));
        }

        Id = id;
        CaseId = caseId;
        Kind = kind;
        SubjectId = subjectId;
        Title = title;
        DocumentNumber = documentNumber;
        IssuedAt = issuedAt;
        IssuedById = issuedBy.UserId;
        IssuedByName = issuedBy.Name;
        Department = department;
        VerificationCode = verificationCode;
        Sha256 = sha256;
        StorageKey = storageKey;
        Length = length;
        DocumentDate = documentDate;
        Edition = 1;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public EnforcementDocumentKind Kind { get; private set; }

    /// <summary>The notice, interview or transfer the document belongs to; null for documents of the whole case.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The title as printed, e.g. 建设工程安全隐患整改通知书.</summary>
    public string Title { get; private set; }

    /// <summary>文号, when the document has one.</summary>
    public string? DocumentNumber { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public Guid IssuedById { get; private set; }

    /// <summary>Staff only; never shown on the public verification page.</summary>
    public string IssuedByName { get; private set; }

    public DepartmentCode Department { get; private set; }

    /// <summary>The public verification code, e.g. K7QM-3XTP.</summary>
    public string VerificationCode { get; private set; }

    /// <summary>SHA-256 of the stored PDF, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public long Length { get; private set; }

    /// <summary>The date printed on the document (出具日期): the day of the act it records, not the day it was produced.</summary>
    public DateOnly DocumentDate { get; private set; }

    /// <summary>The edition of a document that is made anew when the record changes (the 案卷): 1, 2, 3 …</summary>
    public int Edition { get; private set; }

    /// <summary>The timeline entry that noted this issuance; later entries mean the record changed since.</summary>
    public int TimelineSequence { get; private set; }

    /// <summary>Why this edition replaced the previous one (what changed in the record); null for the first.</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>Marks the document as a later edition of an earlier one, with the reason.</summary>
    public void MarkAsEdition(int edition, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(edition, 2);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Edition = edition;
        ChangeReason = reason.Length > ChangeReasonMaxLength ? reason[..(ChangeReasonMaxLength - 1)] + "…" : reason;
    }

    /// <summary>Records which timeline entry noted the issuance.</summary>
    public void NotedAt(int timelineSequence) => TimelineSequence = timelineSequence;

    public bool Matches(ReadOnlySpan<byte> pdf) =>
        string.Equals(Convert.ToHexStringLower(SHA256.HashData(pdf)), Sha256, StringComparison.Ordinal);
}

/// <summary>
/// Verification codes: 8 random characters from an alphabet without look-alikes (no 0/O, 1/I), shown as XXXX-XXXX:
/// 40 bits, too many to guess, short enough to type from paper.
/// </summary>
public static class VerificationCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string NewCode()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return string.Concat(chars[..4], "-", chars[4..]);
    }

    /// <summary>The canonical form of what a reader typed (case, spaces and dashes ignored), or null if it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 20)
        {
            return null;
        }

        var chars = input.Where(ch => ch is not ('-' or ' ' or '－')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == 8 && chars.All(ch => Alphabet.Contains(ch, StringComparison.Ordinal))
            ? string.Concat(new string(chars, 0, 4), "-", new string(chars, 4, 4))
            : null;
    }
}
