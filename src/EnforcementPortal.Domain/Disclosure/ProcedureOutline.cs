using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Disclosure;

/// <summary>One way out of a step of the procedure: what is done, where it leads, and on which condition.</summary>
public sealed record ProcedureTransition(CaseAction Action, string ActionName, CaseState To, string ToName, IReadOnlyList<string> Conditions)
{
    /// <summary>A step done within the stage (约谈时同步下发整改通知书) that does not move the case on.</summary>
    public bool IsWithinStep { get; init; }
}

/// <summary>One step (state) of the procedure and the ways out of it.</summary>
public sealed record ProcedureStep(CaseState State, string Name, IReadOnlyList<ProcedureTransition> Transitions)
{
    public bool IsFinal => Transitions.Count == 0;
}

/// <summary>
/// 办理流程 for the public service guide, read from the department's lifecycle machine itself (not copied into a
/// view), so the published procedure cannot drift from what the system enforces. Rendered as an ordered list (no script,
/// prints, reads on a phone) and drawn above it as a flowchart by the Web's <c>ProcedureDiagram</c>.
/// </summary>
public static class ProcedureOutline
{
    public static IReadOnlyList<ProcedureStep> For(DepartmentCode department)
    {
        var machine = CaseLifecycle.BuildForReading(department);
        var info = machine.GetInfo();
        var steps = new List<ProcedureStep>();
        foreach (var stateInfo in info.States.Where(s => !CaseLifecycle.IsStage((CaseState)s.UnderlyingState)).OrderBy(s => Position(CaseLifecycle.ProcedureOrder, (CaseState)s.UnderlyingState)))
        {
            var from = (CaseState)stateInfo.UnderlyingState;
            var transitions = stateInfo.FixedTransitions
                .Where(t => t.DestinationState is not null)
                .Select(t => new
                {
                    Action = (CaseAction)t.Trigger.UnderlyingTrigger,
                    To = (CaseState)t.DestinationState.UnderlyingState,
                    Conditions = (IReadOnlyList<string>)[.. t.GuardConditionsMethodDescriptions.Select(g => g.Description).Where(d => !string.IsNullOrWhiteSpace(d))],
                })
                .OrderBy(t => Position(CaseLifecycle.StepOrder, t.Action)).ThenBy(t => Position(CaseLifecycle.ProcedureOrder, t.To))
                .Select(t => new ProcedureTransition(t.Action, CaseNames.Of(t.Action), t.To, CaseNames.Of(t.To), t.Conditions) { IsWithinStep = t.To == from })
                .ToList();
            steps.Add(new ProcedureStep(from, CaseNames.Of(from), transitions));
        }

        return steps;
    }

    /// <summary>Where an item comes in an explicit order; one missing from it comes last (and a test fails).</summary>
    private static int Position<T>(IReadOnlyList<T> order, T item)
    {
        for (var index = 0; index < order.Count; index++)
        {
            if (EqualityComparer<T>.Default.Equals(order[index], item))
            {
                return index;
            }
        }

        return int.MaxValue;
    }
}
