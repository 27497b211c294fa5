using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Timeline.Neo4j.QueryApi;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jQueryClient"/> as a typed HTTP client with validated options (checked at
    /// start-up) and one shared <see cref="Neo4jBookmarks"/>, so read-your-writes holds across client instances.
    /// </summary>
    public static IHttpClientBuilder AddNeo4jQueryClient(this IServiceCollection services, Action<Neo4jClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<Neo4jClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jClientOptions>, Neo4jClientOptionsValidator>());
        services.TryAddSingleton<Neo4jBookmarks>();

        // The client applies its own per-request timeout; HttpClient's 100 s default must not cut in first.
        return services.AddHttpClient<Neo4jQueryClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
    }
}
