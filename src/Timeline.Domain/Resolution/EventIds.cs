namespace Timeline.Domain.Resolution;

/// <summary>
/// Event ids derive from the smallest report id of the event: they depend on the set of reports,
/// never on arrival order, and stay put when a later article's report (with a larger id) joins.
/// </summary>
public static class EventIds
{
    /// <summary>The id of an event whose smallest report id is <paramref name="reportId"/>.</summary>
    public static string ForReport(string reportId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        return "event-" + StableText.ShortHash(reportId);
    }
}
