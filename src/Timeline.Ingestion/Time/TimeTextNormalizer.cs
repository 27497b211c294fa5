using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Brings an article's time expression to one spelling the rules can match: lower case
/// (invariant), typographic apostrophes and dashes made plain, possessives dropped
/// ("Wednesday's round" names Wednesday), punctuation other than ISO's '-' and '/' removed,
/// and the signal words that do not change the time ("in", "on", "by", "later on") stripped,
/// as TimeML keeps "by" as a signal outside the time value.
/// </summary>
internal static partial class TimeTextNormalizer
{
    private static readonly string[] Signals =
    [
        "later on ", "earlier on ", "as of ", "in ", "on ", "by ", "during ", "since ", "from ", "until ", "till ",
    ];

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        var plain = Possessive().Replace(builder.ToString(), "");
        plain = Punctuation().Replace(plain, " ");
        plain = Whitespace().Replace(plain, " ").Trim();
        return StripSignals(plain);
    }

    private static string StripSignals(string text)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var signal in Signals)
            {
                if (text.Length > signal.Length && text.StartsWith(signal, StringComparison.Ordinal))
                {
                    text = text[signal.Length..];
                    stripped = true;
                }
            }
        }
        return text;
    }

    [GeneratedRegex(@"'s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // Keeps letters, digits, '-' and '/' (ISO values), and spaces; everything else separates words.
    [GeneratedRegex(@"[^\p{L}\p{N}\-/ ]", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
