using System.Globalization;
using Timeline.Domain.Time;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j.Values;

/// <summary>Reads the typed values of result rows and maps, failing with the field's name on a broken invariant.</summary>
internal static class RecordValues
{
    public static string Text(this Neo4jRecord record, string field) =>
        record[field] as string ?? throw Missing(field, "text", record[field]);

    public static string? TextOrNull(this Neo4jRecord record, string field) => record[field] as string;

    public static long Integer(this Neo4jRecord record, string field) =>
        record[field] is long n ? n : throw Missing(field, "an integer", record[field]);

    public static double Float(this Neo4jRecord record, string field) => record[field] switch
    {
        double d => d,
        long n => n,
        var other => throw Missing(field, "a float", other),
    };

    public static DateOnly Date(this Neo4jRecord record, string field) =>
        record[field] is DateOnly d ? d : throw Missing(field, "a date", record[field]);

    public static IReadOnlyList<string> TextList(this Neo4jRecord record, string field) => TextList(record[field], field);

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> MapList(this Neo4jRecord record, string field) =>
        record[field] is IEnumerable<object?> items
            ? items.Select(i => i as IReadOnlyDictionary<string, object?> ?? throw Missing(field + "[]", "a map", i)).ToList()
            : throw Missing(field, "a list", record[field]);

    public static IReadOnlyDictionary<string, object?> Map(this Neo4jRecord record, string field) =>
        record[field] as IReadOnlyDictionary<string, object?> ?? throw Missing(field, "a map", record[field]);

    public static IReadOnlyList<string> TextList(object? value, string field) => value switch
    {
        null => [],
        IEnumerable<object?> items => items.Select(i => i as string ?? throw Missing(field + "[]", "text", i)).ToList(),
        _ => throw Missing(field, "a list", value),
    };

    public static string? TextOrNull(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static string Text(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as string ?? throw Missing(key, "text", map.GetValueOrDefault(key));

    public static long Integer(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is long n ? n : throw Missing(key, "an integer", map.GetValueOrDefault(key));

    public static DateOnly? DateOrNull(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as DateOnly?;

    /// <summary>A time point stored as five properties: value, precision, earliest, latest, text.</summary>
    public static TimePoint Time(string value, string precision, DateOnly earliest, DateOnly latest, string? text) =>
        new(value, Enum.Parse<DatePrecision>(precision, ignoreCase: false), earliest, latest, text);

    /// <summary>The export's text form of a stored value, as the SQLite store's export writes it.</summary>
    public static string? Export(object? value) => value switch
    {
        null => null,
        string s => s,
        long n => n.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => DateText.Format(d),
        bool b => b ? "1" : "0",
        IEnumerable<object?> items => JsonText.List(items.Select(i => i as string ?? Convert.ToString(i, CultureInfo.InvariantCulture) ?? string.Empty)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static InvalidOperationException Missing(string field, string expected, object? found) =>
        new($"Neo4j returned {found?.GetType().Name ?? "null"} for '{field}' where the store expects {expected}; the graph does not hold what the store wrote.");
}
