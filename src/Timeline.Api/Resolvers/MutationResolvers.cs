using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.GraphQL.Types;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Fields of <c>Mutation</c>: each checks the write permission before it touches the store, and curation actions are
/// logged under the API key's name (never the key).
/// </summary>
internal static class MutationResolvers
{
    public static ResolverMap Create()
    {
        var map = new ResolverMap();
        map["ingestArticle"] = IngestAsync;
        map["retractArticle"] = async ctx =>
        {
            var curation = Curation(ctx);
            var id = ctx.GetArgument<string>("id") ?? string.Empty;
            return await StoreLoaders.Store(ctx).RetractArticleAsync(id, curation, ctx.CancellationToken).ConfigureAwait(false);
        };
        map["confirmMerge"] = ConfirmMergeAsync;
        map["undoMerge"] = UndoMergeAsync;
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

    private static async ValueTask<object?> ConfirmMergeAsync(IResolveFieldContext context)
    {
        var curation = Curation(context);
        var candidate = context.GetArgument<string>("candidate") ?? string.Empty;
        try
        {
            return await StoreLoaders.Store(context).ConfirmMergeCandidateAsync(candidate, curation, context.CancellationToken).ConfigureAwait(false);
        }
        catch (CurationException e)
        {
            throw FieldErrors.Coded(context, FieldErrors.NotFound, e.Message);
        }
    }

    /// <summary>
    /// True when the merge came apart now. The store answers false both for an id it never knew and for a merge
    /// already undone: the curation log tells them apart, so that an unknown id is NOT_FOUND and a repeat is false.
    /// </summary>
    private static async ValueTask<object?> UndoMergeAsync(IResolveFieldContext context)
    {
        var curation = Curation(context);
        var mergeId = context.GetArgument<string>("merge") ?? string.Empty;
        var store = StoreLoaders.Store(context);
        if (await store.UndoMergeAsync(mergeId, curation, context.CancellationToken).ConfigureAwait(false)) return true;
        var log = await store.ListCurationLogAsync(context.CancellationToken).ConfigureAwait(false);
        if (log.Any(a => a.Kind == CurationActionKind.UndoMerge && a.Targets.Contains(mergeId, StringComparer.Ordinal))) return false;
        throw FieldErrors.Coded(context, FieldErrors.NotFound, $"there is no merge \"{mergeId}\"; Query.merges lists the merges the graph holds.");
    }

    private static CurationContext Curation(IResolveFieldContext context) =>
        new(WriteGuard.Demand(context), context.GetArgument<string?>("note"));
}
