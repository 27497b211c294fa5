using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>A page of events for <c>Query.timeline</c> and <c>Entity.timeline</c>: keyset-paged by the store, counted only when selected.</summary>
internal static class EventPages
{
    public static async ValueTask<object?> QueryAsync(IResolveFieldContext context, EventFilter filter)
    {
        var direction = context.GetArgument<object?>("order") is SortDirection order ? order : SortDirection.Ascending;
        var page = PageArguments.Read(context);
        var query = new EventQuery(filter, direction, page, SelectionSets.MaySelect(context, "totalCount"));
        try
        {
            return await StoreLoaders.Store(context).QueryEventsAsync(query, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new GraphQLFieldException(e.Message, e);
        }
    }

    public static IReadOnlyList<Event> Nodes(Page<Event> page) => page.Edges.Select(e => e.Node).ToList();
}
