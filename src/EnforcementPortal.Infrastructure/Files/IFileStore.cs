namespace EnforcementPortal.Infrastructure.Files;

/// <summary>Where evidence and issued documents are kept. Keys are opaque; names never come from user input.</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
