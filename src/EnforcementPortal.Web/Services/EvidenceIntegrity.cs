using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Files;
using Microsoft.Extensions.Caching.Memory;

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
/// <remarks>
/// Serving always hashes the bytes it serves. The case page hashes a file again only when the store's stamp of it (length,
/// last write time) differs from the one it had when its bytes last matched, or when that match is older than
/// <c>Security:EvidenceRecheckMinutes</c> (default 15; 0 hashes on every view): a phone photo is a few megabytes and a
/// case holds dozens, so hashing them all on every view of the page cost milliseconds per file. A write through the file
/// system changes the stamp and is reported on the next view; a change that forges the stamp too is reported within the
/// recheck interval, or as soon as someone asks for the file, which is never served.
/// </remarks>
public sealed class EvidenceIntegrity(IFileStore files, EvidenceMatches matches)
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
        if (string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), evidence.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return (StoredFileState.Intact, content);
        }

        matches.Forget(evidence);
        return (StoredFileState.Altered, null);
    }

    /// <summary>Every evidence file of the case whose stored bytes are missing or no longer match.</summary>
    public async Task<IReadOnlyList<(EvidenceFile File, StoredFileState State)>> FindProblemsAsync(EnforcementCase enforcementCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var problems = new List<(EvidenceFile, StoredFileState)>();
        foreach (var evidence in enforcementCase.Evidence)
        {
            var stamp = files.Stamp(evidence.StorageKey);
            if (stamp is not null && matches.StillMatches(evidence, stamp))
            {
                continue;
            }

            await using var stream = await files.OpenReadAsync(evidence.StorageKey, cancellationToken);
            if (stream is null)
            {
                problems.Add((evidence, StoredFileState.Missing));
                continue;
            }

            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(hash, evidence.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                matches.Forget(evidence);
                problems.Add((evidence, StoredFileState.Altered));
            }
            else if (stamp is not null)
            {
                matches.Remember(evidence, stamp);
            }
        }

        return problems;
    }
}

/// <summary>
/// The stamps evidence files had when their bytes last matched their recorded hash, kept for
/// <c>Security:EvidenceRecheckMinutes</c> (see <see cref="EvidenceIntegrity"/>). Process-local: another instance of a
/// scaled-out portal hashes the file itself.
/// </summary>
public sealed class EvidenceMatches(IMemoryCache cache, IConfiguration configuration)
{
    private readonly TimeSpan _recheck = TimeSpan.FromMinutes(configuration.GetValue("Security:EvidenceRecheckMinutes", 15.0));

    public bool StillMatches(EvidenceFile evidence, FileStamp stamp) =>
        _recheck > TimeSpan.Zero && cache.TryGetValue(Key(evidence), out FileStamp? matched) && matched == stamp;

    public void Remember(EvidenceFile evidence, FileStamp stamp)
    {
        if (_recheck > TimeSpan.Zero)
        {
            cache.Set(Key(evidence), stamp, _recheck);
        }
    }

    public void Forget(EvidenceFile evidence) => cache.Remove(Key(evidence));

    // The recorded hash is part of the key: a match holds for those bytes only.
    private static string Key(EvidenceFile evidence) => $"evidence-match:{evidence.StorageKey}:{evidence.Sha256}";
}
