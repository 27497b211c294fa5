using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>
/// How far "days after", "weeks after" and "months after" (and their "before" counterparts)
/// reach from the anchor event. These phrases count no exact amount, so each becomes a range:
/// at least one unit past the anchor, and at most as far as a writer would still use that word
/// before switching to the next coarser one.
/// </summary>
/// <remarks>
/// The range starts one unit after the anchor's <em>earliest</em> day and ends the reach after its
/// <em>latest</em> day. For an anchor known to the day both are the same day; for a coarser anchor
/// ("in January 2020") starting from its latest day would exclude the real date — the Iraqi
/// parliament's vote of 5 January 2020 came "days after" the killing of 3 January that the article
/// dates only as "January 2020".
/// </remarks>
internal static class AnchoredWindows
{
    /// <summary>"Days" stays in single figures and a little beyond; from about two weeks writers say "weeks".</summary>
    public const int DaysReach = 10;

    /// <summary>"Weeks" reaches about two months; past that writers say "months".</summary>
    public const int WeeksReachInDays = 8 * 7;

    /// <summary>"Months" reaches a year; past that writers say "a year later" or "years".</summary>
    public const int MonthsReach = 12;

    /// <summary>The day range that "days|weeks|months after" (<paramref name="direction"/> 1) or "before" (-1) the anchor denotes; null outside the calendar.</summary>
    public static TimePoint? Window(TimePoint anchor, DatePrecision unit, int direction)
    {
        DateOnly? near, far;
        var from = direction > 0 ? anchor.Earliest : anchor.Latest;
        var to = direction > 0 ? anchor.Latest : anchor.Earliest;
        switch (unit)
        {
            case DatePrecision.Day:
                near = CalendarUnits.SafeDays(from, direction);
                far = CalendarUnits.SafeDays(to, direction * DaysReach);
                break;
            case DatePrecision.Week:
                near = CalendarUnits.SafeDays(from, direction * 7);
                far = CalendarUnits.SafeDays(to, direction * WeeksReachInDays);
                break;
            case DatePrecision.Month:
                near = CalendarUnits.SafeMonths(from, direction);
                far = CalendarUnits.SafeMonths(to, direction * MonthsReach);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Only days, weeks and months have a window.");
        }
        if (near is null || far is null)
            return null;
        return direction > 0
            ? TimePoint.UnitsBetween(near.Value, far.Value, DatePrecision.Day)
            : TimePoint.UnitsBetween(far.Value, near.Value, DatePrecision.Day);
    }
}
