namespace Timeline.Domain.Resolution;

/// <summary>
/// The reports to merge again with some changed ones, so that <see cref="EventMerger"/> over them alone
/// gives what it would give over every report of the store. The relation follows the merger's two steps,
/// within a type:
/// <list type="bullet">
/// <item><b>Units.</b> Reports joined, transitively, by a shared entity at overlapping times, or by
/// belonging to one event now. Every agreement group lies within one unit (the merger joins only
/// overlapping reports sharing a participant or the place), and every event is rebuilt whole.</item>
/// <item><b>Dispute links</b> between units: some report of each shares a participant with one of the
/// other within <see cref="EventMerger.DateDisputeWindowDays"/> days of a gap, and the participants the
/// units share, s, could be core to both: 2s is at least the fewest participants of a report of each.
/// Two agreement groups joined as a disputed date always lie in linked units: every report of a group
/// contains the group's time, so any two reports of the groups lie within the window, and a shared
/// participant of the groups is one of some report of each; the groups' shared participants are among
/// the units' (at most s), and each group has at least as many participants as any of its reports.</item>
/// </list>
/// The component is the seeds' units and every unit linked to them, transitively. A hub ("United
/// States") shared by reports of three participants links nothing on its own, so the work follows the
/// reports near a change, not every report of the hub.
/// </summary>
public static class EventBlocking
{
    /// <summary>Reach of a dispute link, in days between ranges: a gap of the window's days is still one disputed date.</summary>
    public const int DisputeReachDays = EventMerger.DateDisputeWindowDays + 1;

    /// <summary>The seeds (present or removed reports) and every report that may merge with them, transitively.</summary>
    public static HashSet<string> Component(IEventBlockingReads reads, IReadOnlyCollection<string> seedReportIds)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(seedReportIds);
        var units = new BlockingUnits(reads);
        units.Explore(seedReportIds);
        var component = new HashSet<string>(seedReportIds, StringComparer.Ordinal);
        var linked = new HashSet<BlockingUnit>();
        var frontier = new List<BlockingUnit>();
        foreach (var unit in seedReportIds.Select(units.UnitOf).Where(linked.Add))
        {
            frontier.Add(unit);
            component.UnionWith(unit.ReportIds);
        }

        while (frontier.Count > 0)
        {
            var askedBy = new Dictionary<string, BlockingUnit>(StringComparer.Ordinal);
            foreach (var unit in frontier)
            {
                foreach (var report in unit.Reports) askedBy[report.ReportId] = unit;
            }

            var promising = Promising(reads.Near(askedBy.Keys, DisputeReachDays), askedBy);
            units.Explore([.. promising.Select(n => n.OtherId)]);
            frontier = [];
            foreach (var (asker, otherId) in promising)
            {
                var unit = units.UnitOf(otherId);
                if (!linked.Contains(unit) && BlockingUnit.MayDispute(asker, unit))
                {
                    linked.Add(unit);
                    frontier.Add(unit);
                    component.UnionWith(unit.ReportIds);
                }
            }
        }

        return component;
    }

    /// <summary>
    /// The reports found outside their asking unit, keeping only those of units that could dispute at
    /// all: every participant two disputing groups share is an entity through which a report of the one
    /// finds a report of the other (the two lie within reach), so a unit that found reports outside
    /// itself through fewer entities than half the participants of its smallest report links nothing,
    /// and its finds need no exploring. A hub alone finds many reports and stays one entity.
    /// </summary>
    private static List<(BlockingUnit Asker, string OtherId)> Promising(
        IReadOnlyList<(string ReportId, string OtherId, string EntityId)> near, Dictionary<string, BlockingUnit> askedBy)
    {
        var outside = near.Select(n => (Asker: askedBy[n.ReportId], n.OtherId, n.EntityId)).Where(n => !n.Asker.Contains(n.OtherId)).ToList();
        var foundVia = new Dictionary<BlockingUnit, HashSet<string>>();
        foreach (var (asker, _, entityId) in outside)
        {
            if (!foundVia.TryGetValue(asker, out var via))
            {
                foundVia[asker] = via = new HashSet<string>(StringComparer.Ordinal);
            }

            via.Add(entityId);
        }

        return [.. outside.Where(n => 2L * foundVia[n.Asker].Count >= n.Asker.FewestParticipants).Select(n => (n.Asker, n.OtherId))];
    }
}
