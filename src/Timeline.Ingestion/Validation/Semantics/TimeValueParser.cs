using System.Globalization;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>
/// Turns a time value that already has the schema's shape (yyyy, yyyy-Qn, yyyy-MM, yyyy-Www,
/// yyyy-MM-dd, or "a/b") into the days it covers, and says why when the calendar has no such time:
/// the pattern admits 2021-02-30, 2021-W53 and 2020/2019, the calendar does not.
/// </summary>
internal static class TimeValueParser
{
    public static bool TryParse(string value, out TimeValueBounds bounds, out string problem)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return TryParseSingle(value, out bounds, out problem);
        }

        bounds = default;
        if (!TryParseSingle(value[..slash], out var start, out problem) || !TryParseSingle(value[(slash + 1)..], out var end, out problem))
        {
            return false;
        }

        if (end.Latest < start.Earliest)
        {
            problem = $"the range {value} ends before it starts";
            return false;
        }

        bounds = new TimeValueBounds(start.Earliest, end.Latest);
        return true;
    }

    private static bool TryParseSingle(string value, out TimeValueBounds bounds, out string problem)
    {
        bounds = default;
        problem = string.Empty;
        var year = Number(value, 0, 4);
        if (year < 1)
        {
            problem = $"{value} names year 0, which the calendar does not have";
            return false;
        }

        if (value.Length == 4)
        {
            bounds = new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        switch (value[5])
        {
            case 'Q':
                var quarter = Number(value, 6, 1);
                var first = new DateOnly(year, (quarter * 3) - 2, 1);
                bounds = new(first, first.AddMonths(3).AddDays(-1));
                return true;
            case 'W':
                var week = Number(value, 6, 2);
                var weeks = ISOWeek.GetWeeksInYear(year);
                if (week > weeks)
                {
                    problem = $"{value} does not exist: {year} has {weeks} ISO weeks";
                    return false;
                }

                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                bounds = new(monday, monday.AddDays(6));
                return true;
            default:
                return TryParseMonthOrDay(value, year, out bounds, out problem);
        }
    }

    private static bool TryParseMonthOrDay(string value, int year, out TimeValueBounds bounds, out string problem)
    {
        bounds = default;
        problem = string.Empty;
        var month = Number(value, 5, 2);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (value.Length == 7)
        {
            bounds = new(new DateOnly(year, month, 1), new DateOnly(year, month, daysInMonth));
            return true;
        }

        var day = Number(value, 8, 2);
        if (day > daysInMonth)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            problem = $"{value} does not exist: {monthName} {year} has {daysInMonth} days";
            return false;
        }

        var date = new DateOnly(year, month, day);
        bounds = new(date, date);
        return true;
    }

    private static int Number(string value, int start, int length) =>
        int.Parse(value.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
