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
    /// True when the two groups are one event whose date the sources dispute: the participants of
    /// one are a non-empty subset of the other's, they name no different places, their times share
    /// no day, and at most <paramref name="windowDays"/> days lie between them. Article
    /// disjointness is checked by the caller, over whole disputed groups.
    /// </summary>
    public static bool IsDisputedDate(AgreementGroup a, AgreementGroup b, int windowDays)
    {
        var (small, large) = a.Participants.Count <= b.Participants.Count ? (a, b) : (b, a);
        if (small.Participants.Count == 0 || !small.Participants.IsSubsetOf(large.Participants))
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
}
