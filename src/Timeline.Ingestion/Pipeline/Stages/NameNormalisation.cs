using System.Text;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>Names as stored: trimmed, inner runs of white space folded to one space.</summary>
public static class NameNormalisation
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.AsSpan().ContainsAny(" \t\r\n\u00A0")) return trimmed;
        var clean = new StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) clean.Append(' ');
            space = false;
            clean.Append(c);
        }
        return clean.ToString();
    }

    public static string? CleanOptional(string? text) => text is null ? null : Clean(text) is { Length: > 0 } clean ? clean : null;

    /// <summary>Cleaned, without empties or repeats, in the document's order.</summary>
    public static IReadOnlyList<string> CleanList(IReadOnlyList<string> values) =>
        values.Select(Clean).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
