using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Web.Controllers;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.ArchitectureTests;

/// <summary>
/// The conventions that let a new step of a case touch few files (docs/architecture.md, "Adding a step"): every step is
/// named on its <see cref="CaseAction"/> member; every step form (<see cref="ICaseStepForm"/>) has its partial
/// <c>Views/Cases/Steps/_{Name}.cshtml</c> whose model is the form, and is posted to one action of
/// <see cref="CaseActionsController"/> under its prefix and an <c>[Authorize]</c>; every partial there belongs to a step
/// form (or is one of the named helpers); every step of an officer is on some form.
/// </summary>
public sealed class StepConventions
{
    /// <summary>Partials under Views/Cases/Steps that are no step form's: 新建检查's, 补充证据, and 批准移交 inside 审批移交申请.</summary>
    private static readonly string[] Helpers = ["_Inspection", "_Evidence", "_ApproveTransfer"];

    /// <summary>The 判定 steps are taken on the 新建检查 page, with the inspection, not by a form on the case page.</summary>
    private static readonly CaseAction[] StepsOfTheInspectionPage = [CaseAction.DetermineNoViolation, CaseAction.DetermineGeneral, CaseAction.DetermineSerious];

    private static readonly string StepsFolder = Path.Combine(RepositoryFiles.Root, "src", "EnforcementPortal.Web", "Views", "Cases", "Steps");

    [Fact]
    public void EveryStepHasItsChineseNameOnItsMember()
    {
        var unnamed = Enum.GetValues<CaseAction>().Where(a => !CaseNames.StepNames.ContainsKey(a)).Select(a => a.ToString());

        unnamed.ShouldBeEmpty("Every CaseAction member carries [StepName(\"…\")] with its Chinese name");
        CaseNames.StepNames.Values.ShouldBeUnique("Two steps may not share a name");
    }

    [Fact]
    public void EveryStepFormHasItsPartialWithTheFormAsModel()
    {
        CaseStepForms.All.ShouldNotBeEmpty();
        var problems = new List<string>();
        foreach (var entry in CaseStepForms.All)
        {
            var path = Path.Combine(StepsFolder, $"_{entry.Partial}.cshtml");
            if (!File.Exists(path))
            {
                problems.Add($"{entry.FormType.Name}: no partial Views/Cases/Steps/_{entry.Partial}.cshtml");
            }
            else if (!File.ReadLines(path).Any(line => line.Trim() == $"@model {entry.FormType.Name}"))
            {
                problems.Add($"{entry.FormType.Name}: _{entry.Partial}.cshtml does not declare @model {entry.FormType.Name}");
            }

            if (((ICaseStepForm)Activator.CreateInstance(entry.FormType)!).Steps.Count == 0)
            {
                problems.Add($"{entry.FormType.Name}: takes no step of the machine");
            }
        }

        problems.ShouldBeEmpty("A step form XForm is shown by Views/Cases/Steps/_X.cshtml (or its PartialName), whose model is the form");
    }

    [Fact]
    public void EveryPartialOfTheStepsFolderBelongsToAStepForm()
    {
        var partials = CaseStepForms.All.Select(e => $"_{e.Partial}").Concat(Helpers).ToHashSet(StringComparer.Ordinal);

        var orphans = Directory.GetFiles(StepsFolder, "_*.cshtml").Select(Path.GetFileNameWithoutExtension).Where(name => !partials.Contains(name!));

        orphans.ShouldBeEmpty("A partial under Views/Cases/Steps without a step form (a class XForm : CaseActionForm, ICaseStepForm) is never shown");
    }

    [Fact]
    public void EveryStepFormIsPostedToOneAuthorizedActionUnderItsPrefix()
    {
        var actions = typeof(CaseActionsController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var problems = new List<string>();
        foreach (var entry in CaseStepForms.All)
        {
            var takers = actions.Where(a => a.GetParameters().Any(p => p.ParameterType == entry.FormType)).ToList();
            if (takers.Count != 1)
            {
                problems.Add($"{entry.FormType.Name}: posted to {takers.Count} actions of CaseActionsController, not one");
                continue;
            }

            var action = takers[0];
            var prefix = action.GetParameters().Single(p => p.ParameterType == entry.FormType).GetCustomAttribute<BindAttribute>()?.Prefix;
            if (prefix != entry.Prefix)
            {
                problems.Add($"{action.Name}: binds {entry.FormType.Name} under the prefix \"{prefix}\", the form's fields are named \"{entry.Prefix}.…\"");
            }

            if (!action.GetCustomAttributes<AuthorizeAttribute>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            {
                problems.Add($"{action.Name}: no [Authorize(Roles = …)] or [Authorize(Policy = …)]");
            }
        }

        problems.ShouldBeEmpty("Each step form is posted to one action that binds it under the form's prefix and says who may take it");
    }

    [Fact]
    public void EveryStepOfAnOfficerIsOnAStepForm()
    {
        var served = CaseStepForms.All.SelectMany(e => ((ICaseStepForm)Activator.CreateInstance(e.FormType)!).Steps).ToHashSet();

        var formless = Enum.GetValues<CaseAction>().Except(StepsOfTheInspectionPage).Where(a => !served.Contains(a)).Select(a => $"{a} ({CaseNames.Of(a)})");

        formless.ShouldBeEmpty("Every step is taken on the case page through a step form (a class XForm : CaseActionForm, ICaseStepForm listing it in Steps)");
    }
}
