using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web;
using Microsoft.AspNetCore.Mvc;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace EnforcementPortal.ArchitectureTests;

/// <summary>
/// The layering of docs/architecture.md, read from the compiled assemblies: the Domain knows nothing of EF Core,
/// ASP.NET Core or the Infrastructure; the Infrastructure nothing of the Web; controllers read with the
/// <see cref="AppDbContext"/> but write only through named services.
/// </summary>
public sealed class Layering
{
    private static readonly Assembly Domain = typeof(EnforcementCase).Assembly;
    private static readonly Assembly Infrastructure = typeof(AppDbContext).Assembly;
    private static readonly Assembly Web = typeof(PortalSetup).Assembly;

    [Fact]
    public void TheDomainReferencesNeitherEfCoreNorAspNetCoreNorTheInfrastructure()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "EnforcementPortal.Infrastructure", "EnforcementPortal.Web")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Failures(result, "depend on EF Core, ASP.NET Core or an outer layer"));
    }

    [Fact]
    public void TheDomainAssemblyReferencesOnlyStatelessBesidesTheRuntime()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");

        references.ShouldBe(["Stateless"]);
    }

    [Fact]
    public void TheInfrastructureReferencesNothingOfTheWeb()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("EnforcementPortal.Web").GetResult();

        result.IsSuccessful.ShouldBeTrue(Failures(result, "depend on the Web project"));
        Infrastructure.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(Web.GetName().Name);
    }

    [Fact]
    public void ControllersDoNotWriteThroughTheDbContext()
    {
        var result = Types.InAssembly(Web).That().Inherit<ControllerBase>().Should()
            .MeetCustomRule(type => DbContextWrites(type).Count == 0)
            .GetResult();

        var details = string.Join(
            "\n",
            (result.FailingTypes ?? []).Select(t => t.FullName + ": " + string.Join(", ", DbContextWrites(Web, t.FullName))));
        result.IsSuccessful.ShouldBeTrue(
            "Controllers read with AppDbContext but write through a named service (e.g. HolidayCalendar, SupplementaryFigures). " +
            "These controllers write themselves:\n" + details);
    }

    [Fact]
    public void TheWriteDetectorSeesAControllerThatSaves() =>
        DbContextWrites(typeof(WritingController).Assembly, typeof(WritingController).FullName!).ShouldContain(c => c.Contains("SaveChangesAsync", StringComparison.Ordinal));

    /// <summary>Calls that write through EF Core: SaveChanges, Add/Remove/Update/Attach on a context or set, transactions, bulk updates.</summary>
    private static readonly string[] WritingMethods =
        ["SaveChanges", "SaveChangesAsync", "Add", "AddAsync", "AddRange", "AddRangeAsync", "Remove", "RemoveRange", "Update", "UpdateRange", "Attach", "AttachRange", "BeginTransaction", "BeginTransactionAsync", "ExecuteDelete", "ExecuteDeleteAsync", "ExecuteUpdate", "ExecuteUpdateAsync"];

    private static List<string> DbContextWrites(Assembly assembly, string fullName)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var type = module.GetType(fullName) ?? throw new InvalidOperationException(fullName + " not found");
        return DbContextWrites(type);
    }

    /// <summary>The writing calls in the type's methods, including its lambdas and async state machines (nested types).</summary>
    private static List<string> DbContextWrites(TypeDefinition type)
    {
        var found = new List<string>();
        foreach (var method in type.Methods.Where(m => m.HasBody))
        {
            foreach (var instruction in method.Body.Instructions.Where(i => i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt))
            {
                if (instruction.Operand is MethodReference called && WritingMethods.Contains(called.Name) && IsEfCore(called.DeclaringType))
                {
                    found.Add($"{called.DeclaringType.Name}.{called.Name}");
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            found.AddRange(DbContextWrites(nested));
        }

        return found;
    }

    private static bool IsEfCore(TypeReference type)
    {
        for (var current = type; current is not null;)
        {
            if (current.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || current.Name is nameof(AppDbContext))
            {
                return true;
            }

            try
            {
                current = current.Resolve()?.BaseType;
            }
            catch (AssemblyResolutionException)
            {
                return false;
            }
        }

        return false;
    }

    private static string Failures(NetArchTest.Rules.TestResult result, string what) =>
        $"These types {what}: {string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName))}";
}

/// <summary>A controller that writes on its own, to prove the detector can fail.</summary>
internal sealed class WritingController(AppDbContext db) : Controller
{
    public async Task<IActionResult> Save()
    {
        await db.SaveChangesAsync();
        return Ok();
    }
}
