using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>
/// 年度统计数据公示: a department's year as published, with the figures frozen at publication. Publications are never
/// changed: a correction is a new publication (the next version) that carries a note the public sees.
/// </summary>
public sealed class StatisticsPublication
{
    public const int CorrectionNoteMaxLength = 500;
    public const int ActorNameMaxLength = 64;

    private StatisticsPublication()
    {
        PublishedByName = string.Empty;
        Figures = new StatisticsSnapshot();
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 for the first publication of the year, 2 for its first correction …</summary>
    public int Version { get; private set; }

    public DateTime PublishedAt { get; private set; }

    public Guid PublishedById { get; private set; }

    public string PublishedByName { get; private set; }

    /// <summary>统计截止日 of the frozen figures.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>
    /// The frozen figures with their names, units and definitions. The snapshot is immutable; how it is stored (one JSON
    /// column) is the persistence layer's business.
    /// </summary>
    public StatisticsSnapshot Figures { get; private set; }

    /// <summary>更正说明: why this version replaces the previous one; null for the first publication.</summary>
    public string? CorrectionNote { get; private set; }

    public bool IsCorrection => Version > 1;

    /// <summary>
    /// Publishes <paramref name="snapshot"/> as the next version after <paramref name="latestVersion"/> (null when the year
    /// was never published). A year can be published only after it has ended; a correction must say what it corrects.
    /// </summary>
    public static StatisticsPublication Publish(StatisticsSnapshot snapshot, int? latestVersion, string? correctionNote, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(actor);
        Require(snapshot.Year < at.Year, $"{snapshot.Year}年度尚未结束，不能发布年度统计数据。");
        Require(snapshot.AsOf <= DateOnly.FromDateTime(at), "统计截止日不能晚于发布日期。");
        var note = string.IsNullOrWhiteSpace(correctionNote) ? null : correctionNote.Trim();
        if (latestVersion is not null)
        {
            Require(note is not null, "该年度已发布，重新发布即为更正，请填写更正说明。");
        }
        else
        {
            Require(note is null, "首次发布无需填写更正说明。");
        }

        Require(note is null || note.Length <= CorrectionNoteMaxLength, $"更正说明不能超过{CorrectionNoteMaxLength}个字。");
        return new StatisticsPublication
        {
            Id = Guid.NewGuid(),
            Department = snapshot.Department,
            Year = snapshot.Year,
            Version = (latestVersion ?? 0) + 1,
            PublishedAt = at,
            PublishedById = actor.UserId,
            PublishedByName = actor.Name.Length > ActorNameMaxLength ? actor.Name[..ActorNameMaxLength] : actor.Name,
            AsOf = snapshot.AsOf,
            Figures = snapshot,
            CorrectionNote = note,
        };
    }

    /// <summary>The frozen figures.</summary>
    public StatisticsSnapshot ReadSnapshot() => Figures;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}
