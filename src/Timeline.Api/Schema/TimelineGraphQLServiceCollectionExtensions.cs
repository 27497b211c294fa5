using Timeline.GraphQL.Execution;
using GraphQLSchema = Timeline.GraphQL.Types.Schema;

namespace Timeline.Api.Schema;

/// <summary>Registers the timeline schema and its executor (singletons: both are immutable and thread-safe).</summary>
public static class TimelineGraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineGraphQL(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<GraphQLSchema>(_ => TimelineSchema.Build());
        services.AddSingleton(sp => new GraphQLExecutor(sp.GetRequiredService<GraphQLSchema>()));
        return services;
    }
}
