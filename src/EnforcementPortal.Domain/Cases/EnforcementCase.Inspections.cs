namespace EnforcementPortal.Domain.Cases;

/// <summary>The annual-plan side of a case (住建部 建法〔2025〕40号 (八)).</summary>
public sealed partial class EnforcementCase
{
    /// <summary>The task of the department's annual inspection plan this inspection belongs to; null outside the plan.</summary>
    public Guid? PlanTaskId { get; private set; }
}
