using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Timeline.Api.Configuration;

namespace Timeline.Api.Composition;

/// <summary>The CORS policy of <c>/graphql</c>, from <c>Timeline:Cors:AllowedOrigins</c>.</summary>
internal static class CorsServiceCollectionExtensions
{
    public const string GraphQLPolicy = "graphql";

    public static IServiceCollection AddTimelineCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) =>
            cors.AddPolicy(GraphQLPolicy, policy =>
            {
                var origins = api.Value.Cors.AllowedOrigins;
                if (origins.Contains("*")) policy.AllowAnyOrigin();
                else policy.WithOrigins([.. origins]);
                // Keys travel in headers, never in cookies: no credentials needed.
                policy.WithMethods("GET", "POST")
                    .WithHeaders("Authorization", "X-Api-Key", "Content-Type", "Accept")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return services;
    }
}
