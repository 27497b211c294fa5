using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Query</c>.</summary>
internal static class QueryResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map["timeline"] = ctx => EventPages.QueryAsync(ctx, EventFilterArgument.Read(ctx));
        map.AddAsync("event", ctx => StoreLoaders.EventAsync(ctx, Id(ctx)));
        map.AddAsync("entity", ctx => StoreLoaders.EntityAsync(ctx, Id(ctx)));
        map.AddAsync("article", ctx => StoreLoaders.ArticleAsync(ctx, Id(ctx)));
        map.AddAsync("node", ctx => NodeLookup.FindAsync(ctx, Id(ctx)));
        map.AddAsync("nodes", async ctx =>
        {
            var ids = ctx.GetArgument<object?>("ids") is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
            return await Task.WhenAll(ids.Select(id => NodeLookup.FindAsync(ctx, id))).ConfigureAwait(false);
        });
        map["entities"] = EntityPages.QueryAsync;
        map["articles"] = ArticlePages.QueryAsync;
        map["search"] = SearchResults.FindAsync;
        map["neighborhood"] = Neighbourhoods.FindAsync;
        map["paths"] = PathSearch.FindAsync;
        map.AddAsync("stats", ctx => StoreLoaders.Store(ctx).CountAsync(ctx.CancellationToken));
        map.AddAsync("mergeCandidates", async ctx =>
        {
            var candidates = await StoreLoaders.Store(ctx).ListMergeCandidatesAsync(ctx.CancellationToken).ConfigureAwait(false);
            var first = ctx.GetArgument<int?>("first");
            return first is { } n ? candidates.Take(Math.Max(n, 0)).ToList() : candidates;
        });
        map["merges"] = MissingStoreOperation.Answer("list confirmed entity merges");
        return map;
    }

    private static string Id(IResolveFieldContext context) => context.GetArgument<string>("id") ?? string.Empty;
}
