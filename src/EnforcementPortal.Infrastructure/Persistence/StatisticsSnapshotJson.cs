using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EnforcementPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// How a publication's frozen figures (<see cref="StatisticsSnapshot"/>) are stored: one JSON text column, enums by
/// name (so renumbering an enum cannot change a publication), nulls left out, and only the data — the display
/// properties computed from it (<c>DisplayValue</c>, <c>IsRate</c> …) are not written.
/// </summary>
internal static class StatisticsSnapshotJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WriteOnlyStoredData } },
    };

    public static readonly ValueConverter<StatisticsSnapshot, string> Converter = new(
        snapshot => Serialize(snapshot),
        json => Deserialize(json));

    /// <summary>A snapshot is immutable: a publication never changes its figures, so the reference is the value.</summary>
    public static readonly ValueComparer<StatisticsSnapshot> Comparer = new(
        (a, b) => ReferenceEquals(a, b),
        snapshot => snapshot == null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(snapshot),
        snapshot => snapshot);

    public static string Serialize(StatisticsSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static StatisticsSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<StatisticsSnapshot>(json, Options)
        ?? throw new InvalidOperationException("A statistics publication holds no figures.");

    /// <summary>Leaves out properties without a setter: they are computed from the stored ones.</summary>
    private static void WriteOnlyStoredData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
