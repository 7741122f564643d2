using System.Text.Json;

namespace EnforcementPortal.Web.Statistics;

/// <summary>One series of a chart (a department, a year, an indicator).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What a chart draws, serialised into the page for wwwroot/js/statistics-charts.js (chart.js served from wwwroot/lib).
/// The same figures are always in a table next to the chart: the chart is an aid, never the only form.
/// </summary>
public sealed record ChartData(string Id, string Kind, string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>JSON for a script element of type application/json; the default encoder escapes &lt; &gt; &amp;.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
