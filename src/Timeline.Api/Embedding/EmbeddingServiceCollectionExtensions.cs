using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Embedding;

/// <summary>Binds and validates <c>Timeline:Embed</c>, and registers the framing headers and the feeds' CORS policy made from it.</summary>
public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>The CORS policy of the feeds: GET from the allowed origins, no credentials.</summary>
    public const string CorsPolicy = "embed";

    public static IServiceCollection AddTimelineEmbedding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>());
        services.TryAddSingleton<EmbeddingHeaderValues>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<EmbeddingOptions>>((cors, embedding) =>
            cors.AddPolicy(CorsPolicy, policy =>
            {
                var origins = embedding.Value.AllowedOrigins;
                if (origins.Contains("*")) policy.AllowAnyOrigin();
                else policy.WithOrigins([.. origins]);
                policy.WithMethods("GET", "HEAD").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return services;
    }
}
