using System.Security.Cryptography;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Infrastructure.Maintenance;

/// <summary>What a backup holds.</summary>
public sealed record BackupResult(string DatabasePath, string FilesRoot, int FilesCopied, int EvidenceChecked);

/// <summary>
/// A consistent backup of a SQLite installation: the database through SQLite's online backup API (consistent while the
/// portal keeps running, WAL included), then the file store. Files are copied after the database, so every file a
/// row of the copy refers to exists already (the portal writes a file before the row that refers to it and never
/// changes a file a saved row refers to). The copy is then checked: every evidence row's file is there with its SHA-256.
/// SQL Server and PostgreSQL are backed up with their own tools (docs/operations.md, "Backups").
/// </summary>
public sealed class SqliteBackup(AppDbContext db, IOptions<FileStoreOptions> fileStore)
{
    public const string DatabaseFileName = "enforcement.db";
    public const string FilesFolderName = "files";

    public async Task<BackupResult> CreateAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (db is not SqliteAppDbContext)
        {
            throw new InvalidOperationException("The backup command covers SQLite. Back up SQL Server and PostgreSQL with the database's own tools (docs/operations.md, Backups).");
        }

        directory = Path.GetFullPath(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidOperationException($"The backup folder {directory} is not empty.");
        }

        Directory.CreateDirectory(directory);
        var databasePath = Path.Combine(directory, DatabaseFileName);
        await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        var filesRoot = Path.Combine(directory, FilesFolderName);
        var copied = CopyTree(fileStore.Value.Root, filesRoot, cancellationToken);
        var checkedEvidence = await VerifyAsync(databasePath, filesRoot, cancellationToken);
        return new BackupResult(databasePath, filesRoot, copied, checkedEvidence);
    }

    /// <summary>Every evidence row of a backed-up database has its file, with the SHA-256 the row holds.</summary>
    public static async Task<int> VerifyAsync(string databasePath, string filesRoot, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"StorageKey\", \"Sha256\" FROM \"CaseEvidence\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (key, expected) = (reader.GetString(0), reader.GetString(1));
            var path = Path.Combine(filesRoot, key.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The backup lacks the evidence file {key}.");
            }

            await using var file = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The evidence file {key} of the backup does not match its SHA-256.");
            }

            count++;
        }

        return count;
    }

    private static int CopyTree(string from, string to, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return 0;
        }

        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied++;
        }

        return copied;
    }
}
