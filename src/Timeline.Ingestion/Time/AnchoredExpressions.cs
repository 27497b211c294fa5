using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Expressions relative to another event of the same document (the expression's anchor):
/// "days after that incident", "weeks later", "a year later", "two months before the vote",
/// "the following day", "the next year", "the day before", "that day", "later that month".
/// "Next year" without "the" is relative to publication instead, as in everyday news usage.
/// </summary>
/// <remarks>
/// "N units later" shifts the anchor by exactly N units and keeps the anchor's precision when
/// the shifted bounds still fill whole units of it ("a year later" than 2020-01 is 2021-01);
/// otherwise the result is a day range. "The following unit" is the calendar unit after the
/// anchor's own ("the next year" after 2020-01-03 is 2021). "That unit" and "later/earlier that
/// unit" need the anchor to lie within a single such unit; "later that month" is the rest of the
/// month after the anchor, "earlier that month" the part before it. The windows of "days/weeks/
/// months after" are explained in <see cref="AnchoredWindows"/>.
/// </remarks>
internal static partial class AnchoredExpressions
{
    private const string Direction = "(?:(?<direction>after|before)(?: .+)?|(?<direction>later|earlier))";
    private const string DayParts = "day|morning|afternoon|evening|night";

    public static TimePointResult? TryResolve(ExpressionInput input)
    {
        var text = input.Normalized;
        Match match;
        if ((match = Window().Match(text)).Success)
            return WithAnchor(input, anchor => Window(input, anchor, match));
        if ((match = Shift().Match(text)).Success)
            return WithAnchor(input, anchor => Shift(input, anchor, match));
        if ((match = Adjacent().Match(text)).Success || (match = UnitAfter().Match(text)).Success)
            return WithAnchor(input, anchor => Adjacent(input, anchor, match));
        if ((match = Same().Match(text)).Success)
            return WithAnchor(input, anchor => Same(input, anchor, match));
        return null;
    }

    private static TimePointResult WithAnchor(ExpressionInput input, Func<TimePoint, TimePointResult> resolve)
    {
        if (input.AnchorKey is null)
            return TimePointResult.Failure($"'{input.Text}' is relative to another event: name that event's key in 'anchor'");
        if (input.Anchor is null)
            return TimePointResult.Failure($"'{input.Text}' is anchored on '{input.AnchorKey}', which has no resolved time");
        return resolve(input.Anchor);
    }

    private static TimePointResult Window(ExpressionInput input, TimePoint anchor, Match match)
    {
        var unit = CalendarWords.Unit(match.Groups["unit"].Value);
        return Checked(input, AnchoredWindows.Window(anchor, unit, DirectionOf(match)));
    }

    private static TimePointResult Shift(ExpressionInput input, TimePoint anchor, Match match)
    {
        var unit = CalendarWords.Unit(match.Groups["unit"].Value);
        var count = CalendarWords.Count(match.Groups["count"].Value) * DirectionOf(match);
        var earliest = ShiftDate(anchor.Earliest, unit, count);
        var latest = ShiftDate(anchor.Latest, unit, count);
        if (earliest is null || latest is null)
            return Checked(input, null);
        // The finest-first search ends at Day, which every pair of days fills.
        for (var precision = anchor.Precision; ; precision--)
        {
            if (CalendarUnits.IsStartOf(earliest.Value, precision) && CalendarUnits.IsEndOf(latest.Value, precision))
                return TimePointResult.Success(TimePoint.UnitsBetween(earliest.Value, latest.Value, precision));
        }
    }

    private static TimePointResult Adjacent(ExpressionInput input, TimePoint anchor, Match match)
    {
        var unit = UnitOf(match);
        var step = match.Groups["relation"].Value is "previous" or "preceding" or "prior" or "before" ? -1 : 1;
        var first = CalendarUnits.ShiftUnit(anchor.Earliest, unit, step);
        var last = CalendarUnits.ShiftUnit(anchor.Latest, unit, step);
        if (first is null || last is null)
            return Checked(input, null);
        return TimePointResult.Success(TimePoint.UnitsBetween(first.Value, CalendarUnits.EndOf(last.Value, unit), unit));
    }

    private static TimePointResult Same(ExpressionInput input, TimePoint anchor, Match match)
    {
        var unit = UnitOf(match);
        var unitWord = match.Groups["unit"].Value;
        if (CalendarUnits.StartOf(anchor.Earliest, unit) != CalendarUnits.StartOf(anchor.Latest, unit))
        {
            return TimePointResult.Failure(string.Create(CultureInfo.InvariantCulture,
                $"'{input.Text}' needs an anchor within a single {unitWord}, but '{input.AnchorKey}' is {anchor.Value} ({anchor.Earliest:yyyy-MM-dd} to {anchor.Latest:yyyy-MM-dd})"));
        }
        var relation = match.Groups["relation"].Value;
        if (relation.Length == 0 || unit == DatePrecision.Day)
            return TimePointResult.Success(TimePoint.UnitOf(anchor.Earliest, unit));

        var later = relation == "later";
        var first = later ? CalendarUnits.SafeDays(anchor.Earliest, 1) : CalendarUnits.StartOf(anchor.Earliest, unit);
        var last = later ? CalendarUnits.EndOf(anchor.Latest, unit) : CalendarUnits.SafeDays(anchor.Latest, -1);
        if (first is null || last is null || last < first)
        {
            return TimePointResult.Failure(
                $"'{input.Text}' leaves no day: '{input.AnchorKey}' ({anchor.Value}) reaches the {(later ? "end" : "start")} of its {unitWord}");
        }
        return TimePointResult.Success(TimePoint.UnitsBetween(first.Value, last.Value, DatePrecision.Day));
    }

    private static DateOnly? ShiftDate(DateOnly date, DatePrecision unit, int count) => unit switch
    {
        DatePrecision.Day => CalendarUnits.SafeDays(date, count),
        DatePrecision.Week => CalendarUnits.SafeDays(date, 7L * count),
        DatePrecision.Month => CalendarUnits.SafeMonths(date, count),
        DatePrecision.Quarter => CalendarUnits.SafeMonths(date, 3L * count),
        _ => CalendarUnits.SafeMonths(date, 12L * count),
    };

    private static TimePointResult Checked(ExpressionInput input, TimePoint? point) => point is null
        ? TimePointResult.Failure($"'{input.Text}' falls outside the supported calendar (years 0001 to 9999)")
        : TimePointResult.Success(point);

    private static int DirectionOf(Match match) => match.Groups["direction"].Value is "before" or "earlier" ? -1 : 1;

    private static DatePrecision UnitOf(Match match)
    {
        var word = match.Groups["unit"].Value;
        return word is "week" or "month" or "quarter" or "year" ? CalendarWords.Unit(word) : DatePrecision.Day;
    }

    [GeneratedRegex("^(?:a few |several |some |just |only )?(?<unit>days|weeks|months) " + Direction + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Window();

    [GeneratedRegex(
        "^(?:just |only )?(?<count>" + CalendarWords.CountPattern + ") (?<unit>day|week|month|quarter|year)s? " + Direction + "$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shift();

    [GeneratedRegex("^(?:the (?<relation>following|next|previous|preceding|prior)|(?<relation>following|preceding)) (?<unit>" + DayParts + "|week|month|quarter|year)$", RegexOptions.CultureInvariant)]
    private static partial Regex Adjacent();

    [GeneratedRegex("^the (?<unit>day|week|month|quarter|year) (?<relation>after|before)(?: .+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex("^(?:(?<relation>later|earlier) )?(?:that|the same) (?<unit>" + DayParts + "|week|month|quarter|year)$", RegexOptions.CultureInvariant)]
    private static partial Regex Same();
}
