using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Calendar;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>Names of the calendar's day kinds and weekdays as the pages show them.</summary>
public static class CalendarNames
{
    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "法定节假日",
        CalendarDayKind.MakeUpWorkday => "调休上班",
        _ => kind.ToString(),
    };

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}

/// <summary>添加日期: a holiday or a make-up working day of the arrangement.</summary>
public sealed class CalendarDayForm
{
    [Display(Name = "日期")]
    public DateOnly? Date { get; set; }

    [Display(Name = "类型")]
    public CalendarDayKind Kind { get; set; } = CalendarDayKind.Holiday;

    [Display(Name = "说明")]
    public string? Note { get; set; }
}

/// <summary>修改日期: the date is the day's identity and does not change; delete and add to move it.</summary>
public sealed class CalendarDayChangeForm
{
    [Display(Name = "类型")]
    public CalendarDayKind Kind { get; set; }

    [Display(Name = "说明")]
    public string? Note { get; set; }
}

public sealed class CalendarDayFormValidator : AbstractValidator<CalendarDayForm>
{
    public CalendarDayFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("请填写日期。");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择类型。");
        RuleFor(f => f.Note).MaximumLength(CalendarDay.NoteMaxLength).WithMessage($"说明不能超过{CalendarDay.NoteMaxLength}字。");
    }
}

public sealed class CalendarDayChangeFormValidator : AbstractValidator<CalendarDayChangeForm>
{
    public CalendarDayChangeFormValidator()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择类型。");
        RuleFor(f => f.Note).MaximumLength(CalendarDay.NoteMaxLength).WithMessage($"说明不能超过{CalendarDay.NoteMaxLength}字。");
    }
}

public sealed record CalendarDayRow(int Id, DateOnly Date, CalendarDayKind Kind, string Note);

public sealed record CalendarMonth(int Month, IReadOnlyList<CalendarDayRow> Days);

/// <summary>The year's arrangement, the years the deadlines can rely on, and the form to add a day.</summary>
public sealed record CalendarPage(
    int Year,
    IReadOnlyList<int> YearChoices,
    IReadOnlyList<int> CoveredYears,
    IReadOnlyList<CalendarMonth> Months,
    CalendarDayForm Form)
{
    public int HolidayCount => Months.Sum(m => m.Days.Count(d => d.Kind == CalendarDayKind.Holiday));

    public int MakeUpWorkdayCount => Months.Sum(m => m.Days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday));

    public bool IsCovered => CoveredYears.Contains(Year);
}

public sealed record CalendarDayEditPage(int Id, DateOnly Date, CalendarDayChangeForm Form);
