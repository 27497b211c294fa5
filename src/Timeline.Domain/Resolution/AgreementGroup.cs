namespace Timeline.Domain.Resolution;

/// <summary>Reports that agree on one event (overlapping times, a shared participant or place), with their common time.</summary>
internal sealed record AgreementGroup(IReadOnlyList<EventReport> Reports, Time.TimePoint When, IReadOnlySet<string> Participants, IReadOnlySet<string> Places)
{
    public static AgreementGroup Of(IReadOnlyList<EventReport> reports) => new(
        reports,
        MergedTime.Of(reports) ?? throw new ArgumentException("An agreement group needs a day common to its reports.", nameof(reports)),
        reports.SelectMany(r => r.ParticipantEntityIds).ToHashSet(StringComparer.Ordinal),
        reports.Select(r => r.PlaceEntityId).OfType<string>().ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// True when the two groups are one event whose date the sources dispute: they have the same
    /// core participants (<see cref="ShareCoreParticipants"/>), they name no different places, their times share
    /// no day, and at most <paramref name="windowDays"/> days lie between them. Article
    /// disjointness is checked by the caller, over whole disputed groups.
    /// </summary>
    public static bool IsDisputedDate(AgreementGroup a, AgreementGroup b, int windowDays)
    {
        if (!ShareCoreParticipants(a.Participants, b.Participants))
        {
            return false;
        }

        if (a.Places.Count > 0 && b.Places.Count > 0 && !a.Places.Overlaps(b.Places))
        {
            return false;
        }

        if (a.When.Overlaps(b.When))
        {
            return false;
        }

        var gap = a.When.Latest < b.When.Earliest
            ? b.When.Earliest.DayNumber - a.When.Latest.DayNumber - 1
            : a.When.Earliest.DayNumber - b.When.Latest.DayNumber - 1;
        return gap <= windowDays;
    }

    /// <summary>
    /// The participants both name make up at least half of each side's participants. Sources name
    /// different secondary participants and may leave a name unresolved (one foreign minister as
    /// "Fuad Hassan" and "Fuad Hussein"), so equal sets would be too strict, while one shared
    /// participant ("United States") would join unrelated events.
    /// </summary>
    public static bool ShareCoreParticipants(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared > 0 && 2 * shared >= a.Count && 2 * shared >= b.Count;
    }
}
