using System.Text.Json;
using Timeline.GraphQL.Types;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Resolvers;

/// <summary>Fields of <c>Mutation</c>: each checks the write permission before it touches the store.</summary>
internal static class MutationResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map["ingestArticle"] = IngestAsync;
        map["retractArticle"] = async ctx =>
        {
            WriteGuard.Demand(ctx);
            var id = ctx.GetArgument<string>("id") ?? string.Empty;
            return await StoreLoaders.Store(ctx).RetractArticleAsync(id, new Timeline.Domain.Model.CurationContext("graphql", null), ctx.CancellationToken).ConfigureAwait(false);
        };
        var confirm = MissingStoreOperation.Answer("merge two canonical entities by merge-candidate id (RecordMergeDecisionAsync takes mention ids)");
        map["confirmMerge"] = ctx =>
        {
            WriteGuard.Demand(ctx);
            return confirm(ctx);
        };
        var undo = MissingStoreOperation.Answer("undo a confirmed merge by merge id");
        map["undoMerge"] = ctx =>
        {
            WriteGuard.Demand(ctx);
            return undo(ctx);
        };
        return map;
    }

    /// <summary>The document goes through the same pipeline as <c>POST /ingest</c>, as UTF-8 JSON.</summary>
    private static async ValueTask<object?> IngestAsync(IResolveFieldContext context)
    {
        WriteGuard.Demand(context);
        var document = context.GetArgument<object?>("document");
        var utf8 = document is JsonElement element
            ? JsonSerializer.SerializeToUtf8Bytes(element)
            : JsonSerializer.SerializeToUtf8Bytes(document);
        var pipeline = context.Service<IngestionPipeline>();
        return await pipeline.IngestAsync(utf8, context.CancellationToken).ConfigureAwait(false);
    }
}
