namespace Timeline.Domain.Resolution;

/// <summary>
/// The blocking units explored so far. Exploring follows shared entities at overlapping times and
/// event membership to a fixed point, so every unit it yields is whole.
/// </summary>
internal sealed class BlockingUnits(IEventBlockingReads reads)
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlockingReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlockingUnit> _unitOf = new(StringComparer.Ordinal);

    /// <summary>Explores the units of the given reports that are not yet known.</summary>
    public void Explore(IReadOnlyCollection<string> reportIds)
    {
        var frontier = reportIds.Where(id => !_parent.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (frontier.Count == 0) return;
        foreach (var id in frontier) _parent[id] = id;
        var fresh = new List<string>();
        while (frontier.Count > 0)
        {
            fresh.AddRange(frontier);
            foreach (var report in reads.Reports(frontier)) _reports[report.ReportId] = report;
            var next = new List<string>();
            foreach (var (reportId, otherId, _) in reads.Near(frontier, 0)) Join(reportId, otherId, next);
            foreach (var (reportId, mateId) in reads.EventMates(frontier)) Join(reportId, mateId, next);
            frontier = next;
        }

        // Units are closed, so fresh reports form units of their own; regrouping every known report
        // whose root a fresh one shares keeps that true even if a store's answers were not symmetric.
        var roots = fresh.Select(Root).ToHashSet(StringComparer.Ordinal);
        foreach (var group in _parent.Keys.ToList().GroupBy(Root, StringComparer.Ordinal).Where(g => roots.Contains(g.Key)))
        {
            var ids = group.ToList();
            var unit = new BlockingUnit(ids, [.. ids.Where(_reports.ContainsKey).Select(id => _reports[id])]);
            foreach (var id in ids) _unitOf[id] = unit;
        }
    }

    public BlockingUnit UnitOf(string reportId) => _unitOf[reportId];

    private void Join(string known, string other, List<string> next)
    {
        if (!_parent.ContainsKey(other))
        {
            _parent[other] = other;
            next.Add(other);
        }
        var (a, b) = (Root(known), Root(other));
        if (a != b) _parent[a] = b;
    }

    private string Root(string id)
    {
        while (_parent[id] is var parent && parent != id)
        {
            _parent[id] = _parent[parent];
            id = parent;
        }
        return id;
    }
}
