using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// <c>Query.neighborhood</c>: the store's capped subgraph, then the time window applied to its events (an event
/// outside from..to is left out with its edges, and the subgraph is marked truncated).
/// </summary>
internal static class Neighbourhoods
{
    public static async ValueTask<object?> FindAsync(IResolveFieldContext context)
    {
        var query = new NeighbourhoodQuery(
            context.GetArgument<string>("id") ?? string.Empty,
            context.GetArgument("depth", 1),
            MaxNodes: context.GetArgument("maxNodes", 200));
        try
        {
            query.Validate();
        }
        catch (ArgumentException e)
        {
            throw new GraphQLFieldException($"Query.neighborhood: {e.Message}", e);
        }

        var store = StoreLoaders.Store(context);
        var subgraph = await store.GetNeighbourhoodAsync(query, context.CancellationToken).ConfigureAwait(false);
        var from = context.GetArgument<object?>("from") as DateOnly?;
        var to = context.GetArgument<object?>("to") as DateOnly?;
        if (from is null && to is null) return subgraph;

        var eventIds = subgraph.Nodes.Where(n => n.Kind == GraphNodeKind.Event).Select(n => n.Id).ToList();
        var events = await store.GetEventsAsync(eventIds, context.CancellationToken).ConfigureAwait(false);
        var outside = eventIds
            .Where(id => events.TryGetValue(id, out var e) && ((from is { } f && e.When.Latest < f) || (to is { } t && e.When.Earliest > t)))
            .ToHashSet(StringComparer.Ordinal);
        if (outside.Count == 0) return subgraph;
        return new Subgraph(
            subgraph.Nodes.Where(n => !outside.Contains(n.Id)).ToList(),
            subgraph.Edges.Where(e => !outside.Contains(e.From) && !outside.Contains(e.To)).ToList(),
            Truncated: true);
    }
}
