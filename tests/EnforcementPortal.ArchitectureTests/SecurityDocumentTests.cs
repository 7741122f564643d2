using System.Text.RegularExpressions;

namespace EnforcementPortal.ArchitectureTests;

/// <summary>
/// docs/security.md's assessment table names, in its "proved by" column, the tests that prove each 等保 2.0 / ASVS row
/// (<c>Class</c> or <c>Class.Method</c>). This test reads the table and the test sources under tests/ and fails when a
/// named class declares no test or a named method is not a test of that class, so the table cannot rot when a test is
/// renamed or removed.
/// </summary>
public sealed partial class SecurityDocumentTests
{
    [Fact]
    public void EveryTestNamedInTheAssessmentTableExists()
    {
        var table = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "security.md"));
        var names = NamedTests(table);
        var sources = RepositoryFiles.CSharpFilesUnder("tests").Select(File.ReadAllText).ToList();

        names.Count.ShouldBeGreaterThan(20, "the assessment table (column \"proved by\") was not found in docs/security.md");
        Missing(names, sources).ShouldBeEmpty("docs/security.md names tests that do not exist (rename the row or write the test)");
    }

    [Fact]
    public void AMissingTestIsReported()
    {
        const string table = """
            | area | what | proved by |
            |---|---|---|
            | x | y | `Present`, `Present.Works`, `Present.Gone`, `Absent`, UnitTests `Present`; figures: `docs/benchmarks.md` |
            """;
        const string source = """
            public sealed class Present
            {
                [Fact]
                public void Works() { }

                public void Gone() { }
            }
            """;

        var names = NamedTests(table);

        names.ShouldBe(["Present", "Present.Works", "Present.Gone", "Absent", "Present"]);
        Missing(names, [source]).ShouldBe(["Present.Gone", "Absent"]);
    }

    /// <summary>The backticked names in the "proved by" column of the table (paths such as docs/benchmarks.md are not tests).</summary>
    internal static List<string> NamedTests(string markdown)
    {
        var names = new List<string>();
        var column = -1;
        foreach (var line in markdown.Split('\n').Select(l => l.Trim()))
        {
            if (!line.StartsWith('|'))
            {
                column = -1;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            var header = cells.FindIndex(c => c.Equals("proved by", StringComparison.OrdinalIgnoreCase));
            if (header >= 0)
            {
                column = header;
                continue;
            }

            if (column < 0 || column >= cells.Count || cells[column].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            names.AddRange(Backticked().Matches(cells[column]).Select(m => m.Groups[1].Value).Where(n => TestName().IsMatch(n)));
        }

        return names;
    }

    /// <summary>The names without a test: a class with no [Fact]/[Theory], or a method that is not a test of its class.</summary>
    internal static List<string> Missing(IEnumerable<string> names, IReadOnlyList<string> sources) =>
        [.. names.Distinct().Where(name =>
        {
            var parts = name.Split('.');
            var declaring = sources.Where(s => Regex.IsMatch(s, $@"\bclass\s+{parts[0]}\b")).ToList();
            return parts.Length == 1
                ? !declaring.Any(s => TestAttribute().IsMatch(s))
                : !declaring.Any(s => Regex.IsMatch(s, $@"\[(Fact|Theory)\b[^\]]*\]\s*(\[[^\]]*\]\s*)*public\s+(async\s+)?(Task|ValueTask|void)\s+{parts[1]}\s*\("));
        })];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9_]*(\.[A-Z][A-Za-z0-9_]*)?$")]
    private static partial Regex TestName();

    [GeneratedRegex(@"\[(Fact|Theory)\b")]
    private static partial Regex TestAttribute();
}
