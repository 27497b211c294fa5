using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Domain.Time;

/// <summary>
/// Parses the ISO 8601 partial dates a <see cref="TimePoint"/> carries — yyyy, yyyy-Qn, yyyy-MM,
/// yyyy-Www (ISO week-year and week), yyyy-MM-dd — and ranges a/b of two of them, computing the
/// inclusive bounds. Impossible values are rejected with the reason, never rounded.
/// </summary>
public static partial class IsoTimeValue
{
    private const string ExpectedForms = "expected yyyy, yyyy-Qn, yyyy-MM, yyyy-Www or yyyy-MM-dd, or two of them joined by '/'";

    /// <summary>Parses <paramref name="value"/>; the point's <see cref="TimePoint.Text"/> is <paramref name="text"/>.</summary>
    public static TimePointResult Parse(string? value, string? text = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            return TimePointResult.Failure("the time value is empty; " + ExpectedForms);
        var trimmed = value.Trim();
        var parts = trimmed.Split('/');
        if (parts.Length > 2)
            return TimePointResult.Failure($"'{trimmed}' has more than one '/': a range joins exactly two values");
        if (parts.Length == 1)
            return WithText(ParseUnit(trimmed), text);

        var start = ParseUnit(parts[0]);
        if (!start.Succeeded)
            return TimePointResult.Failure($"the start of range '{trimmed}' is invalid: {start.Error}");
        var end = ParseUnit(parts[1]);
        if (!end.Succeeded)
            return TimePointResult.Failure($"the end of range '{trimmed}' is invalid: {end.Error}");
        if (end.Point.Latest < start.Point.Earliest)
        {
            return TimePointResult.Failure(
                $"range '{trimmed}' ends ({end.Point.Latest:yyyy-MM-dd}) before it starts ({start.Point.Earliest:yyyy-MM-dd})");
        }
        return TimePointResult.Success(TimePoint.Between(start.Point, end.Point) with { Text = text });
    }

    /// <summary>True when <paramref name="text"/> has the shape of an ISO value (four digits then '-' or '/'), valid or not.</summary>
    public static bool LooksLikeIsoValue(string text) => IsoShape().IsMatch(text);

    private static TimePointResult WithText(TimePointResult result, string? text) =>
        result.Succeeded && text is not null ? TimePointResult.Success(result.Point with { Text = text }) : result;

    private static TimePointResult ParseUnit(string value)
    {
        var match = UnitPattern().Match(value);
        if (!match.Success)
            return TimePointResult.Failure($"'{value}' is not an ISO 8601 value; {ExpectedForms}");

        var year = Number(match, "year");
        if (year < 1)
            return TimePointResult.Failure($"'{value}': year 0000 is outside the supported years 0001 to 9999");

        if (match.Groups["quarter"].Success)
            return Quarter(value, year, Number(match, "quarter"));
        if (match.Groups["week"].Success)
            return Week(value, year, Number(match, "week"));
        if (!match.Groups["month"].Success)
            return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, 1, 1), DatePrecision.Year));

        var month = Number(match, "month");
        if (month is < 1 or > 12)
            return TimePointResult.Failure($"'{value}': month {month:D2} does not exist (months are 01 to 12)");
        if (!match.Groups["day"].Success)
            return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, month, 1), DatePrecision.Month));

        var day = Number(match, "day");
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1)
            return TimePointResult.Failure($"'{value}': day 00 does not exist (days start at 01)");
        if (day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return TimePointResult.Failure(string.Create(
                CultureInfo.InvariantCulture, $"'{value}': {monthName} {year:D4} has {days} days, so day {day:D2} does not exist"));
        }
        return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, month, day), DatePrecision.Day));
    }

    private static TimePointResult Quarter(string value, int year, int quarter)
    {
        if (quarter is < 1 or > 4)
            return TimePointResult.Failure($"'{value}': quarter {quarter} does not exist (quarters are Q1 to Q4)");
        return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, quarter * 3 - 2, 1), DatePrecision.Quarter));
    }

    private static TimePointResult Week(string value, int weekYear, int week)
    {
        if (week < 1)
            return TimePointResult.Failure($"'{value}': week 00 does not exist (ISO weeks start at W01)");
        var weeks = ISOWeek.GetWeeksInYear(weekYear);
        if (week > weeks)
            return TimePointResult.Failure($"'{value}': ISO week-year {weekYear:D4} has {weeks} weeks, so week {week:D2} does not exist");
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
        if (CalendarUnits.SafeDays(monday, 6) is null)
            return TimePointResult.Failure($"'{value}': the week ends after 9999-12-31, outside the supported calendar");
        return TimePointResult.Success(TimePoint.UnitOf(monday, DatePrecision.Week));
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<year>[0-9]{4})(?:-Q(?<quarter>[0-9])|-W(?<week>[0-9]{2})|-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^[0-9]{4}(?:[-/]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
