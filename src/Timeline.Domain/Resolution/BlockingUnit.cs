namespace Timeline.Domain.Resolution;

/// <summary>Reports joined by shared entities at overlapping times or by one event: see <see cref="EventBlocking"/>.</summary>
internal sealed class BlockingUnit(IReadOnlyList<string> reportIds, IReadOnlyList<BlockingReport> reports)
{
    public IReadOnlyList<string> ReportIds { get; } = reportIds;

    private readonly HashSet<string> _ids = reportIds.ToHashSet(StringComparer.Ordinal);

    /// <summary>The unit's reports that exist (a removed report is known by id only).</summary>
    public IReadOnlyList<BlockingReport> Reports { get; } = reports;

    public HashSet<string> Participants { get; } = reports.SelectMany(r => r.Participants).ToHashSet(StringComparer.Ordinal);

    public int FewestParticipants { get; } = reports.Count == 0 ? int.MaxValue : reports.Min(r => r.Participants.Count);

    public bool Contains(string reportId) => _ids.Contains(reportId);

    /// <summary>
    /// True when agreement groups of the two units could share core participants
    /// (<see cref="AgreementGroup.ShareCoreParticipants"/>): a group's participants are among its unit's, and
    /// it has at least as many as any of its reports.
    /// </summary>
    public static bool MayDispute(BlockingUnit a, BlockingUnit b)
    {
        var (small, large) = a.Participants.Count <= b.Participants.Count ? (a, b) : (b, a);
        var shared = small.Participants.Count(large.Participants.Contains);
        return shared > 0 && 2L * shared >= a.FewestParticipants && 2L * shared >= b.FewestParticipants;
    }
}
