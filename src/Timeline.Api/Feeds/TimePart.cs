using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Api.Feeds;

/// <summary>
/// One ISO 8601 time value as the API writes it (<c>yyyy</c>, <c>yyyy-Qn</c>, <c>yyyy-MM</c>, <c>yyyy-Www</c>,
/// <c>yyyy-MM-dd</c>), split into its fields, with the label that says it as precisely as it is known.
/// </summary>
public sealed partial record TimePart(TimePartKind Kind, int Year, int Number, int Day)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static TimePart Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = Pattern().Match(value);
        if (!match.Success) throw new FormatException($"'{value}' is not an ISO time value (yyyy, yyyy-Qn, yyyy-MM, yyyy-Www or yyyy-MM-dd).");
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int Group(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var part = match.Groups["quarter"].Success ? new TimePart(TimePartKind.Quarter, year, Group("quarter"), 0)
            : match.Groups["week"].Success ? new TimePart(TimePartKind.Week, year, Group("week"), 0)
            : match.Groups["day"].Success ? new TimePart(TimePartKind.Day, year, Group("month"), Group("day"))
            : match.Groups["month"].Success ? new TimePart(TimePartKind.Month, year, Group("month"), 0)
            : new TimePart(TimePartKind.Year, year, 0, 0);
        if (!part.IsInCalendar()) throw new FormatException($"'{value}' names no month, week or day of the calendar.");
        return part;
    }

    private bool IsInCalendar() => Kind switch
    {
        TimePartKind.Month => Number is >= 1 and <= 12,
        TimePartKind.Week => Number is >= 1 and <= 53,
        TimePartKind.Day => Number is >= 1 and <= 12 && Year >= 1 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Number),
        _ => true,
    };

    /// <summary>"2020", "Q1 2020", "January 2020", "week 13 of 2021", "7 April 2021".</summary>
    public string Label => Kind switch
    {
        TimePartKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        TimePartKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{Number} {Year}"),
        TimePartKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Months[Number - 1]} {Year}"),
        TimePartKind.Week => string.Create(CultureInfo.InvariantCulture, $"week {Number} of {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Day} {Months[Number - 1]} {Year}"),
    };

    /// <summary>The label of a whole value: one part, or a range of two joined by an en dash.</summary>
    public static string LabelOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? Parse(value).Label : Parse(value[..slash]).Label + " – " + Parse(value[(slash + 1)..]).Label;
    }

    [GeneratedRegex(@"^(?<year>-?[0-9]{4})(?:-Q(?<quarter>[1-4])|-W(?<week>[0-9]{2})|-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>How precisely a <see cref="TimePart"/> is known.</summary>
public enum TimePartKind
{
    Year,
    Quarter,
    Month,
    Week,
    Day,
}
