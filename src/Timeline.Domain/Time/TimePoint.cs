namespace Timeline.Domain.Time;

/// <summary>
/// A time as a source reports it: an ISO 8601 value at a precision ("2020-01" is a month,
/// "2021-W13" an ISO week, "2020-06/2021-04" a range), the inclusive calendar bounds it
/// covers, and the expression as the article wrote it.
/// </summary>
/// <param name="Value">ISO value: yyyy, yyyy-Qn, yyyy-MM, yyyy-Www, yyyy-MM-dd, or two of them joined by '/'.</param>
/// <param name="Precision">The precision of the value (for a range, the coarser of its two ends).</param>
/// <param name="Earliest">The first day the value may denote.</param>
/// <param name="Latest">The last day the value may denote.</param>
/// <param name="Text">The expression as written in the article, if any.</param>
public sealed record TimePoint(string Value, DatePrecision Precision, DateOnly Earliest, DateOnly Latest, string? Text = null)
{
    /// <summary>True when the two inclusive ranges share at least one day.</summary>
    public bool Overlaps(TimePoint other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>True when the value is a range a/b rather than a single unit.</summary>
    public bool IsRange => Value.Contains('/', StringComparison.Ordinal);

    /// <summary>The single unit of <paramref name="unit"/> precision that holds <paramref name="date"/>: the week of 2021-04-07 is 2021-W14.</summary>
    public static TimePoint UnitOf(DateOnly date, DatePrecision unit) => new(
        CalendarUnits.Format(date, unit),
        unit,
        CalendarUnits.StartOf(date, unit),
        CalendarUnits.EndOf(date, unit));

    /// <summary>
    /// From the unit holding <paramref name="first"/> to the unit holding <paramref name="last"/>,
    /// both at <paramref name="unit"/> precision; a single unit when they are the same one.
    /// </summary>
    public static TimePoint UnitsBetween(DateOnly first, DateOnly last, DatePrecision unit)
    {
        if (last < first)
            throw new ArgumentOutOfRangeException(nameof(last), last, $"The last day precedes the first ({first:O}).");
        var start = UnitOf(first, unit);
        var end = UnitOf(last, unit);
        return start.Value == end.Value ? start : Between(start, end);
    }

    /// <summary>The range a/b: bounds from the start of <paramref name="start"/> to the end of <paramref name="end"/>, precision the coarser end.</summary>
    public static TimePoint Between(TimePoint start, TimePoint end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        if (start.IsRange || end.IsRange)
            throw new ArgumentException("The ends of a range must be single units, not ranges.", start.IsRange ? nameof(start) : nameof(end));
        if (end.Latest < start.Earliest)
            throw new ArgumentException($"The range ends ({end.Latest:O}) before it starts ({start.Earliest:O}).", nameof(end));
        return new TimePoint(
            start.Value + "/" + end.Value,
            CalendarUnits.Coarser(start.Precision, end.Precision),
            start.Earliest,
            end.Latest);
    }
}
