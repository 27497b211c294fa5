namespace Timeline.Domain.Resolution;

/// <summary>
/// Jaro-Winkler string similarity (Winkler 1990) with prefix scale p = 0.1 and a common prefix
/// of at most four characters. Used only to propose merges: a real variant ("ghasem soleimani",
/// 0.869 against "qassem soleimani") can score below a different person ("fuad hassan", 0.914
/// against "fuad hussein"), so a score never merges on its own.
/// </summary>
public static class JaroWinkler
{
    /// <summary>Weight given to a shared prefix.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>Longest prefix that earns the bonus.</summary>
    public const int MaxPrefix = 4;

    /// <summary>Similarity in [0, 1]; 1 for equal strings, 0 when nothing matches.</summary>
    public static double Similarity(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var jaro = Jaro(left, right);
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(left.Length, right.Length));
        while (prefix < limit && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    /// <summary>Jaro similarity: matches within half the longer length, less half the transpositions.</summary>
    public static double Jaro(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length == 0 && right.Length == 0)
        {
            return 1;
        }

        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var leftMatched = new bool[left.Length];
        var rightMatched = new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(right.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = true;
                    rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (!leftMatched[i])
            {
                continue;
            }

            while (!rightMatched[k])
            {
                k++;
            }

            if (left[i] != right[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
    }
}
