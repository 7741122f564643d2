using Microsoft.Extensions.Options;

namespace EnforcementPortal.Infrastructure.Files;

public sealed class FileStoreOptions
{
    public const string Section = "Storage";

    /// <summary>Root folder of the file store; relative paths are resolved against the content root.</summary>
    public string Root { get; set; } = "App_Data/files";
}

/// <summary>Files on a local (or mounted network) disk, in folders by month: 2026/11/&lt;guid&gt;.jpg.</summary>
public sealed class LocalFileStore(IOptions<FileStoreOptions> options) : IFileStore, IFileInventory
{
    private readonly string _root = Path.GetFullPath(options.Value.Root);

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safeExtension = new string(extension.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        var now = DateTime.UtcNow;
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{safeExtension}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public IEnumerable<StoredFileInfo> Files() =>
        Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                .Select(path => new StoredFileInfo(Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc(path)))
            : [];

    public bool Exists(string key) => File.Exists(PathOf(key));

    public FileStamp? Stamp(string key)
    {
        var file = new FileInfo(PathOf(key));
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc) : null;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }

        return path;
    }
}
