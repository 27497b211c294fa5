using Timeline.Api.Embedding;
using Timeline.Api.Web;

namespace Timeline.Api.Embed;

/// <summary>
/// The embeddable timeline: <c>GET /embed/timeline</c>, a page for iframes chosen by query parameters (see
/// <see cref="TimelineParameters"/>; a bad one is a 400 naming it), and <c>GET /embed/timeline.js</c>, the
/// <c>&lt;timeline-view&gt;</c> web component the page itself uses. Both draw every datum through the public
/// GraphQL API at <c>/graphql</c>, from the browser.
/// </summary>
public static class EmbedEndpoints
{
    public const string PagePattern = "/embed/timeline";
    public const string ScriptPattern = "/embed/timeline.js";
    public const string ScriptResource = "Timeline.Api.Embed.timeline.js";

    public static IEndpointRouteBuilder MapTimelineEmbed(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(PagePattern, (HttpContext http) =>
        {
            var parsed = TimelineParameters.Parse(http.Request.Query);
            if (parsed.Parameters is null) return parsed.Problem();
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Content(EmbedPage.Render(parsed.Parameters), "text/html; charset=utf-8");
        })
        .WithDisplayName("GET " + PagePattern)
        .WithEmbeddingHeaders();

        // Dashboards on other origins load the component: a classic script needs no CORS, but a fetch or a module import does.
        endpoints.MapEmbeddedAsset(ScriptPattern, ScriptResource, "text/javascript; charset=utf-8")
            .WithEmbeddingCors();
        return endpoints;
    }
}
