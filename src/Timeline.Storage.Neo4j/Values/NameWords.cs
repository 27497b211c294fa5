using System.Globalization;
using System.Text;

namespace Timeline.Storage.Neo4j.Values;

/// <summary>
/// Names and titles folded for sorting and word-prefix search: lower case, diacritics removed,
/// punctuation folded to single spaces (the SQLite store's sort form and full-text tokens).
/// </summary>
internal static class NameWords
{
    public static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && text.Length > 0) text.Append(' ');
                space = false;
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return text.ToString();
    }

    /// <summary>The distinct words of the texts, ordinal order.</summary>
    public static List<string> Of(IEnumerable<string?> texts) =>
        texts.OfType<string>()
            .SelectMany(t => Normalise(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The words of a search text, or null when it holds none.</summary>
    public static List<string>? Query(string text)
    {
        var words = Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? null : words;
    }
}
