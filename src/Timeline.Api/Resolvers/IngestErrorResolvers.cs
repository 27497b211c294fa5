using Timeline.GraphQL.Types;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>IngestError</c> (runtime value: the pipeline's <see cref="IngestError"/>).</summary>
internal static class IngestErrorResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map.Add("path", ctx => ctx.Parent<IngestError>().Pointer);
        return map;
    }
}
