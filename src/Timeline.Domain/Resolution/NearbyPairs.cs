namespace Timeline.Domain.Resolution;

/// <summary>
/// Pairs of date ranges that overlap or lie within a reach of each other, found by a sweep over
/// ranges sorted by start instead of comparing every pair.
/// </summary>
internal static class NearbyPairs
{
    /// <summary>
    /// Index pairs (a &lt; b), in ascending order, whose ranges come within <paramref name="reachDays"/>
    /// days: 0 finds overlapping ranges, 1 also adjacent ones, and so on.
    /// </summary>
    public static IReadOnlyList<(int A, int B)> Of(IReadOnlyList<(DateOnly Earliest, DateOnly Latest)> ranges, int reachDays)
    {
        var byStart = Enumerable.Range(0, ranges.Count).OrderBy(i => ranges[i].Earliest).ThenBy(i => i).ToList();
        var pairs = new List<(int, int)>();
        for (var i = 0; i < byStart.Count; i++)
        {
            var first = ranges[byStart[i]];
            var reach = first.Latest.DayNumber + reachDays;
            for (var j = i + 1; j < byStart.Count && ranges[byStart[j]].Earliest.DayNumber <= reach; j++)
            {
                var (a, b) = (byStart[i], byStart[j]);
                pairs.Add(a < b ? (a, b) : (b, a));
            }
        }

        pairs.Sort();
        return pairs;
    }
}
