using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Timeline.Worker;

/// <summary>Adds the inbox worker to a host that already has <c>AddTimeline</c>: the worker process, or the GraphQL host in-process.</summary>
public static class WorkerServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineWorker(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<InboxProcessor>();
        services.TryAddSingleton<SampleLoader>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}
