using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Article</c> (runtime value: <see cref="Article"/>).</summary>
internal static class ArticleResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("events", async ctx =>
        {
            var filter = new EventFilter { ArticleIds = [ctx.Parent<Article>().Id] };
            var page = await StoreLoaders.Store(ctx).QueryEventsAsync(
                new EventQuery(filter, SortDirection.Ascending, new PageRequest(First: PageRequest.MaxSize)), ctx.CancellationToken).ConfigureAwait(false);
            return EventPages.Nodes(page);
        });
        return map;
    }
}
