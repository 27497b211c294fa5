using System.Globalization;

namespace Timeline.Domain.Time;

/// <summary>
/// The calendar units behind each <see cref="DatePrecision"/>: where the unit holding a date
/// starts and ends, and its ISO 8601 name. Weeks are ISO weeks (Monday to Sunday, numbered
/// within the ISO week-year), quarters are Jan–Mar, Apr–Jun, Jul–Sep and Oct–Dec.
/// </summary>
public static class CalendarUnits
{
    /// <summary>The first day of the unit that holds <paramref name="date"/>.</summary>
    public static DateOnly StartOf(DateOnly date, DatePrecision unit) => unit switch
    {
        DatePrecision.Day => date,
        DatePrecision.Week => date.AddDays(-DaysSinceMonday(date)),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Quarter => new DateOnly(date.Year, QuarterOf(date) * 3 - 2, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown precision."),
    };

    /// <summary>The last day of the unit that holds <paramref name="date"/>.</summary>
    public static DateOnly EndOf(DateOnly date, DatePrecision unit) => unit switch
    {
        DatePrecision.Day => date,
        DatePrecision.Week => date.AddDays(6 - DaysSinceMonday(date)),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        DatePrecision.Quarter => EndOfMonth(date.Year, QuarterOf(date) * 3),
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown precision."),
    };

    /// <summary>The ISO name of the unit holding <paramref name="date"/>: 2021, 2021-Q2, 2021-04, 2021-W14, 2021-04-07.</summary>
    public static string Format(DateOnly date, DatePrecision unit)
    {
        var inv = CultureInfo.InvariantCulture;
        return unit switch
        {
            DatePrecision.Day => date.ToString("yyyy-MM-dd", inv),
            DatePrecision.Week => FormatWeek(date),
            DatePrecision.Month => date.ToString("yyyy-MM", inv),
            DatePrecision.Quarter => string.Create(inv, $"{date.Year:D4}-Q{QuarterOf(date)}"),
            DatePrecision.Year => date.Year.ToString("D4", inv),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown precision."),
        };
    }

    /// <summary>True when <paramref name="date"/> is the first day of its unit.</summary>
    public static bool IsStartOf(DateOnly date, DatePrecision unit) => StartOf(date, unit) == date;

    /// <summary>True when <paramref name="date"/> is the last day of its unit.</summary>
    public static bool IsEndOf(DateOnly date, DatePrecision unit) => EndOf(date, unit) == date;

    /// <summary>The coarser of two precisions (a range is only as precise as its vaguer end).</summary>
    public static DatePrecision Coarser(DatePrecision a, DatePrecision b) => a >= b ? a : b;

    /// <summary>
    /// The first day of the unit <paramref name="count"/> units after (or before, when negative) the
    /// unit holding <paramref name="date"/>; null when that falls outside years 1 to 9999.
    /// </summary>
    public static DateOnly? ShiftUnit(DateOnly date, DatePrecision unit, int count)
    {
        var start = StartOf(date, unit);
        return unit switch
        {
            DatePrecision.Day => SafeDays(start, count),
            DatePrecision.Week => SafeDays(start, 7L * count),
            DatePrecision.Month => SafeMonths(start, count),
            DatePrecision.Quarter => SafeMonths(start, 3L * count),
            DatePrecision.Year => SafeMonths(start, 12L * count),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown precision."),
        };
    }

    /// <summary><paramref name="date"/> plus a number of days; null outside years 1 to 9999.</summary>
    public static DateOnly? SafeDays(DateOnly date, long days)
    {
        var number = date.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber
            ? null
            : DateOnly.FromDayNumber((int)number);
    }

    /// <summary>
    /// <paramref name="date"/> plus a number of months, the day clamped to the target month's
    /// length (Jan 31 plus one month is Feb 28 or 29); null outside years 1 to 9999.
    /// </summary>
    public static DateOnly? SafeMonths(DateOnly date, long months)
    {
        var index = date.Year * 12L + (date.Month - 1) + months;
        var year = index / 12;
        if (index < 0 || year < 1 || year > 9999)
            return null;
        var month = (int)(index % 12) + 1;
        var day = Math.Min(date.Day, DateTime.DaysInMonth((int)year, month));
        return new DateOnly((int)year, month, day);
    }

    private static int QuarterOf(DateOnly date) => (date.Month - 1) / 3 + 1;

    private static int DaysSinceMonday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string FormatWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
