using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Api.Feeds;

/// <summary>
/// Events in Knight Lab TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html): a title
/// slide and <c>events[]</c> with <c>start_date</c>/<c>end_date</c> down to the event's precision, <c>display_date</c>,
/// <c>text { headline, text }</c> (HTML, every value encoded), <c>group</c> (the event type), <c>unique_id</c>, and a
/// <c>media</c> quote from the first source with the <c>credit</c> naming every publisher that reports the event.
/// </summary>
public static class TimelineJsFeed
{
    public static JsonObject Build(IReadOnlyList<FeedEvent> events, string headline)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = new JsonObject
                {
                    ["headline"] = Encode(headline),
                    ["text"] = Encode($"{events.Count} {(events.Count == 1 ? "event" : "events")}, each with the articles that report it."),
                },
            },
            ["events"] = new JsonArray([.. events.Select(Event)]),
        };
    }

    private static JsonObject Event(FeedEvent feedEvent)
    {
        var (start, end) = TimelineJsDates.Of(feedEvent.When);
        var slide = new JsonObject
        {
            ["unique_id"] = feedEvent.Id,
            ["start_date"] = start,
        };
        if (end is not null) slide["end_date"] = end;
        slide["display_date"] = TimePart.LabelOf(feedEvent.When.Value);
        slide["text"] = new JsonObject { ["headline"] = Encode(feedEvent.Title), ["text"] = Body(feedEvent) };
        slide["group"] = feedEvent.Type;
        if (feedEvent.Sources.Count > 0) slide["media"] = Media(feedEvent);
        return slide;
    }

    /// <summary>The first source's quote as a blockquote (TimelineJS draws HTML blockquotes as media), credited to the publishers.</summary>
    private static JsonObject Media(FeedEvent feedEvent)
    {
        var first = feedEvent.Sources[0];
        return new JsonObject
        {
            ["url"] = $"<blockquote>{Encode(first.Quote)}</blockquote>",
            ["caption"] = Link(first),
            ["credit"] = Encode(Publishers(feedEvent)),
        };
    }

    /// <summary>Who published the reports: each publisher once, or the article title when an article names none.</summary>
    public static string Publishers(FeedEvent feedEvent)
    {
        ArgumentNullException.ThrowIfNull(feedEvent);
        return string.Join(", ", feedEvent.Sources.Select(source => source.Publisher ?? source.ArticleTitle).Distinct(StringComparer.Ordinal));
    }

    private static string Body(FeedEvent feedEvent)
    {
        var html = new StringBuilder();
        if (feedEvent.Summary is not null) html.Append("<p>").Append(Encode(feedEvent.Summary)).Append("</p>");
        if (feedEvent.Place is not null) html.Append("<p>Where: ").Append(Encode(feedEvent.Place)).Append("</p>");
        if (feedEvent.Participants.Count > 0)
        {
            html.Append("<p>Who: ")
                .AppendJoin(", ", feedEvent.Participants.Select(p => $"{Encode(p.Name)} ({Encode(p.Role)})"))
                .Append("</p>");
        }
        html.Append("<p>Sources:</p><ul>");
        foreach (var source in feedEvent.Sources)
        {
            html.Append("<li>").Append(Link(source)).Append(": “").Append(Encode(source.Quote)).Append("”</li>");
        }
        html.Append("</ul>");
        if (feedEvent.Conflicts.Count > 0)
        {
            html.Append("<p>Sources disagree on ").AppendJoin("; ", feedEvent.Conflicts.Select(Encode)).Append("</p>");
        }
        return html.ToString();
    }

    private static string Link(FeedSource source)
    {
        var label = Encode(source.Publisher is null ? source.ArticleTitle : $"{source.ArticleTitle} ({source.Publisher})");
        return Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Encode(url.AbsoluteUri)}\">{label}</a>"
            : label;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
