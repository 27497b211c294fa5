using Timeline.Domain.Ports;

namespace Timeline.Storage.Neo4j.Values;

/// <summary>The words of names and titles for word-prefix search, in <see cref="NameNormaliser"/>'s folded form.</summary>
internal static class NameWords
{
    /// <summary>The distinct words of the texts, ordinal order.</summary>
    public static List<string> Of(IEnumerable<string?> texts) =>
        texts.OfType<string>()
            .SelectMany(t => NameNormaliser.Normalise(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The words of a search text, or null when it holds none.</summary>
    public static List<string>? Query(string text)
    {
        var words = NameNormaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? null : words;
    }
}
