using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Hosting;

/// <summary>The composition every executable shares: options, store, start-up preparation, pipeline.</summary>
public static class TimelineServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Timeline" section and validates it when the host starts; registers the store that
    /// <c>Timeline:Store</c> names, a start-up step that creates the data directory and applies
    /// migrations once, the inbox paths and the ingestion pipeline.
    /// </summary>
    public static IServiceCollection AddTimeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TimelineOptions>()
            .Bind(configuration.GetSection(TimelineOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TimelineOptions>, TimelineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => GraphStoreFactory.Create(
            sp.GetRequiredService<IOptions<TimelineOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => InboxPaths.From(sp.GetRequiredService<IOptions<TimelineOptions>>().Value));
        services.TryAddSingleton(sp => IngestionPipeline.CreateDefault(
            sp.GetRequiredService<IGraphStore>(),
            new IngestionPipelineOptions { MaxDocumentBytes = sp.GetRequiredService<IOptions<TimelineOptions>>().Value.Ingestion.MaxDocumentBytes },
            sp.GetRequiredService<ILogger<IngestionPipeline>>()));
        services.TryAddSingleton<TimelineInitializer>();

        // Hosted services start in registration order: preparing the store comes before any consumer.
        services.AddHostedService<TimelineStartupService>();
        return services;
    }
}
