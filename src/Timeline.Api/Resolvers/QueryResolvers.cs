using Timeline.Domain.Ports;
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
            return await NodeLookup.FindManyAsync(ctx, ids).ConfigureAwait(false);
        });
        map["entities"] = EntityPages.QueryAsync;
        map["articles"] = ctx => ConnectionPages.QueryAsync(
            ctx,
            (page, ct) => StoreLoaders.Store(ctx).ListArticlesAsync(new ArticleListQuery(page), ct),
            async ct => checked((int)(await StoreLoaders.Store(ctx).CountAsync(ct).ConfigureAwait(false)).Articles));
        map["search"] = SearchResults.FindAsync;
        map["neighborhood"] = Neighbourhoods.FindAsync;
        map["paths"] = PathSearch.FindAsync;
        map.AddAsync("stats", ctx => StoreLoaders.Store(ctx).CountAsync(ctx.CancellationToken));
        map.AddAsync("mergeCandidates", async ctx =>
            ListArguments.TakeFirst(ctx, await StoreLoaders.Store(ctx).ListMergeCandidatesAsync(ctx.CancellationToken).ConfigureAwait(false)));
        map.AddAsync("merges", async ctx =>
            ListArguments.TakeFirst(ctx, await StoreLoaders.Store(ctx).ListMergesAsync(ctx.CancellationToken).ConfigureAwait(false)));
        return map;
    }

    private static string Id(IResolveFieldContext context) => context.GetArgument<string>("id") ?? string.Empty;
}
