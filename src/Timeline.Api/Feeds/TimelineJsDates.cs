using System.Text.Json.Nodes;

namespace Timeline.Api.Feeds;

/// <summary>
/// TimelineJS3 date objects (<c>{ year, month, day }</c>) down to an event's precision: a month-precise event has
/// no day, a year-precise one only a year. TimelineJS has no weeks or quarters, so those become the span of their
/// days or months (a start and an end date), and <c>display_date</c> still says "week 13 of 2021" or "Q1 2020".
/// </summary>
public static class TimelineJsDates
{
    /// <summary>The start and, for ranges, weeks and quarters, the end date of <paramref name="when"/>.</summary>
    public static (JsonObject Start, JsonObject? End) Of(FeedTime when)
    {
        ArgumentNullException.ThrowIfNull(when);
        var slash = when.Value.IndexOf('/', StringComparison.Ordinal);
        var first = TimePart.Parse(slash < 0 ? when.Value : when.Value[..slash]);
        var last = slash < 0 ? first : TimePart.Parse(when.Value[(slash + 1)..]);
        var start = Side(first, when.Earliest, atEnd: false);
        var spans = slash >= 0 || first.Kind is TimePartKind.Week or TimePartKind.Quarter;
        return (start, spans ? Side(last, when.Latest, atEnd: true) : null);
    }

    /// <summary>
    /// One end of the value. A week is given by its first or last day (<paramref name="day"/>, the API's earliest
    /// or latest day of the event), a quarter by its first or last month.
    /// </summary>
    private static JsonObject Side(TimePart part, DateOnly day, bool atEnd) => part.Kind switch
    {
        TimePartKind.Year => new JsonObject { ["year"] = part.Year },
        TimePartKind.Quarter => new JsonObject { ["year"] = part.Year, ["month"] = (part.Number * 3) - (atEnd ? 0 : 2) },
        TimePartKind.Month => new JsonObject { ["year"] = part.Year, ["month"] = part.Number },
        TimePartKind.Week => new JsonObject { ["year"] = day.Year, ["month"] = day.Month, ["day"] = day.Day },
        _ => new JsonObject { ["year"] = part.Year, ["month"] = part.Number, ["day"] = part.Day },
    };
}
