using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary><c>Query.search</c>: entities whose names start with the words first, then events whose titles or summaries do.</summary>
internal static class SearchResults
{
    public static async ValueTask<object?> FindAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text") ?? string.Empty;
        var first = PageArguments.Count(context, "first", 20);
        if (string.IsNullOrWhiteSpace(text)) return Array.Empty<object>();
        var store = StoreLoaders.Store(context);
        var entities = await store.SearchEntitiesAsync(new EntitySearch(text, null, new PageRequest(First: first)), context.CancellationToken).ConfigureAwait(false);
        var results = new List<object>(entities.Edges.Select(e => (object)e.Node));
        if (results.Count < first)
        {
            var events = await store.QueryEventsAsync(
                new EventQuery(new EventFilter { Text = text }, SortDirection.Ascending, new PageRequest(First: first - results.Count)),
                context.CancellationToken).ConfigureAwait(false);
            results.AddRange(events.Edges.Select(e => (object)e.Node));
        }

        return results;
    }
}
