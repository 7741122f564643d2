using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// A 协查通知单 (委内) or 协查意见书 (委外) issued from a complaint whose outcome is an assist request: its bytes are kept in
/// the file store under <see cref="StorageKey"/> with their SHA-256, its 文号 runs per department and year, its
/// verification code is printed on it. It never carries the complainant's identity. Never changed.
/// </summary>
public sealed class AssistDocument
{
    private AssistDocument()
    {
        Title = string.Empty;
        DocumentNumber = string.Empty;
        AssistingUnit = string.Empty;
        IssuedByName = string.Empty;
        VerificationCode = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
    }

    public AssistDocument(Guid id, Guid complaintId, AssistRequestScope scope, string title, string documentNumber, string assistingUnit, DateTime issuedAt, Actor issuedBy, DepartmentCode department, string verificationCode, string sha256, string storageKey, long length)
    {
        ArgumentNullException.ThrowIfNull(issuedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        Id = id;
        ComplaintId = complaintId;
        Scope = scope;
        Title = title;
        DocumentNumber = documentNumber;
        AssistingUnit = assistingUnit;
        IssuedAt = issuedAt;
        IssuedById = issuedBy.UserId;
        IssuedByName = issuedBy.Name;
        Department = department;
        VerificationCode = verificationCode;
        Sha256 = sha256;
        StorageKey = storageKey;
        Length = length;
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public AssistRequestScope Scope { get; private set; }

    public EnforcementDocumentKind Kind => Scope == AssistRequestScope.Internal ? EnforcementDocumentKind.AssistNotice : EnforcementDocumentKind.AssistOpinion;

    public string Title { get; private set; }

    /// <summary>文号, e.g. 伊建房协〔2026〕3号.</summary>
    public string DocumentNumber { get; private set; }

    public string AssistingUnit { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public Guid IssuedById { get; private set; }

    public string IssuedByName { get; private set; }

    public DepartmentCode Department { get; private set; }

    public string VerificationCode { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public long Length { get; private set; }
}
