using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary><c>Query.entities</c>: a page of the store's entity search, counted only when <c>totalCount</c> is selected.</summary>
internal static class EntityPages
{
    public static async ValueTask<object?> QueryAsync(IResolveFieldContext context)
    {
        var store = StoreLoaders.Store(context);
        var text = context.GetArgument<string?>("search");
        var kinds = context.GetArgument<object?>("kinds") is IEnumerable<object?> list ? list.OfType<EntityKind>().ToList() : null;
        var page = await SearchAsync(store, new EntitySearch(text, kinds, PageArguments.Read(context)), context).ConfigureAwait(false);
        if (!SelectionSets.MaySelect(context, "totalCount")) return page;
        return page with { TotalCount = await CountAsync(store, text, kinds, context).ConfigureAwait(false) };
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
            var page = await SearchAsync(store, new EntitySearch(text, kinds, new PageRequest(First: PageRequest.MaxSize, After: after)), context).ConfigureAwait(false);
            total += page.Edges.Count;
            if (!page.PageInfo.HasNextPage) return total;
            after = page.PageInfo.EndCursor;
        }
    }

    private static async Task<Page<Entity>> SearchAsync(IGraphStore store, EntitySearch search, IResolveFieldContext context)
    {
        try
        {
            return await store.SearchEntitiesAsync(search, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new GraphQLFieldException($"Query.entities: {e.Message}", e);
        }
    }
}
