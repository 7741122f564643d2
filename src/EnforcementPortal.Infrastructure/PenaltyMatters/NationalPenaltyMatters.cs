using System.Text.Json;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Seed;

namespace EnforcementPortal.Infrastructure.PenaltyMatters;

/// <summary>
/// The reference matters of 人防, 质监站, 安监站 and 建管科 from national law (penalty-matters-national.json): each
/// article's text, conduct and fine range are quoted word for word from the official texts (国家法律法规数据库).
/// </summary>
public static class NationalPenaltyMatters
{
    /// <summary>The 实施机关 of the reference matters: the bureau the transfers go to.</summary>
    public const string ImplementingAuthority = "伊宁市城市管理局";

    public static IReadOnlyList<PenaltyMatter> ParseEmbeddedSeed(int firstSequence)
    {
        var rows = JsonSerializer.Deserialize<List<Row>>(EmbeddedSeed.ReadText(EmbeddedSeed.NationalPenaltyMattersResourceName), Options)
            ?? throw new InvalidOperationException("The national penalty matters are empty.");
        return [.. rows.Select((row, i) => PenaltyMatter.Create(
                firstSequence + i,
                row.Name,
                "行政处罚",
                ImplementingAuthority,
                $"《{row.Law}》{row.Text}")
            .Classify(row.Departments.Select(Enum.Parse<DepartmentCode>), row.Fine, row.Keywords))];
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private sealed record Row(string Name, List<string> Departments, string Law, string Article, string Text, string Fine, List<string> Keywords);
}
