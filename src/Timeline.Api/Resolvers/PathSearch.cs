using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary><c>Query.paths</c>: up to <c>first</c> shortest simple paths between two entities through events and relations.</summary>
internal static class PathSearch
{
    public static async ValueTask<object?> FindAsync(IResolveFieldContext context)
    {
        var query = new PathQuery(
            context.GetArgument<string>("from") ?? string.Empty,
            context.GetArgument<string>("to") ?? string.Empty,
            context.GetArgument("maxHops", 4),
            context.GetArgument("first", 3));
        try
        {
            query.Validate();
        }
        catch (ArgumentException e)
        {
            throw new GraphQLFieldException($"Query.paths: {e.Message}", e);
        }

        return await StoreLoaders.Store(context).FindPathsAsync(query, context.CancellationToken).ConfigureAwait(false);
    }
}
