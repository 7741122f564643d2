namespace EnforcementPortal.Domain.Cases;

/// <summary>Which step a piece of evidence belongs to.</summary>
public enum EvidenceStep
{
    /// <summary>现场检查.</summary>
    Inspection = 1,

    /// <summary>整改回复.</summary>
    Reply = 2,

    /// <summary>复查.</summary>
    Review = 3,

    /// <summary>约谈.</summary>
    Interview = 4,

    /// <summary>移交.</summary>
    Transfer = 5,
}

/// <summary>A photo, video or document kept as evidence. The bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class EvidenceFile
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 200;
    public const int CaptionMaxLength = 200;

    private EvidenceFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        UploadedByName = string.Empty;
    }

    public EvidenceFile(Guid id, EvidenceStep step, Guid? stepId, int? findingNumber, string fileName, string contentType, long length, string sha256, string storageKey, DateTime uploadedAt, Common.Actor uploadedBy, string? caption)
    {
        Id = id;
        Step = step;
        StepId = stepId;
        FindingNumber = findingNumber;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
        UploadedById = uploadedBy.UserId;
        UploadedByName = uploadedBy.Name;
        Caption = caption;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public EvidenceStep Step { get; private set; }

    public Guid? StepId { get; private set; }

    /// <summary>The finding the evidence shows, when it is about one item.</summary>
    public int? FindingNumber { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public Guid UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    public string? Caption { get; private set; }

    internal void BindToStep(Guid stepId) => StepId = stepId;

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
