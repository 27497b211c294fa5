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
        if (match.Groups["quarter"].Success) return new TimePart(TimePartKind.Quarter, year, Group("quarter"), 0);
        if (match.Groups["week"].Success) return new TimePart(TimePartKind.Week, year, Group("week"), 0);
        if (match.Groups["day"].Success) return new TimePart(TimePartKind.Day, year, Group("month"), Group("day"));
        if (match.Groups["month"].Success) return new TimePart(TimePartKind.Month, year, Group("month"), 0);
        return new TimePart(TimePartKind.Year, year, 0, 0);
    }

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
