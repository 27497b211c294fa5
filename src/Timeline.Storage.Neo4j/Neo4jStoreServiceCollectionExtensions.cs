using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;

namespace Timeline.Storage.Neo4j;

public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/> as the <see cref="IGraphStore"/>, with options bound from
    /// <c>Timeline:Neo4j</c> (Uri, User, Password, Database) and validated at start-up.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jStoreOptions>().Bind(configuration.GetSection(Neo4jStoreOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jStoreOptions>, Neo4jStoreOptionsValidator>());
        services.AddHttpClient(nameof(Neo4jGraphStore), client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(provider => Neo4jGraphStore.Create(
            provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Neo4jGraphStore)),
            provider.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
