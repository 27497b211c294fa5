using Timeline.Domain.Model;
using Timeline.GraphQL.Types;
using EntityKeys = Timeline.Domain.Resolution.EntityKeys;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>ConflictValue</c> (runtime value: <see cref="ConflictValue"/>).</summary>
internal static class ConflictValueResolvers
{
    // Place and participant conflicts carry entity ids; only values shaped like one are looked up.
    private static readonly string[] EntityIdPrefixes =
        [.. Enum.GetValues<EntityKind>().Select(kind => EntityKeys.KindPrefix(kind) + "-")];

    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("sources", ctx => ctx.Parent<ConflictValue>().Claims);
        map.AddAsync("entity", ctx => NamesEntity(ctx.Parent<ConflictValue>().Value, out var id)
            ? StoreLoaders.EntityAsync(ctx, id)
            : Task.FromResult<Entity?>(null));
        return map;
    }

    private static bool NamesEntity(string value, out string id)
    {
        id = value;
        return EntityIdPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.Ordinal));
    }
}
