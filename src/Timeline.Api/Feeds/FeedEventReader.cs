using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;

namespace Timeline.Api.Feeds;

/// <summary>
/// Reads every event matching a filter for the feeds, page by page, through the GraphQL executor in process.
/// The executor rather than the store port: the feeds then show exactly what the public API (and so the embedded
/// page) shows (the same merging of sources, conflicts, filters and order) without a second mapping of the store
/// to maintain, and without an HTTP round trip to the host itself.
/// </summary>
public sealed class FeedEventReader(IServiceProvider services)
{
    /// <summary>The API's largest page.</summary>
    public const int PageSize = 100;

    private const string Query = """
        query Feed($where: EventFilter, $after: String, $first: Int) {
          timeline(where: $where, first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id type title summary sourceCount tags
              when { value precision earliest latest text }
              place { name }
              participants { role entity { name kind } }
              sources { quote article { id title publisher url published } }
              conflicts { field values { value } }
            }
          }
        }
        """;

    public async Task<IReadOnlyList<FeedEvent>> ReadAsync(EventFilter filter, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(http);
        var executor = services.GetService<IRequestExecutor>() ?? services.GetRequiredService<GraphQLExecutor>();
        var events = new List<FeedEvent>();
        string? after = null;
        do
        {
            var variables = new JsonObject { ["where"] = Where(filter), ["after"] = after, ["first"] = PageSize };
            var request = GraphQLRequest.Create(Query, variables.ToJsonString()) with { AllowedOperations = AllowedOperations.Query };
            var result = await executor.ExecuteAsync(request, http.RequestServices, cancellationToken);
            if (result.Errors.Count > 0 || result.Data is not { } data)
            {
                throw new InvalidOperationException("The timeline query of the feed failed: " + string.Join("; ", result.Errors.Select(error => error.Message)));
            }

            var timeline = data.GetProperty("timeline");
            events.AddRange(timeline.GetProperty("nodes").EnumerateArray().Select(Event));
            var pageInfo = timeline.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return events;
    }

    /// <summary>The store filter as the API's <c>EventFilter</c> input.</summary>
    public static JsonObject Where(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new JsonObject();
        AddList(where, "entities", filter.EntityIds);
        AddList(where, "types", filter.Types);
        AddList(where, "places", filter.PlaceIds);
        AddList(where, "tags", filter.Tags);
        AddList(where, "articles", filter.ArticleIds);
        if (filter.Text is not null) where["text"] = filter.Text;
        if (filter.From is { } from) where["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (filter.To is { } to) where["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (filter.MinSources is { } min) where["minSources"] = min;
        if (filter.MaxSources is { } max) where["maxSources"] = max;
        return where;
    }

    private static void AddList(JsonObject where, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 }) where[name] = new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
    }

    private static FeedEvent Event(JsonElement node)
    {
        var when = node.GetProperty("when");
        return new FeedEvent(
            Text(node, "id")!,
            Text(node, "type")!,
            Text(node, "title")!,
            Text(node, "summary"),
            new FeedTime(Text(when, "value")!, Text(when, "precision")!, Day(when, "earliest"), Day(when, "latest"), Text(when, "text")),
            node.GetProperty("place") is { ValueKind: JsonValueKind.Object } place ? Text(place, "name") : null,
            [.. node.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!)],
            [.. node.GetProperty("participants").EnumerateArray().Select(p =>
                new FeedParticipant(Text(p, "role")!, Text(p.GetProperty("entity"), "name")!, Text(p.GetProperty("entity"), "kind")!))],
            [.. node.GetProperty("sources").EnumerateArray().Select(claim =>
            {
                var article = claim.GetProperty("article");
                return new FeedSource(Text(claim, "quote")!, Text(article, "id")!, Text(article, "title")!, Text(article, "publisher"), Text(article, "url"), Day(article, "published"));
            })],
            node.GetProperty("sourceCount").GetInt32(),
            [.. node.GetProperty("conflicts").EnumerateArray().Select(conflict =>
                Text(conflict, "field") + ": " + string.Join(" | ", conflict.GetProperty("values").EnumerateArray().Select(value => Text(value, "value"))))]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly Day(JsonElement element, string name) =>
        DateOnly.ParseExact(Text(element, name)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
