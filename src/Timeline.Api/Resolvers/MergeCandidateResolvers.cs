using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>MergeCandidate</c> (runtime value: <see cref="EntityMergeCandidate"/>); both entities load in a batch.</summary>
internal static class MergeCandidateResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.AddAsync("left", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<EntityMergeCandidate>().LeftEntityId));
        map.AddAsync("right", ctx => StoreLoaders.EntityAsync(ctx, ctx.Parent<EntityMergeCandidate>().RightEntityId));
        return map;
    }
}
