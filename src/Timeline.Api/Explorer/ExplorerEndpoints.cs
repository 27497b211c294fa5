using Timeline.Api.Embedding;

namespace Timeline.Api.Explorer;

/// <summary>
/// The graph explorer: <c>GET /explore</c> (the page; <c>?focus=&lt;id&gt;</c> opens with that node's neighbourhood,
/// as the <c>url</c> fields of events and entities link it), its script and its styles. The page draws with
/// cytoscape.js from <c>/_vendor</c> and reads every datum through the public GraphQL API at <c>/graphql</c>.
/// </summary>
public static class ExplorerEndpoints
{
    public const string PagePattern = "/explore";
    public const string ScriptPattern = "/explore/explorer.js";
    public const string StylesPattern = "/explore/explorer.css";

    // HEAD as well: link checkers and proxies ask before they fetch.
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly ExplorerAsset Page = ExplorerAsset.FromText(ExplorerPage.Html, "text/html; charset=utf-8");
    private static readonly ExplorerAsset Script = ExplorerAsset.FromText(ExplorerScript.JavaScript, "text/javascript; charset=utf-8");
    private static readonly ExplorerAsset Styles = ExplorerAsset.FromText(ExplorerStyles.Css, "text/css; charset=utf-8");

    public static IEndpointRouteBuilder MapTimelineExplorer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The page may sit in a dashboard's iframe: the embedding rules (Timeline:Embed:AllowedOrigins) decide who may frame it.
        endpoints.MapMethods(PagePattern, Methods, Page.Serve).WithDisplayName("GET " + PagePattern).WithEmbeddingHeaders();
        endpoints.MapMethods(ScriptPattern, Methods, Script.Serve).WithDisplayName("GET " + ScriptPattern);
        endpoints.MapMethods(StylesPattern, Methods, Styles.Serve).WithDisplayName("GET " + StylesPattern);
        return endpoints;
    }
}
