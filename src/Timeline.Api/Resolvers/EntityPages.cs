using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary><c>Query.entities</c>: a page of the store's entity search, counted only when <c>totalCount</c> is selected.</summary>
internal static class EntityPages
{
    public static ValueTask<object?> QueryAsync(IResolveFieldContext context)
    {
        var store = StoreLoaders.Store(context);
        var text = context.GetArgument<string?>("search");
        var kinds = context.GetArgument<object?>("kinds") is IEnumerable<object?> list ? list.OfType<EntityKind>().ToList() : null;
        return ConnectionPages.QueryAsync(
            context,
            (page, ct) => store.SearchEntitiesAsync(new EntitySearch(text, kinds, page), ct),
            _ => CountAsync(store, text, kinds, context));
    }

    /// <summary>Every match counted by walking the search in the store's largest pages (the store has no count for a search).</summary>
    private static async Task<int> CountAsync(IGraphStore store, string? text, List<EntityKind>? kinds, IResolveFieldContext context)
    {
        if (string.IsNullOrWhiteSpace(text) && (kinds is null || kinds.Count == 0))
        {
            var counts = await store.CountAsync(context.CancellationToken).ConfigureAwait(false);
            return checked((int)counts.Entities);
        }

        var total = 0;
        string? after = null;
        while (true)
        {
            var page = await ConnectionPages.ReadAsync(
                context,
                (request, ct) => store.SearchEntitiesAsync(new EntitySearch(text, kinds, request), ct),
                new PageRequest(First: PageRequest.MaxSize, After: after)).ConfigureAwait(false);
            total += page.Edges.Count;
            if (!page.PageInfo.HasNextPage) return total;
            after = page.PageInfo.EndCursor;
        }
    }
}
