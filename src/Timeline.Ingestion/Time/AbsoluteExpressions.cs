using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Expressions that carry their own year: "2014", "January 2020", "January 3, 2020",
/// "3 January 2020", "Q1 2020", "the first half of 2020", "early 2020", "late January 2020".
/// </summary>
/// <remarks>
/// "early/mid/late YEAR" become the month ranges Jan–Apr, May–Aug and Sep–Dec: thirds of the
/// year, so the three together cover it without overlap and each is wide enough to hold what a
/// writer means by them. "early/mid/late MONTH YEAR" likewise become days 1–10, 11–20 and 21 to
/// the month's end.
/// </remarks>
internal static partial class AbsoluteExpressions
{
    private const string Month = "(?<month>" + CalendarWords.MonthPattern + ")";
    private const string Year = "(?<year>[0-9]{4})";
    private const string Part = "(?<part>early|mid|middle|late)";

    public static TimePointResult? TryResolve(ExpressionInput input)
    {
        var text = input.Normalized;
        Match match;
        if ((match = YearOnly().Match(text)).Success)
            return WithYear(input, match, year => TimePoint.UnitOf(new DateOnly(year, 1, 1), DatePrecision.Year));
        if ((match = PartOfYear().Match(text)).Success)
            return WithYear(input, match, year => PartOfYear(year, match.Groups["part"].Value));
        if ((match = MonthYear().Match(text)).Success)
            return WithYear(input, match, year => TimePoint.UnitOf(new DateOnly(year, MonthOf(match), 1), DatePrecision.Month));
        if ((match = PartOfMonth().Match(text)).Success)
            return WithYear(input, match, year => PartOfMonth(year, MonthOf(match), match.Groups["part"].Value));
        if ((match = MonthDayYear().Match(text)).Success || (match = DayMonthYear().Match(text)).Success)
            return DayOf(input, match);
        if ((match = QuarterYear().Match(text)).Success)
            return WithYear(input, match, year => TimePoint.UnitOf(new DateOnly(year, QuarterOf(match) * 3 - 2, 1), DatePrecision.Quarter));
        if ((match = HalfYear().Match(text)).Success)
            return WithYear(input, match, year => HalfOf(year, match.Groups["half"].Value));
        return null;
    }

    private static TimePointResult WithYear(ExpressionInput input, Match match, Func<int, TimePoint> make)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return year < 1
            ? TimePointResult.Failure($"'{input.Text}': year 0000 is outside the supported years 0001 to 9999")
            : TimePointResult.Success(make(year));
    }

    private static TimePointResult DayOf(ExpressionInput input, Match match)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = MonthOf(match);
        var day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1)
            return TimePointResult.Failure($"'{input.Text}': year 0000 is outside the supported years 0001 to 9999");
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return TimePointResult.Failure(string.Create(CultureInfo.InvariantCulture,
                $"'{input.Text}': {MonthName(month)} {year:D4} has {days} days, so day {day} does not exist"));
        }
        return TimePointResult.Success(TimePoint.UnitOf(new DateOnly(year, month, day), DatePrecision.Day));
    }

    private static TimePoint PartOfYear(int year, string part)
    {
        var (first, last) = part switch
        {
            "early" => (1, 4),
            "late" => (9, 12),
            _ => (5, 8),
        };
        return TimePoint.UnitsBetween(new DateOnly(year, first, 1), new DateOnly(year, last, 1), DatePrecision.Month);
    }

    private static TimePoint PartOfMonth(int year, int month, string part)
    {
        var (first, last) = part switch
        {
            "early" => (1, 10),
            "late" => (21, DateTime.DaysInMonth(year, month)),
            _ => (11, 20),
        };
        return TimePoint.UnitsBetween(new DateOnly(year, month, first), new DateOnly(year, month, last), DatePrecision.Day);
    }

    private static TimePoint HalfOf(int year, string half) => half == "first"
        ? TimePoint.UnitsBetween(new DateOnly(year, 1, 1), new DateOnly(year, 4, 1), DatePrecision.Quarter)
        : TimePoint.UnitsBetween(new DateOnly(year, 7, 1), new DateOnly(year, 10, 1), DatePrecision.Quarter);

    private static int MonthOf(Match match) => CalendarWords.Month(match.Groups["month"].Value);

    private static int QuarterOf(Match match) => match.Groups["q"].Success
        ? match.Groups["q"].ValueSpan[0] - '0'
        : match.Groups["ordinal"].Value switch
        {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };

    internal static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    [GeneratedRegex("^" + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex("^" + Part + "[ -]?" + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfYear();

    [GeneratedRegex("^" + Month + " (?:of )?" + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex("^" + Part + "[ -]?" + Month + " (?:of )?" + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfMonth();

    [GeneratedRegex("^" + Month + " " + CalendarWords.DayPattern + " " + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex("^(?:the )?" + CalendarWords.DayPattern + " (?:of )?" + Month + " " + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("^(?:q(?<q>[1-4])|(?:the )?(?<ordinal>first|second|third|fourth) quarter(?: of)?) " + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterYear();

    [GeneratedRegex("^(?:the )?(?<half>first|second) half of " + Year + "$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();
}
