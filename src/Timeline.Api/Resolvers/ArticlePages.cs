using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary><c>Query.articles</c>: newest first, counted only when <c>totalCount</c> is selected.</summary>
internal static class ArticlePages
{
    public static async ValueTask<object?> QueryAsync(IResolveFieldContext context)
    {
        var store = StoreLoaders.Store(context);
        Page<Article> page;
        try
        {
            page = await store.ListArticlesAsync(new ArticleListQuery(PageArguments.Read(context)), context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new GraphQLFieldException($"Query.articles: {e.Message}", e);
        }

        if (!SelectionSets.MaySelect(context, "totalCount")) return page;
        var counts = await store.CountAsync(context.CancellationToken).ConfigureAwait(false);
        return page with { TotalCount = checked((int)counts.Articles) };
    }
}
