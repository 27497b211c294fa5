using Timeline.GraphQL.AspNetCore;
using Timeline.GraphQL.Execution;

namespace Timeline.Api.Schema;

/// <summary>Serves the timeline schema over HTTP.</summary>
public static class TimelineGraphQLEndpointExtensions
{
    /// <summary>The schema at <paramref name="pattern"/> (<c>/graphql</c> by default), with the executor registered by <see cref="TimelineGraphQLServiceCollectionExtensions.AddTimelineGraphQL"/>.</summary>
    public static IEndpointConventionBuilder MapTimelineGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Without AddTimelineGraphQL the schema is built here, so that mapping the endpoint is the one line a host needs.
        var executor = endpoints.ServiceProvider.GetService<GraphQLExecutor>() ?? new GraphQLExecutor(TimelineSchema.Build());
        return endpoints.MapGraphQL(pattern, executor, configure);
    }
}
