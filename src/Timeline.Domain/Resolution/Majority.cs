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
}
