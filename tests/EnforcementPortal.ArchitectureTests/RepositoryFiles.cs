namespace EnforcementPortal.ArchitectureTests;

/// <summary>The repository's source tree, found above the test binaries (the tests read sources and docs, and write nothing).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The C# files under <paramref name="relativeDirectory"/>, without build output.</summary>
    public static IEnumerable<string> CSharpFilesUnder(string relativeDirectory) =>
        Directory.EnumerateFiles(Path.Combine(Root, relativeDirectory), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EnforcementPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EnforcementPortal.sln not found above the test binaries.");
    }
}
