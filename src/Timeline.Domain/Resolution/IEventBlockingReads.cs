namespace Timeline.Domain.Resolution;

/// <summary>What <see cref="EventBlocking"/> reads from a store. Each call takes a batch, so a store answers a step in one query.</summary>
public interface IEventBlockingReads
{
    /// <summary>The reports with these ids, with participants resolved as they are now; unknown ids are absent.</summary>
    IReadOnlyList<BlockingReport> Reports(IReadOnlyCollection<string> reportIds);

    /// <summary>
    /// For each report given, the reports of its type that share one of its entities (participants or
    /// place) and whose range comes within <paramref name="reachDays"/> days of its own (0: shares a
    /// day; 1: also the next day; ...), itself included, with the entity shared.
    /// </summary>
    IReadOnlyList<(string ReportId, string OtherId, string EntityId)> Near(IReadOnlyCollection<string> reportIds, int reachDays);

    /// <summary>For each report given that belongs to an event now, every report of that event (itself included).</summary>
    IReadOnlyList<(string ReportId, string MateId)> EventMates(IReadOnlyCollection<string> reportIds);
}
