using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>MergeSide</c> (runtime value: <see cref="MergeSide"/>): its entity and articles load in batches.</summary>
internal static class MergeSideResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("entity", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<MergeSide>().EntityId));
        map.Add("mentions", ctx => ctx.Parent<MergeSide>().MentionIds);
        map.AddAsync("articles", async ctx =>
        {
            var articles = await StoreLoaders.ArticlesAsync(ctx, ctx.Parent<MergeSide>().ArticleIds).ConfigureAwait(false);
            return articles.OfType<Article>().ToList();
        });
        return map;
    }
}
