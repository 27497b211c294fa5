namespace Timeline.Api.Embedding;

/// <summary>The embedding rules of <c>Timeline:Embed:AllowedOrigins</c> for endpoints: framing headers on pages, CORS on feeds.</summary>
public static class EmbeddingEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Sets the framing headers of <see cref="EmbeddingHeaderValues"/> on every response of the endpoints (pages meant
    /// for iframes, such as <c>/embed/timeline</c> and <c>/explore</c>). Needs <see cref="EmbeddingServiceCollectionExtensions.AddTimelineEmbedding"/>.
    /// </summary>
    public static TBuilder WithEmbeddingHeaders<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Wrapping the request delegate (rather than an endpoint filter) works for every kind of endpoint, not only route handlers;
        // the headers are set before the handler writes anything.
        builder.Add(endpoint =>
        {
            var next = endpoint.RequestDelegate
                ?? throw new InvalidOperationException($"The endpoint {endpoint.DisplayName} has no request delegate to add embedding headers to.");
            endpoint.RequestDelegate = http =>
            {
                http.RequestServices.GetRequiredService<EmbeddingHeaderValues>().Apply(http.Response);
                return next(http);
            };
        });
        return builder;
    }

    /// <summary>CORS from <c>Timeline:Embed:AllowedOrigins</c> for read-only endpoints other origins may fetch (the feeds).</summary>
    public static TBuilder WithEmbeddingCors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireCors(EmbeddingServiceCollectionExtensions.CorsPolicy);
    }
}
