using System.Text.Json;
using Timeline.Api.Embed;
using Timeline.Api.Embedding;

namespace Timeline.Api.Feeds;

/// <summary>
/// <c>GET /feeds/timeline.json</c> (TimelineJS3) and <c>GET /feeds/timeline.csv</c>: the events the embedded
/// timeline would show for the same query parameters (<see cref="TimelineParameters"/>; a bad one is a 400 naming
/// it), with CORS for the origins of <c>Timeline:Embed:AllowedOrigins</c>.
/// </summary>
public static class FeedEndpoints
{
    public const string JsonPattern = "/feeds/timeline.json";
    public const string CsvPattern = "/feeds/timeline.csv";

    public static IEndpointRouteBuilder MapTimelineFeeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(JsonPattern, async (HttpContext http, CancellationToken cancellationToken) =>
        {
            var parsed = TimelineParameters.Parse(http.Request.Query);
            if (parsed.Parameters is null) return parsed.Problem();
            var events = await new FeedEventReader(http.RequestServices).ReadAsync(parsed.Parameters.Filter, http, cancellationToken);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(TimelineJsFeed.Build(events, "Timeline").ToJsonString(JsonSerializerOptions.Web), "application/json; charset=utf-8");
        })
        .WithDisplayName("GET " + JsonPattern)
        .WithEmbeddingCors();

        endpoints.MapGet(CsvPattern, async (HttpContext http, CancellationToken cancellationToken) =>
        {
            var parsed = TimelineParameters.Parse(http.Request.Query);
            if (parsed.Parameters is null) return parsed.Problem();
            var events = await new FeedEventReader(http.RequestServices).ReadAsync(parsed.Parameters.Filter, http, cancellationToken);
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ContentDisposition = "inline; filename=\"timeline.csv\"";
            return Results.Text(CsvFeed.Build(events), "text/csv; charset=utf-8; header=present");
        })
        .WithDisplayName("GET " + CsvPattern)
        .WithEmbeddingCors();
        return endpoints;
    }
}
