using System.Reflection;
using EnforcementPortal.Web;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.ArchitectureTests;

/// <summary>
/// Controllers stay thin (docs/architecture.md, "How a request flows"): at most <see cref="MaxLines"/> lines of source and
/// at most <see cref="MaxDependencies"/> constructor dependencies. A controller that grows past either hands its rules to
/// a named service (StaffAccounts, CaseSteps, CalendarPages …) instead. There are no exceptions.
/// </summary>
public sealed class ControllerSize
{
    public const int MaxLines = 150;

    public const int MaxDependencies = 5;

    private static readonly Type[] Controllers = [.. typeof(PortalSetup).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void EveryControllerHasAtMostFiveConstructorDependencies()
    {
        var crowded = Controllers.Where(t => DependenciesOf(t) > MaxDependencies).Select(t => $"{t.Name}: {DependenciesOf(t)} dependencies");

        crowded.ShouldBeEmpty($"Controllers take at most {MaxDependencies} dependencies; move the rules of these into a named service");
    }

    [Fact]
    public void EveryControllerIsAtMostOneHundredAndFiftyLines()
    {
        var sources = RepositoryFiles.CSharpFilesUnder(Path.Combine("src", "EnforcementPortal.Web")).ToList();
        var files = Controllers.ToDictionary(t => t, t => SourceFilesOf(t, sources));

        files.Where(f => f.Value.Count == 0).Select(f => f.Key.Name).ShouldBeEmpty("No source file named after these controllers was found");
        var tooLong = files.Select(f => (f.Key.Name, Lines: f.Value.Sum(path => File.ReadAllLines(path).Length)))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.Name}: {f.Lines} lines");
        tooLong.ShouldBeEmpty($"Controllers are at most {MaxLines} lines; move the rules of these into a named service");
    }

    [Fact]
    public void EveryControllerIsChecked() =>
        Controllers.Select(t => t.Name).ShouldContain(nameof(Web.Controllers.AdminUsersController));

    [Fact]
    public void TheDependencyCountSeesACrowdedController() =>
        DependenciesOf(typeof(CrowdedController)).ShouldBe(MaxDependencies + 1);

    /// <summary>The most parameters any public constructor takes (the one DI chooses is the longest it can satisfy).</summary>
    private static int DependenciesOf(Type controller) =>
        controller.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Select(c => c.GetParameters().Length).DefaultIfEmpty(0).Max();

    /// <summary>The controller's file, <c>Name.cs</c>, and any partial parts <c>Name.*.cs</c>.</summary>
    private static List<string> SourceFilesOf(Type controller, List<string> sources) =>
        [.. sources.Where(path =>
        {
            var file = Path.GetFileName(path);
            return file == controller.Name + ".cs" || file.StartsWith(controller.Name + ".", StringComparison.Ordinal);
        })];
}

/// <summary>A controller with one dependency too many, to prove the count can fail.</summary>
internal sealed class CrowdedController(IServiceProvider a, IServiceProvider b, IServiceProvider c, IServiceProvider d, IServiceProvider e, IServiceProvider f) : Controller
{
    public IActionResult Index() => Ok(new object[] { a, b, c, d, e, f }.Length);
}
