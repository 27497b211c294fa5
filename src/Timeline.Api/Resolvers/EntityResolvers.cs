using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// The <c>Entity</c> fields every entity type shares (runtime value: <see cref="Entity"/>); <c>Person</c>,
/// <c>Organization</c> and <c>Place</c> each start from these.
/// </summary>
internal static class EntityResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("relations", async ctx =>
        {
            var id = ctx.Parent<Entity>().Id;
            var relations = await StoreLoaders.EntityRelationsAsync(ctx, id).ConfigureAwait(false);
            return relations.Select(r => new EntityLink(r, id)).ToList();
        });
        map.AddAsync("sources", ctx => StoreLoaders.EntitySourcesAsync(ctx, ctx.Parent<Entity>().Id));
        map.AddAsync("associates", async ctx =>
        {
            var first = PageArguments.Count(ctx, "first", 10);
            var detail = await StoreLoaders.Store(ctx).GetEntityAsync(ctx.Parent<Entity>().Id, first, ctx.CancellationToken).ConfigureAwait(false);
            return detail?.Associates ?? [];
        });
        map["timeline"] = ctx => EventPages.QueryAsync(ctx, EventFilterArgument.ForEntity(EventFilterArgument.Read(ctx), ctx.Parent<Entity>().Id));
        map.Add("url", ctx => ExplorerLinks.Focus(ctx.Parent<Entity>().Id));
        map.Add("externalIds", ctx => ctx.Parent<Entity>().ExternalIds.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
        return map;
    }
}
