namespace Timeline.Domain.Resolution;

/// <summary>The deterministic majority used for names, titles and descriptions.</summary>
internal static class Majority
{
    /// <summary>The value occurring most often; ties go to the ordinally smallest. Null when there is none.</summary>
    public static string? Of(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>
    /// The name most mentions use; a tie goes to the longest, then the ordinally smallest. Between spellings that
    /// sources use equally, the fuller one keeps more of the original ("Qassem" over "Qasem", "Hussein" over
    /// "Hassan"), and a short form is more often an abbreviation than the other way round.
    /// </summary>
    public static string? OfNames(IEnumerable<string> names) =>
        names.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
