using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Merge</c> (runtime value: <see cref="EntityMerge"/>) that are not plain properties.</summary>
internal static class MergeResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("entity", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<EntityMerge>().EntityId));
        map.AddAsync("curatedBy", ctx => ctx.Parent<EntityMerge>() is { Curated: true } merge
            ? CurationLogReader.ConfirmedByAsync(ctx, merge.Id)
            : Task.FromResult<string?>(null));
        return map;
    }
}
