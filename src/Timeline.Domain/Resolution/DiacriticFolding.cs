using System.Collections.Frozen;

namespace Timeline.Domain.Resolution;

/// <summary>
/// Maps accented Latin letters to their base letter. The build runs with invariant globalization,
/// where <see cref="string.Normalize()"/> does not decompose, so the common letters of European
/// names and of Arabic and Persian scholarly transliteration ("Ḥusayn", "Ṣadr") are listed here.
/// </summary>
internal static class DiacriticFolding
{
    private static readonly FrozenDictionary<char, char> Map = Build(
        ("aàáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặ", 'a'),
        ("AÀÁÂÃÄÅĀĂĄǍȀȂẠẢẤẦẨẪẬẮẰẲẴẶ", 'a'),
        ("bḃḅḇ", 'b'), ("BḂḄḆ", 'b'),
        ("cçćĉċč", 'c'), ("CÇĆĈĊČ", 'c'),
        ("dďđḋḍḏḑḓ", 'd'), ("DĎĐḊḌḎḐḒ", 'd'),
        ("eèéêëēĕėęěȅȇẹẻẽếềểễệ", 'e'), ("EÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆ", 'e'),
        ("gĝğġģǧḡ", 'g'), ("GĜĞĠĢǦḠ", 'g'),
        ("hĥħḣḥḧḩḫẖ", 'h'), ("HĤĦḢḤḦḨḪ", 'h'),
        ("iìíîïĩīĭįıǐȉȋịỉ", 'i'), ("IÌÍÎÏĨĪĬĮİǏȈȊỊỈ", 'i'),
        ("jĵǰ", 'j'), ("JĴ", 'j'),
        ("kķǩḱḳḵ", 'k'), ("KĶǨḰḲḴ", 'k'),
        ("lĺļľŀłḷḹḻ", 'l'), ("LĹĻĽĿŁḶḸḺ", 'l'),
        ("mḿṁṃ", 'm'), ("MḾṀṂ", 'm'),
        ("nñńņňṅṇṉ", 'n'), ("NÑŃŅŇṄṆṈ", 'n'),
        ("oòóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợơ", 'o'), ("OÒÓÔÕÖØŌŎŐǑȌȎỌỎỐỒỔỖỘỚỜỞỠỢƠ", 'o'),
        ("pṕṗ", 'p'), ("PṔṖ", 'p'),
        ("rŕŗřṙṛṝṟ", 'r'), ("RŔŖŘṘṚṜṞ", 'r'),
        ("sśŝşšșṡṣ", 's'), ("SŚŜŞŠȘṠṢ", 's'),
        ("tţťŧțṫṭṯẗ", 't'), ("TŢŤŦȚṪṬṮ", 't'),
        ("uùúûüũūŭůűųǔȕȗụủứừửữựư", 'u'), ("UÙÚÛÜŨŪŬŮŰŲǓȔȖỤỦỨỪỬỮỰƯ", 'u'),
        ("vṽṿ", 'v'), ("VṼṾ", 'v'),
        ("wŵẁẃẅẇẉ", 'w'), ("WŴẀẂẄẆẈ", 'w'),
        ("xẋẍ", 'x'), ("XẊẌ", 'x'),
        ("yýÿŷȳẏỳỵỷỹ", 'y'), ("YÝŸŶȲẎỲỴỶỸ", 'y'),
        ("zźżžẑẓẕ", 'z'), ("ZŹŻŽẐẒẔ", 'z'));

    /// <summary>The lower-case base letter of <paramref name="c"/>, or <paramref name="c"/> lower-cased when it carries no listed diacritic.</summary>
    public static char Fold(char c) => Map.TryGetValue(c, out var folded) ? folded : char.ToLowerInvariant(c);

    private static FrozenDictionary<char, char> Build(params (string Letters, char Base)[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var (letters, baseLetter) in groups)
        {
            foreach (var letter in letters)
            {
                map[letter] = baseLetter;
            }
        }

        return map.ToFrozenDictionary();
    }
}
