namespace Timeline.Storage.Neo4j.Cypher;

/// <summary>Builds statement parameters in the shapes the typed JSON writer maps (maps, lists, strings, longs, dates).</summary>
internal static class CypherParameters
{
    public static IReadOnlyDictionary<string, object?> None { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values) map[name] = value;
        return map;
    }

    /// <summary>A distinct, ordinal-ordered list of ids, so equal requests send equal text.</summary>
    public static List<string> Ids(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>A list, or null for a filter that is absent (null or empty).</summary>
    public static List<string>? ListOrNull(IEnumerable<string>? values)
    {
        if (values is null) return null;
        var list = values.ToList();
        return list.Count == 0 ? null : list;
    }
}
