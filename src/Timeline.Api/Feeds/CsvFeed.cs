using System.Globalization;

namespace Timeline.Api.Feeds;

/// <summary>Events as CSV (RFC 4180, a header row first), one event a row; lists within a field are joined by "; ", quotes by line breaks.</summary>
public static class CsvFeed
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "type", "title", "summary", "when", "precision", "display_date", "earliest", "latest", "place",
        "participants", "tags", "source_count", "publishers", "article_titles", "article_urls", "quotes", "conflicts",
    ];

    public static string Build(IReadOnlyList<FeedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new CsvWriter().Record(Header);
        foreach (var e in events)
        {
            var articles = e.Sources.DistinctBy(source => source.ArticleId).ToList();
            csv.Record(
            [
                e.Id,
                e.Type,
                e.Title,
                e.Summary,
                e.When.Value,
                e.When.Precision,
                TimePart.LabelOf(e.When.Value),
                e.When.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.When.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Place,
                string.Join("; ", e.Participants.Select(p => $"{p.Name} ({p.Role})")),
                string.Join("; ", e.Tags),
                e.SourceCount.ToString(CultureInfo.InvariantCulture),
                TimelineJsFeed.Publishers(e),
                string.Join("; ", articles.Select(article => article.ArticleTitle)),
                string.Join("; ", articles.Select(article => article.Url).OfType<string>()),
                string.Join("\n", e.Sources.Select(source => source.Quote)),
                string.Join("; ", e.Conflicts),
            ]);
        }
        return csv.ToString();
    }
}
