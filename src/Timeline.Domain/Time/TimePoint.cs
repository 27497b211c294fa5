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
}
