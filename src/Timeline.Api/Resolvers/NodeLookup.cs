using Timeline.Domain.Ports;
using Timeline.GraphQL.DataLoader;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Finds an event, entity or article by id for <c>node</c> and <c>nodes</c>. Ids do not say their kind, so one batch
/// asks the events for every id, the entities only for the ids that were no event, and the articles only for the
/// rest: each id is looked up until its kind is found, and a list of ids costs at most three store calls.
/// </summary>
internal static class NodeLookup
{
    public static Task<object?> FindAsync(IResolveFieldContext context, string id) =>
        Loader(context).LoadAsync(id);

    public static Task<object?[]> FindManyAsync(IResolveFieldContext context, IEnumerable<string> ids) =>
        Loader(context).LoadManyAsync(ids);

    private static DataLoaderHandle<string, object?> Loader(IResolveFieldContext context) =>
        context.DataLoader<string, object>("nodes", (ids, ct) => FetchAsync(StoreLoaders.Store(context), ids, ct));

    private static async ValueTask<IReadOnlyDictionary<string, object>> FetchAsync(IGraphStore store, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        var events = await store.GetEventsAsync(ids.ToArray(), cancellationToken).ConfigureAwait(false);
        Add(found, events);
        var rest = ids.Where(id => !found.ContainsKey(id)).ToArray();
        if (rest.Length == 0) return found;
        Add(found, await store.GetEntitiesAsync(rest, cancellationToken).ConfigureAwait(false));
        rest = rest.Where(id => !found.ContainsKey(id)).ToArray();
        if (rest.Length == 0) return found;
        Add(found, await store.GetArticlesAsync(rest, cancellationToken).ConfigureAwait(false));
        return found;
    }

    private static void Add<T>(Dictionary<string, object> found, IReadOnlyDictionary<string, T> values)
        where T : notnull
    {
        foreach (var (id, value) in values) found[id] = value;
    }
}
