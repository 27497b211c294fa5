using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// A page of events for <c>Query.timeline</c> and <c>Entity.timeline</c>: keyset-paged by the store, which counts in
/// the same read when <c>totalCount</c> is selected.
/// </summary>
internal static class EventPages
{
    public static async ValueTask<object?> QueryAsync(IResolveFieldContext context, EventFilter filter)
    {
        var direction = context.GetArgument<object?>("order") is SortDirection order ? order : SortDirection.Ascending;
        var count = SelectionSets.MaySelect(context, "totalCount");
        var store = StoreLoaders.Store(context);
        return await ConnectionPages.ReadAsync(
            context,
            (page, ct) => store.QueryEventsAsync(new EventQuery(filter, direction, page, count), ct),
            PageArguments.Read(context)).ConfigureAwait(false);
    }

    public static IReadOnlyList<Event> Nodes(Page<Event> page) => page.Edges.Select(e => e.Node).ToList();
}
