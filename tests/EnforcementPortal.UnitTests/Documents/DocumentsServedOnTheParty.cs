using EnforcementPortal.Domain.Documents;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>The enterprise downloads the documents served on it, never the bureau's internal ones (<see cref="PartyDocuments"/>).</summary>
public sealed class DocumentsServedOnTheParty
{
    [Theory]
    [InlineData(EnforcementDocumentKind.InspectionNotice)]
    [InlineData(EnforcementDocumentKind.RectificationNotice)]
    [InlineData(EnforcementDocumentKind.InterviewNotice)]
    [InlineData(EnforcementDocumentKind.ServiceReceipt)]
    public void Notices_and_the_service_receipt_are_served_on_the_party(EnforcementDocumentKind kind) =>
        PartyDocuments.IsServedOnParty(kind).ShouldBeTrue();

    [Theory]
    [InlineData(EnforcementDocumentKind.InspectionRecord)]
    [InlineData(EnforcementDocumentKind.InterviewRecord)]
    [InlineData(EnforcementDocumentKind.TransferForm)]
    [InlineData(EnforcementDocumentKind.ArchiveVolume)]
    [InlineData(EnforcementDocumentKind.LegalReviewOpinion)]
    [InlineData(EnforcementDocumentKind.SupervisionLetter)]
    [InlineData(EnforcementDocumentKind.ConstructionProcedureLetter)]
    [InlineData(EnforcementDocumentKind.AssistNotice)]
    [InlineData(EnforcementDocumentKind.AssistOpinion)]
    public void Internal_documents_are_not(EnforcementDocumentKind kind) =>
        PartyDocuments.IsServedOnParty(kind).ShouldBeFalse();

    [Fact]
    public void A_kind_nobody_classified_is_internal() =>
        PartyDocuments.IsServedOnParty((EnforcementDocumentKind)999).ShouldBeFalse();
}
