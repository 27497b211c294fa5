using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// The <c>Entity</c> fields every entity type shares (runtime value: <see cref="Entity"/>); <c>Person</c>,
/// <c>Organization</c> and <c>Place</c> each start from these.
/// </summary>
internal static class EntityResolvers
{
    /// <summary>How many of an entity's events <c>sources</c> reads: the store's largest page.</summary>
    private const int SourceEventLimit = PageRequest.MaxSize;

    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("relations", async ctx =>
        {
            var id = ctx.Parent<Entity>().Id;
            var relations = await StoreLoaders.EntityRelationsAsync(ctx, id).ConfigureAwait(false);
            return relations.Select(r => new EntityLink(r, id)).ToList();
        });
        map.AddAsync("sources", SourcesAsync);
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

    /// <summary>The claims of the entity's participations, read from its events' participants.</summary>
    private static async Task<IReadOnlyList<Claim>> SourcesAsync(IResolveFieldContext context)
    {
        var entity = context.Parent<Entity>();
        var store = StoreLoaders.Store(context);
        var filter = new EventFilter { EntityIds = [entity.Id] };
        var page = await store.QueryEventsAsync(
            new EventQuery(filter, SortDirection.Ascending, new PageRequest(First: SourceEventLimit)), context.CancellationToken).ConfigureAwait(false);
        var eventIds = page.Edges.Select(e => e.Node.Id).ToList();
        if (eventIds.Count == 0) return [];
        var participants = await store.GetParticipantsAsync(eventIds, context.CancellationToken).ConfigureAwait(false);
        return participants.Values
            .SelectMany(list => list)
            .Where(p => p.EntityId == entity.Id)
            .SelectMany(p => p.Claims)
            .Distinct()
            .OrderBy(c => c.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Quote, StringComparer.Ordinal)
            .ToList();
    }
}
