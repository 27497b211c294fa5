using Timeline.Domain.Ports;
namespace Timeline.Storage.Sqlite.Columns;

/// <summary>Turns user words into an FTS5 query where every word must match as a prefix; no FTS syntax leaks through.</summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the text holds no word.</summary>
    public static string? Prefixes(string text)
    {
        var words = NameNormaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Select(w => "\"" + w + "\"*"));
    }
}
