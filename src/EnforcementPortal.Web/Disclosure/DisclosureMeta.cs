using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Infrastructure;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>
/// The 政务公开 metadata block of a published page, as Chinese government disclosure pages show it: 索引号, 发布机构,
/// 发布日期 (or the day a live list is current to), 主题分类 and 名称.
/// </summary>
public sealed record DisclosureMeta(string IndexNumber, string Publisher, string Date, string DateLabel, string Topic, string Title)
{
    public const string Bureau = "伊宁市住房和城乡建设局";

    /// <summary>A department's published year: the publication's own number, date and version.</summary>
    public static DisclosureMeta ForPublication(StatisticsPublication publication, string title, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return new(
            Index(prefix, publication.PublishedAt.Year, $"TJ{(int)publication.Department:00}{publication.Year}{publication.Version:00}"),
            $"{Bureau} {DepartmentPolicy.For(publication.Department).ShortName}",
            Display.LongDate(publication.PublishedAt),
            "发布日期",
            "行政执法公示 / 执法结果 / 统计数据",
            title);
    }

    /// <summary>A page drawn from several publications (汇总, 历年对比): dated by the latest of them.</summary>
    public static DisclosureMeta ForPublications(IReadOnlyList<StatisticsPublication> publications, string code, string title, string publisher, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var latest = publications.MaxBy(p => p.PublishedAt)!;
        return new(Index(prefix, latest.PublishedAt.Year, code), publisher, Display.LongDate(latest.PublishedAt), "发布日期", "行政执法公示 / 执法结果 / 统计数据", title);
    }

    /// <summary>A list kept current from the records (执法人员, 处罚事项): dated by the day it is read.</summary>
    public static DisclosureMeta ForLiveList(string code, string topic, string title, DateOnly today, string? prefix) =>
        new(Index(prefix, today.Year, code), Bureau, Display.LongDate(today), "信息截至", topic, title);

    private static string Index(string? prefix, int year, string code) =>
        (string.IsNullOrWhiteSpace(prefix) ? string.Empty : prefix.Trim() + "/") + $"{year}-{code}";
}
