using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.Domain.Documents;

/// <summary>The department's public contact as printed on documents (from the Departments table).</summary>
public sealed record DocumentContact(string Phone, string Office);

/// <summary>A penalty matter (行政处罚事项) cited by a transfer, with its legal basis.</summary>
public sealed record CitedPenaltyMatter(string Name, string LegalBasis);

/// <summary>
/// Everything a case's documents are composed from: the case with its parts, the responsible party, the department's
/// contact and the penalty matters the transfers cite. Plain data; no database access.
/// </summary>
public sealed record CaseDocumentSource(
    EnforcementCase Case,
    ResponsibleParty Party,
    DocumentContact Contact,
    IReadOnlyList<CitedPenaltyMatter> PenaltyMatters,
    IReadOnlyList<Supervision.SupervisionLetter>? SupervisionLetters = null);

/// <summary>
/// What makes one issuance unique: its verification code and the public URL that verifies it, the day it is produced,
/// and the 文号 allocated to it (for the kinds numbered at issuance: 检查通知书, 约谈通知书, 移交单).
/// </summary>
public sealed record DocumentIssue(string VerificationCode, string VerificationUrl, DateOnly IssuedOn, DocumentNumber? Number = null, InvitationPrint? Invitation = null);

/// <summary>
/// The enterprise's invitation code as printed on its first 整改通知书 (formatted XXXX-XXXX-XXXX), the activation page, the QR
/// code's payload (the page with the credit code and code filled in) and when it expires. Only the issuing request knows the code; the store keeps its hash.
/// </summary>
public sealed record InvitationPrint(string Code, string ActivationUrl, string QrUrl, DateTime ExpiresAt);

/// <summary>Which document of a case: the kind and, for documents of one step, the notice, interview or transfer.</summary>
public sealed record DocumentRequest(EnforcementDocumentKind Kind, Guid? SubjectId = null);

/// <summary>A document that is available for a case now, as listed on the case page.</summary>
public sealed record AvailableDocument(EnforcementDocumentKind Kind, Guid? SubjectId, string Title, string? DocumentNumber, string Description);
