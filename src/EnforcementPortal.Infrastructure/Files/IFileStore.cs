namespace EnforcementPortal.Infrastructure.Files;

/// <summary>Where evidence and issued documents are kept. Keys are opaque; names never come from user input.</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// The stored file's length and last write time, or null when the file is missing or the store cannot tell — then a
    /// caller that wants to know whether the bytes changed reads them again.
    /// </summary>
    FileStamp? Stamp(string key) => null;
}

/// <summary>What a file store can say about a file without reading it: any write changes one of the two.</summary>
public sealed record FileStamp(long Length, DateTime LastWriteUtc);
