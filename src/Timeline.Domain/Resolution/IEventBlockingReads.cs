namespace Timeline.Domain.Resolution;

/// <summary>What <see cref="EventBlocking"/> reads from a store. Each call takes a batch, so a store answers a step in one query.</summary>
public interface IEventBlockingReads
{
    /// <summary>The reports with these ids, with entities resolved as they are now; unknown ids are absent.</summary>
    IReadOnlyList<BlockingReport> Reports(IReadOnlyCollection<string> reportIds);

    /// <summary>
    /// For each query (by its index in <paramref name="queries"/>), the reports of its type filed under its
    /// entity (as a participant or as the place) whose time range shares a day with its From..To.
    /// </summary>
    IReadOnlyList<(int Query, string ReportId)> Near(IReadOnlyList<BlockingQuery> queries);

    /// <summary>For each report given that belongs to an event now, every report of that event (itself included).</summary>
    IReadOnlyList<(string ReportId, string MateId)> EventMates(IReadOnlyCollection<string> reportIds);
}

/// <summary>Reports of <paramref name="Type"/> filed under <paramref name="EntityId"/> whose range shares a day with <paramref name="From"/>..<paramref name="To"/>.</summary>
public readonly record struct BlockingQuery(string EntityId, string Type, DateOnly From, DateOnly To)
{
    /// <summary>The date <paramref name="days"/> days after (or before) <paramref name="date"/>, held within the calendar's range.</summary>
    public static DateOnly Shift(DateOnly date, int days)
    {
        var day = (long)date.DayNumber + days;
        return DateOnly.FromDayNumber((int)Math.Clamp(day, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
    }
}
