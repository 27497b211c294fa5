using System.Collections.Concurrent;
using System.Text;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Normalises names so that spellings of one name by different sources meet under one key.
/// <see cref="Fold"/> removes only what never distinguishes two names (case, diacritics,
/// punctuation, the Arabic article); <see cref="Normalise"/> additionally folds transliteration
/// variants (<see cref="TransliterationFolding"/>), so "Qassem"/"Qasem"/"Ghasem" and
/// "Hussein"/"Husayn" share a key while "Hussein"/"Hassan" do not.
/// </summary>
public static class NameKey
{
    // Names recur across documents ("United States" in most of them) and every derivation of a
    // component folds its names again, so folded forms are remembered, up to a bound.
    private const int RememberedNames = 50_000;
    private static readonly ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Normalised = new(StringComparer.Ordinal);

    /// <summary>
    /// Splits parenthesised parts off a name: "ISIL (ISIS)" gives "ISIL" and the alias "ISIS".
    /// Articles write an entity's other name in parentheses, so both parts name the same entity.
    /// </summary>
    /// <returns>The name outside parentheses (trimmed) and each parenthesised part (trimmed, non-empty), in order.</returns>
    public static (string Main, IReadOnlyList<string> Parenthesised) Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var main = new StringBuilder();
        var inner = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '[')
            {
                depth++;
                if (depth == 1)
                {
                    current.Clear();
                    continue;
                }
            }
            else if (c is ')' or ']' && depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    AddTrimmed(inner, current.ToString());
                    main.Append(' ');
                    continue;
                }
            }

            (depth == 0 ? main : current).Append(c);
        }

        // An unclosed parenthesis still marks an alias: "ISIL (ISIS" is read as "ISIL" and "ISIS".
        if (depth > 0)
        {
            AddTrimmed(inner, current.ToString());
        }

        return (CollapseSpaces(main.ToString()), inner);
    }

    /// <summary>
    /// Case, diacritics, punctuation and the Arabic article folded, spellings kept:
    /// "Abu Mahdi al-Muhandis" and "Abu Mahdi Al Muhandis" give "abu mahdi muhandis".
    /// This is the form on which string similarity is measured.
    /// </summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Remembered(Folded, name, static n => string.Join(' ', DropArticles(Tokens(n))));
    }

    /// <summary>
    /// The key under which spellings of one name meet: <see cref="Fold"/> followed by the
    /// transliteration rules of <see cref="TransliterationFolding"/> on every word.
    /// "Qassem Soleimani", "Qasem Soleimani" and "Ghasem Soleimani" all give "qasem sulaimani".
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Remembered(Normalised, name,
            static n => string.Join(' ', DropArticles(Tokens(n)).Select(TransliterationFolding.FoldWord).Where(t => t.Length > 0)));
    }

    private static string Remembered(ConcurrentDictionary<string, string> forms, string name, Func<string, string> compute)
    {
        if (forms.TryGetValue(name, out var form)) return form;
        if (forms.Count >= RememberedNames) forms.Clear();
        return forms.GetOrAdd(name, compute);
    }

    /// <summary>
    /// Lower-case words: diacritics removed ("Ṣadr" is "sadr"), apostrophes and the ʿayn/hamza
    /// marks removed ("Mu'ammar" is "muammar"), dots removed so that "U.S." is "us", and every
    /// other non-alphanumeric character (hyphens, commas, slashes) a word break ("al-Muhandis").
    /// </summary>
    private static List<string> Tokens(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            switch (c)
            {
                case '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '`' or '´' or '.':
                    break;
                case 'ß':
                    text.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    text.Append("ae");
                    break;
                case 'œ' or 'Œ':
                    text.Append("oe");
                    break;
                default:
                    var folded = DiacriticFolding.Fold(c);
                    text.Append(char.IsLetterOrDigit(folded) ? folded : ' ');
                    break;
            }
        }

        return [.. text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// Drops the Arabic article written as a separate or hyphenated word ("al-Kadhimi",
    /// "el-Sisi", "Hashd al-Shaabi"), and a leading English "the" ("The Pentagon"): sources
    /// include or omit both freely. A name made only of such words is kept as it is.
    /// </summary>
    private static List<string> DropArticles(List<string> tokens)
    {
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isArticle = token is "al" or "el" || (i == 0 && token == "the");
            if (!isArticle)
            {
                kept.Add(token);
            }
        }

        return kept.Count > 0 ? kept : tokens;
    }

    private static void AddTrimmed(List<string> parts, string part)
    {
        var trimmed = CollapseSpaces(part);
        if (trimmed.Length > 0)
        {
            parts.Add(trimmed);
        }
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
