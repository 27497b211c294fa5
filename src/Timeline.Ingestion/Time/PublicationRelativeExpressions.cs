using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Expressions resolved against the publication date, as HeidelTime does for news: "today",
/// "yesterday", weekday names, "this/last/next week|month|quarter|year", "earlier this year",
/// month names and month-day dates without a year.
/// </summary>
/// <remarks>
/// Without tense information the past reading wins, because news mostly reports what has
/// happened: a bare weekday is the latest such day on or before publication (HeidelTime's
/// default), a bare month is its latest occurrence that has begun by publication, and a
/// month-day date is its latest occurrence on or before publication — so "by January 15" in an
/// article of April 2021 is 2021-01-15. "last"/"next" before a weekday mean strictly before/after
/// publication; "this Wednesday" is the Wednesday of the publication's ISO week.
/// </remarks>
internal static partial class PublicationRelativeExpressions
{
    private const string Month = "(?<month>" + CalendarWords.MonthPattern + ")";

    public static TimePointResult? TryResolve(ExpressionInput input)
    {
        var text = input.Normalized;
        var published = input.Published;
        Match match;
        if (Today().IsMatch(text))
            return Day(published);
        if (Yesterday().IsMatch(text))
            return Day(published.AddDays(-1));
        if (Tomorrow().IsMatch(text))
            return Day(published.AddDays(1));
        if ((match = Weekday().Match(text)).Success)
            return Day(WeekdayDate(published, CalendarWords.Weekday(match.Groups["weekday"].Value), match.Groups["relation"].Value));
        if ((match = RelativeUnit().Match(text)).Success)
            return Unit(published, match);
        if ((match = PartOfCurrentUnit().Match(text)).Success)
            return PartOfCurrentUnit(input, match);
        if ((match = MonthAlone().Match(text)).Success)
            return MonthBefore(published, CalendarWords.Month(match.Groups["month"].Value));
        if ((match = MonthDay().Match(text)).Success || (match = DayMonth().Match(text)).Success)
            return MonthDayBefore(input, match);
        return null;
    }

    private static TimePointResult Day(DateOnly date) => TimePointResult.Success(TimePoint.UnitOf(date, DatePrecision.Day));

    private static DateOnly WeekdayDate(DateOnly published, DayOfWeek weekday, string relation)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
        return relation switch
        {
            "last" => published.AddDays(back == 0 ? -7 : -back),
            "next" => published.AddDays(ahead == 0 ? 7 : ahead),
            "this" => CalendarUnits.StartOf(published, DatePrecision.Week).AddDays(((int)weekday + 6) % 7),
            _ => published.AddDays(-back),
        };
    }

    private static TimePointResult Unit(DateOnly published, Match match)
    {
        var unit = CalendarWords.Unit(match.Groups["unit"].Value);
        var shift = match.Groups["relation"].Value switch
        {
            "last" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        var start = CalendarUnits.ShiftUnit(published, unit, shift)
            ?? throw new ArgumentOutOfRangeException(nameof(published), published, "Outside the supported calendar.");
        return TimePointResult.Success(TimePoint.UnitOf(start, unit));
    }

    // "earlier this year" runs from the start of the unit to the day before publication,
    // "later this year" from the day after publication to the unit's end.
    private static TimePointResult PartOfCurrentUnit(ExpressionInput input, Match match)
    {
        var unit = CalendarWords.Unit(match.Groups["unit"].Value);
        var published = input.Published;
        var earlier = match.Groups["relation"].Value == "earlier";
        var first = earlier ? CalendarUnits.StartOf(published, unit) : published.AddDays(1);
        var last = earlier ? published.AddDays(-1) : CalendarUnits.EndOf(published, unit);
        if (last < first)
        {
            var edge = earlier ? "first" : "last";
            return TimePointResult.Failure(
                $"'{input.Text}' is empty: the publication date {published:yyyy-MM-dd} is the {edge} day of its {match.Groups["unit"].Value}");
        }
        return TimePointResult.Success(TimePoint.UnitsBetween(first, last, DatePrecision.Day));
    }

    private static TimePointResult MonthBefore(DateOnly published, int month)
    {
        var year = month <= published.Month ? published.Year : published.Year - 1;
        return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, month, 1), DatePrecision.Month));
    }

    private static TimePointResult MonthDayBefore(ExpressionInput input, Match match)
    {
        var month = CalendarWords.Month(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        // A leap year's 29 February is the longest any month gets; 2000 is a leap year.
        var longest = DateTime.DaysInMonth(2000, month);
        if (day < 1 || day > longest)
        {
            return TimePointResult.Failure(string.Create(CultureInfo.InvariantCulture,
                $"'{input.Text}': {AbsoluteExpressions.MonthName(month)} never has a day {day} (it has at most {longest} days)"));
        }
        // 29 February recurs only in leap years, at most eight years apart (1896 to 1904).
        for (var year = input.Published.Year; year >= Math.Max(1, input.Published.Year - 8); year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= input.Published)
                return Day(new DateOnly(year, month, day));
        }
        return TimePointResult.Failure($"'{input.Text}': no such day on or before the publication date {input.Published:yyyy-MM-dd}");
    }

    [GeneratedRegex("^(?:today|tonight|this (?:morning|afternoon|evening))$", RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex("^(?:yesterday(?: (?:morning|afternoon|evening))?|last night)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();

    [GeneratedRegex("^tomorrow(?: (?:morning|afternoon|evening|night))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(
        "^(?:(?<relation>last|next|this) )?(?<weekday>" + CalendarWords.WeekdayPattern + ")(?: (?:morning|afternoon|evening|night))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex("^(?<relation>this|last|next|previous|coming|current) (?<unit>week|month|quarter|year)$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex("^(?<relation>earlier|later) this (?<unit>week|month|quarter|year)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfCurrentUnit();

    [GeneratedRegex("^" + Month + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlone();

    [GeneratedRegex("^" + Month + " " + CalendarWords.DayPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex("^(?:the )?" + CalendarWords.DayPattern + " (?:of )?" + Month + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();
}
