namespace Timeline.Api.Embedding;

/// <summary>The "Timeline:Embed" section: which other web origins may frame the pages and read the feeds.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Timeline:Embed";

    /// <summary>
    /// Origins such as <c>https://dashboards.example.org</c>; <c>*</c> allows any. Empty: only the host's own origin may
    /// frame the pages (<c>frame-ancestors 'self'</c>), and the feeds carry no CORS headers.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
