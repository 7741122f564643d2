using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Files;

namespace EnforcementPortal.Web.Services;

/// <summary>What the file store holds for an evidence file, compared with the SHA-256 recorded when it was uploaded.</summary>
public enum StoredFileState
{
    Intact,
    Missing,
    Altered,
}

/// <summary>
/// Checks evidence files against the SHA-256 recorded in their row (and quoted in the timeline): before a file is served,
/// and for every file when a case page verifies the case. A file changed or removed on disk is reported, never served.
/// </summary>
public sealed class EvidenceIntegrity(IFileStore files)
{
    /// <summary>The file's bytes if they still match their recorded hash; otherwise the reason they are not served.</summary>
    public async Task<(StoredFileState State, byte[]? Content)> ReadVerifiedAsync(EvidenceFile evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        await using var stream = await files.OpenReadAsync(evidence.StorageKey, cancellationToken);
        if (stream is null)
        {
            return (StoredFileState.Missing, null);
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), evidence.Sha256, StringComparison.OrdinalIgnoreCase)
            ? (StoredFileState.Intact, content)
            : (StoredFileState.Altered, null);
    }

    /// <summary>Every evidence file of the case whose stored bytes are missing or no longer match.</summary>
    public async Task<IReadOnlyList<(EvidenceFile File, StoredFileState State)>> FindProblemsAsync(EnforcementCase enforcementCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var problems = new List<(EvidenceFile, StoredFileState)>();
        foreach (var evidence in enforcementCase.Evidence)
        {
            await using var stream = await files.OpenReadAsync(evidence.StorageKey, cancellationToken);
            if (stream is null)
            {
                problems.Add((evidence, StoredFileState.Missing));
                continue;
            }

            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(hash, evidence.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add((evidence, StoredFileState.Altered));
            }
        }

        return problems;
    }
}
