namespace Timeline.Domain.Resolution;

/// <summary>
/// Folds the spelling variants that come from transliterating Arabic and Persian names into
/// Latin letters, one lower-case word at a time. Each rule names the pair that motivates it;
/// rules are applied in the order listed, so later rules see the output of earlier ones.
/// </summary>
public static class TransliterationFolding
{
    private const string Vowels = "aeiouy";

    /// <summary>Applies every rule to one lower-case word with diacritics already removed.</summary>
    public static string FoldWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;

        // 1. ق is written q, gh or k at the start of a word: "Qassem" / "Ghasem" / "Kassem".
        if (w.Length > 2 && w.StartsWith("gh", StringComparison.Ordinal) && IsVowel(w[2]))
        {
            w = "q" + w[2..];
        }
        else if (w.Length > 1 && w[0] == 'k' && IsVowel(w[1]))
        {
            w = "q" + w[1..];
        }

        // 2. ذ/ظ is written dh or z: "al-Kadhimi" / "al-Kazimi".
        w = w.Replace("dh", "z", StringComparison.Ordinal);

        // 3. Doubled consonants mark gemination that many spellings omit:
        //    "Qassem" / "Qasem", "Hussein" / "Husein", "Gaddafi" / "Gadafi".
        w = CollapseDoubledConsonants(w);

        // 4. ou and oo are English spellings of u: "Youssef" / "Yusef", "Moosa" / "Musa".
        w = w.Replace("ou", "u", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal);

        // 5. Arabic has no o; sources write its u as o or u: "Soleimani" / "Suleimani", "Mohammed" / "Muhammed".
        w = w.Replace('o', 'u');

        // 6. The diphthong ay is written ei, ey, ay or ai: "Hussein" / "Husayn" / "Husain",
        //    "Soleimani" / "Sulaymani". All become ai.
        w = w.Replace("ei", "ai", StringComparison.Ordinal)
             .Replace("ey", "ai", StringComparison.Ordinal)
             .Replace("ay", "ai", StringComparison.Ordinal);

        // 7. Long i is written ee or i: "Raheem" / "Rahim".
        w = w.Replace("ee", "i", StringComparison.Ordinal);

        return w;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static string CollapseDoubledConsonants(string w)
    {
        if (w.Length < 2)
        {
            return w;
        }

        var chars = new System.Text.StringBuilder(w.Length);
        chars.Append(w[0]);
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == w[i - 1] && !IsVowel(w[i]))
            {
                continue;
            }

            chars.Append(w[i]);
        }

        return chars.ToString();
    }
}
