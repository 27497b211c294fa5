using Microsoft.Extensions.Options;

namespace Timeline.Api.Embedding;

/// <summary>
/// The framing headers of embeddable pages, computed once from <see cref="EmbeddingOptions"/>:
/// <c>Content-Security-Policy: frame-ancestors 'self' &lt;origins&gt;</c>, and, when no other origin is allowed,
/// <c>X-Frame-Options: SAMEORIGIN</c> for browsers that predate frame-ancestors (it cannot name other origins,
/// so it is left out as soon as one is allowed: newer browsers follow frame-ancestors over it anyway).
/// </summary>
public sealed class EmbeddingHeaderValues
{
    public EmbeddingHeaderValues(IOptions<EmbeddingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var origins = options.Value.AllowedOrigins;
        ContentSecurityPolicy = origins.Contains("*")
            ? "frame-ancestors *"
            : "frame-ancestors 'self'" + string.Concat(origins.Distinct(StringComparer.OrdinalIgnoreCase).Select(origin => " " + origin));
        FrameOptions = origins.Count == 0 ? "SAMEORIGIN" : null;
    }

    public string ContentSecurityPolicy { get; }

    /// <summary>The X-Frame-Options value, or null when other origins may frame the pages.</summary>
    public string? FrameOptions { get; }

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (FrameOptions is not null) response.Headers.XFrameOptions = FrameOptions;
    }
}
