using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Staff;

/// <summary>岗前培训 / 在岗培训 (建法〔2025〕40号 (六)). Stored values are explicit and stable.</summary>
public enum TrainingKind
{
    /// <summary>岗前培训.</summary>
    PreService = 0,

    /// <summary>在岗培训.</summary>
    InService = 1,
}

/// <summary>One training an officer took: kind, subject, day and hours, under the department they belonged to then.</summary>
public sealed class TrainingRecord
{
    public const int SubjectMaxLength = 100;
    public const decimal MaxHours = 200m;

    private TrainingRecord()
    {
        Subject = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OfficerId { get; private set; }

    /// <summary>The officer's department when the training was recorded (the yearly summary counts it there).</summary>
    public DepartmentCode? Department { get; private set; }

    public TrainingKind Kind { get; private set; }

    public string Subject { get; private set; }

    public DateOnly TakenOn { get; private set; }

    /// <summary>学时, in half hours at the finest.</summary>
    public decimal Hours { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static string KindLabel(TrainingKind kind) => kind switch
    {
        TrainingKind.PreService => "岗前培训",
        TrainingKind.InService => "在岗培训",
        _ => kind.ToString(),
    };

    public static TrainingRecord Record(Guid officerId, DepartmentCode? department, TrainingKind kind, string? subject, DateOnly takenOn, decimal hours, DateOnly today, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择培训类别（岗前培训或在岗培训）。");
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new DomainException("请填写培训内容。");
        }

        if (subject.Trim().Length > SubjectMaxLength)
        {
            throw new DomainException($"培训内容不能超过{SubjectMaxLength}字。");
        }

        if (takenOn > today)
        {
            throw new DomainException("培训日期不能晚于今天。");
        }

        if (hours <= 0 || hours > MaxHours || decimal.Remainder(hours * 2, 1) != 0)
        {
            throw new DomainException($"学时应大于0、不超过{MaxHours:0}，以0.5学时为单位。");
        }

        return new TrainingRecord
        {
            Id = Guid.NewGuid(),
            OfficerId = officerId,
            Department = department,
            Kind = kind,
            Subject = subject.Trim(),
            TakenOn = takenOn,
            Hours = hours,
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
            RecordedAt = at,
        };
    }
}

/// <summary>A department's training in one year, computed from the records.</summary>
public sealed record TrainingSummaryRow(
    DepartmentCode? Department,
    int Officers,
    int OfficersTrained,
    int OfficersWithoutInService,
    decimal PreServiceHours,
    decimal InServiceHours)
{
    public decimal TotalHours => PreServiceHours + InServiceHours;

    /// <summary>Hours per officer of the department (rounded to one decimal), 0 without officers.</summary>
    public decimal HoursPerOfficer => Officers == 0 ? 0 : Math.Round(TotalHours / Officers, 1, MidpointRounding.AwayFromZero);
}

/// <summary>An officer as the summary counts them: who, and in which department today.</summary>
public sealed record TrainedOfficer(Guid Id, DepartmentCode? Department);

public static class TrainingSummary
{
    /// <summary>
    /// One row per department of <paramref name="officers"/> (the department's active certified staff today) and per
    /// department of a record: hours of the year's records by kind, officers with any record, and officers with no
    /// 在岗培训 in the year. A record counts under the department it was recorded in.
    /// </summary>
    public static IReadOnlyList<TrainingSummaryRow> Of(int year, IReadOnlyCollection<TrainedOfficer> officers, IEnumerable<TrainingRecord> records)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var ofYear = records.Where(r => r.TakenOn.Year == year).ToList();
        var departments = officers.Select(o => o.Department).Concat(ofYear.Select(r => r.Department)).Distinct()
            .OrderBy(d => d ?? (DepartmentCode)int.MaxValue);
        return [.. departments.Select(department =>
        {
            var staff = officers.Where(o => o.Department == department).Select(o => o.Id).ToHashSet();
            var rows = ofYear.Where(r => r.Department == department).ToList();
            var inService = rows.Where(r => r.Kind == TrainingKind.InService).Select(r => r.OfficerId).ToHashSet();
            return new TrainingSummaryRow(
                department,
                staff.Count,
                rows.Select(r => r.OfficerId).Where(staff.Contains).Distinct().Count(),
                staff.Count(id => !inService.Contains(id)),
                rows.Where(r => r.Kind == TrainingKind.PreService).Sum(r => r.Hours),
                rows.Where(r => r.Kind == TrainingKind.InService).Sum(r => r.Hours));
        })];
    }
}
