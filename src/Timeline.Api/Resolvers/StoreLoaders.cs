using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.DataLoader;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// The request's batch loaders over <see cref="IGraphStore"/>: every key a wave of resolvers asks for is read in one
/// store call, so a page of events costs one call per field, not one per event.
/// </summary>
internal static class StoreLoaders
{
    public static Task<Event?> EventAsync(IResolveFieldContext context, string id) =>
        context.DataLoader<string, Event>("events", (ids, ct) => Read(context, s => s.GetEventsAsync(ids.ToArray(), ct))).LoadAsync(id);

    public static Task<Entity?> EntityAsync(IResolveFieldContext context, string id) =>
        context.DataLoader<string, Entity>("entities", (ids, ct) => Read(context, s => s.GetEntitiesAsync(ids.ToArray(), ct))).LoadAsync(id);

    public static Task<Entity?[]> EntitiesAsync(IResolveFieldContext context, IEnumerable<string> ids) =>
        context.DataLoader<string, Entity>("entities", (keys, ct) => Read(context, s => s.GetEntitiesAsync(keys.ToArray(), ct))).LoadManyAsync(ids);

    public static Task<Article?> ArticleAsync(IResolveFieldContext context, string id) =>
        context.DataLoader<string, Article>("articles", (ids, ct) => Read(context, s => s.GetArticlesAsync(ids.ToArray(), ct))).LoadAsync(id);

    public static Task<Article?[]> ArticlesAsync(IResolveFieldContext context, IEnumerable<string> ids) =>
        context.DataLoader<string, Article>("articles", (keys, ct) => Read(context, s => s.GetArticlesAsync(keys.ToArray(), ct))).LoadManyAsync(ids);

    public static Task<IReadOnlyList<Participation>> ParticipantsAsync(IResolveFieldContext context, string eventId) =>
        context.GroupedDataLoader<string, Participation>("participants", (ids, ct) => Read(context, s => s.GetParticipantsAsync(ids.ToArray(), ct))).LoadAsync(eventId);

    public static Task<IReadOnlyList<EventSource>> EventSourcesAsync(IResolveFieldContext context, string eventId) =>
        context.GroupedDataLoader<string, EventSource>("eventSources", (ids, ct) => Read(context, s => s.GetEventSourcesAsync(ids.ToArray(), ct))).LoadAsync(eventId);

    public static Task<IReadOnlyList<EventRelation>> EventRelationsAsync(IResolveFieldContext context, string eventId) =>
        context.GroupedDataLoader<string, EventRelation>("eventRelations", (ids, ct) => Read(context, s => s.GetEventRelationsAsync(ids.ToArray(), ct))).LoadAsync(eventId);

    public static Task<IReadOnlyList<Conflict>> ConflictsAsync(IResolveFieldContext context, string eventId) =>
        context.GroupedDataLoader<string, Conflict>("conflicts", (ids, ct) => Read(context, s => s.GetConflictsAsync(ids.ToArray(), ct))).LoadAsync(eventId);

    public static Task<IReadOnlyList<EntityRelation>> EntityRelationsAsync(IResolveFieldContext context, string entityId) =>
        context.GroupedDataLoader<string, EntityRelation>("entityRelations", (ids, ct) => Read(context, s => s.GetEntityRelationsAsync(ids.ToArray(), ct))).LoadAsync(entityId);

    public static Task<IReadOnlyList<Claim>> EntitySourcesAsync(IResolveFieldContext context, string entityId) =>
        context.GroupedDataLoader<string, Claim>("entitySources", (ids, ct) => EntitySources.FetchAsync(Store(context), ids, ct)).LoadAsync(entityId);

    private static async ValueTask<T> Read<T>(IResolveFieldContext context, Func<IGraphStore, Task<T>> read) =>
        await read(Store(context)).ConfigureAwait(false);

    public static IGraphStore Store(IResolveFieldContext context) => context.Service<IGraphStore>();
}
