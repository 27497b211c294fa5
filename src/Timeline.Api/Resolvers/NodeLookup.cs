using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Finds an event, entity or article by id for <c>node</c> and <c>nodes</c>: the three loaders are asked together, so
/// a list of ids costs one batch per kind.
/// </summary>
internal static class NodeLookup
{
    public static async Task<object?> FindAsync(IResolveFieldContext context, string id)
    {
        var ev = StoreLoaders.EventAsync(context, id);
        var entity = StoreLoaders.EntityAsync(context, id);
        var article = StoreLoaders.ArticleAsync(context, id);
        return (object?)await ev.ConfigureAwait(false)
            ?? (object?)await entity.ConfigureAwait(false)
            ?? await article.ConfigureAwait(false);
    }
}
