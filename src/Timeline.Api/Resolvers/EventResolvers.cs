using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Event</c> (runtime value: <see cref="Event"/>) that are not plain properties; every list loads in batches.</summary>
internal static class EventResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("place", ctx => ctx.Parent<Event>().PlaceId is { } place ? StoreLoaders.EntityAsync(ctx, place) : Task.FromResult<Entity?>(null));
        map.AddAsync("participants", ctx => StoreLoaders.ParticipantsAsync(ctx, ctx.Parent<Event>().Id));
        map.AddAsync("sources", ctx => StoreLoaders.EventSourcesAsync(ctx, ctx.Parent<Event>().Id));
        map.AddAsync("conflicts", ctx => StoreLoaders.ConflictsAsync(ctx, ctx.Parent<Event>().Id));
        map.AddAsync("related", async ctx =>
        {
            var id = ctx.Parent<Event>().Id;
            var relations = await StoreLoaders.EventRelationsAsync(ctx, id).ConfigureAwait(false);
            return relations.Select(r => new EventLink(r, id)).ToList();
        });
        map.Add("url", ctx => ExplorerLinks.Focus(ctx.Parent<Event>().Id));
        return map;
    }
}
