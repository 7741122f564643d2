using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Domain.Parties;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>编制/修改年度检查计划: the year and the lines (quarter, kind of party, how many, subject) as the chief types them.</summary>
public sealed class PlanForm
{
    /// <summary>Blank lines offered below the entered ones, so a chief can add lines without script.</summary>
    public const int BlankLines = 3;

    [Display(Name = "计划年度")]
    public int? Year { get; set; }

    /// <summary>The plan's version the chief saw (editing only).</summary>
    public int Version { get; set; }

    public List<PlanLineInput> Lines { get; set; } = [];

    /// <summary>The lines with anything typed in; blank lines are left out.</summary>
    public IReadOnlyList<PlanLineInput> EnteredLines => [.. Lines.Where(l => !l.IsBlank)];

    /// <summary>The entered lines as the domain reads them (call after validation).</summary>
    public IReadOnlyList<PlanTaskDraft> Drafts() =>
        [.. EnteredLines.Select(l => new PlanTaskDraft(l.Quarter ?? 0, l.PartyKind ?? 0, int.Parse(l.Count!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture), l.Subject ?? string.Empty))];

    /// <summary>The form of an existing plan, with blank lines to add to it.</summary>
    public static PlanForm Of(InspectionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var form = new PlanForm
        {
            Year = plan.Year,
            Version = plan.Version,
            Lines = [.. plan.Tasks.Select(t => new PlanLineInput { Quarter = t.Quarter, PartyKind = t.PartyKind, Count = t.Count.ToString(CultureInfo.InvariantCulture), Subject = t.Subject })],
        };
        return form.WithBlankLines();
    }

    /// <summary>Pads the entered lines with <see cref="BlankLines"/> blank ones, entered lines first, so rows are numbered as the domain numbers them.</summary>
    public PlanForm WithBlankLines()
    {
        Lines = [.. EnteredLines, .. Enumerable.Range(0, BlankLines).Select(_ => new PlanLineInput())];
        return this;
    }
}

/// <summary>One line of the plan on the form.</summary>
public sealed class PlanLineInput
{
    [Display(Name = "季度")]
    public int? Quarter { get; set; }

    [Display(Name = "单位类型")]
    public PartyKind? PartyKind { get; set; }

    /// <summary>Text, so that "abc" or "3.5" get a Chinese message rather than a binding error.</summary>
    [Display(Name = "检查家数")]
    public string? Count { get; set; }

    [Display(Name = "检查内容")]
    public string? Subject { get; set; }

    public bool IsBlank => Quarter is null && PartyKind is null && string.IsNullOrWhiteSpace(Count) && string.IsNullOrWhiteSpace(Subject);
}

/// <summary>
/// The plan form's Chinese messages, per line (numbered as the entered lines are): quarter, kind, a count that is a
/// positive whole number, a subject. Duplicated lines, the year range and a year already planned are refused by the
/// domain and the service with the same kind of message.
/// </summary>
public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator()
    {
        RuleFor(f => f.Year).NotNull().WithMessage("请选择计划年度。");
        RuleFor(f => f).Custom((form, context) =>
        {
            var lines = form.EnteredLines;
            if (lines.Count == 0)
            {
                context.AddFailure(nameof(PlanForm.Lines), "年度检查计划至少须有一项检查任务。");
                return;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var row = i + 1;
                var key = $"Lines[{i}]";
                if (line.Quarter is not (>= 1 and <= 4))
                {
                    context.AddFailure($"{key}.Quarter", $"第{row}行：请选择季度（第1至第4季度）。");
                }

                if (line.PartyKind is not { } kind || !Enum.IsDefined(kind))
                {
                    context.AddFailure($"{key}.PartyKind", $"第{row}行：请选择单位类型。");
                }

                var count = line.Count?.Trim();
                if (string.IsNullOrEmpty(count) || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > InspectionPlan.MaxCount)
                {
                    context.AddFailure($"{key}.Count", $"第{row}行：检查家数须为1至{InspectionPlan.MaxCount}之间的正整数。");
                }

                if (string.IsNullOrWhiteSpace(line.Subject))
                {
                    context.AddFailure($"{key}.Subject", $"第{row}行：请填写检查内容。");
                }
                else if (line.Subject.Trim().Length > InspectionPlan.SubjectMaxLength)
                {
                    context.AddFailure($"{key}.Subject", $"第{row}行：检查内容不能超过{InspectionPlan.SubjectMaxLength}字。");
                }
            }
        });
    }
}

/// <summary>The plan form page: the form, the plan being changed (null for a new one) and the years a plan may be drafted for.</summary>
public sealed record PlanEditPage(PlanForm Form, InspectionPlan? Plan, IReadOnlyList<int> Years);
