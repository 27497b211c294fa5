using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The fields <c>EventRelation</c> and <c>EntityRelation</c> share (runtime value: a <see cref="RelationLink"/>).</summary>
internal static class RelationLinkResolvers
{
    /// <summary>type, direction and sources, and the other end under <paramref name="otherField"/>, loaded in a batch.</summary>
    public static ResolverMap Create<T>(string otherField, Func<IResolveFieldContext, string, Task<T>> loadOther)
    {
        ArgumentNullException.ThrowIfNull(loadOther);
        var map = new ResolverMap();
        map.Add("type", ctx => ctx.Parent<RelationLink>().TypeName);
        map.Add("direction", ctx => ctx.Parent<RelationLink>().Direction);
        map.AddAsync(otherField, ctx => loadOther(ctx, ctx.Parent<RelationLink>().OtherId));
        map.Add("sources", ctx => ctx.Parent<RelationLink>().Claims);
        return map;
    }
}
