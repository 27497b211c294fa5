namespace Timeline.Api.BananaCakePop;

/// <summary>
/// The IDE's <c>bcp-config.json</c>, read by the IDE from beside its <c>index.html</c>: which endpoint to query
/// (the browser's own URL, so it works behind any host name) and the document a new tab starts with.
/// </summary>
public sealed record BananaCakePopConfiguration
{
    public string Title { get; init; } = "Timeline";

    /// <summary>Resolve <see cref="Endpoint"/> against the page's URL rather than taking it literally.</summary>
    public bool UseBrowserUrlAsEndpoint { get; init; } = true;

    public string? Endpoint { get; init; }

    /// <summary>The operation a new document starts with.</summary>
    public string? GraphQLDocument { get; init; }

    public bool IncludeCookies { get; init; }

    /// <summary>The service runs where nothing may phone home.</summary>
    public bool DisableTelemetry { get; init; } = true;

    /// <summary>The configuration for an IDE served at <paramref name="endpoint"/>.</summary>
    public static BananaCakePopConfiguration For(string endpoint) => new()
    {
        Endpoint = endpoint,
        GraphQLDocument = """
            # The first events of the timeline, earliest first. Press Run (Ctrl+Enter).
            query Timeline {
              timeline(first: 10) {
                totalCount
                nodes {
                  title
                  when { value precision }
                  participants { role entity { name kind } }
                  sourceCount
                }
              }
            }
            """,
    };
}
