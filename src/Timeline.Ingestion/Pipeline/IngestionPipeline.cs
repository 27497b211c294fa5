using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline.Stages;

namespace Timeline.Ingestion.Pipeline;

/// <summary>
/// Bytes in, report out: size check, validation, time resolution, facts assembly (the stages, in
/// order), then one store transaction. A refused document never reaches the store, so bad input
/// changes nothing.
/// </summary>
public sealed partial class IngestionPipeline
{
    private readonly IGraphStore _store;
    private readonly IReadOnlyList<IIngestStage> _stages;
    private readonly ILogger _logger;

    public IngestionPipeline(IGraphStore store, IReadOnlyList<IIngestStage> stages, ILogger<IngestionPipeline>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stages);
        _store = store;
        _stages = stages;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The standard pipeline over <paramref name="store"/>.</summary>
    public static IngestionPipeline CreateDefault(IGraphStore store, IngestionPipelineOptions? options = null, ILogger<IngestionPipeline>? logger = null) =>
        new(store, DefaultStages(options ?? IngestionPipelineOptions.Default), logger);

    /// <summary>The standard stages, for callers that insert their own among them.</summary>
    public static IReadOnlyList<IIngestStage> DefaultStages(IngestionPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new SizeCheckStage(options.MaxDocumentBytes),
            new ValidationStage(options.Validation with { MaxDocumentBytes = options.MaxDocumentBytes }, options.Clock),
            new TimeResolutionStage(),
            new FactsAssemblyStage(),
        ];
    }

    /// <summary>Ingests one UTF-8 JSON article-facts document.</summary>
    public async Task<IngestReport> IngestAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        var context = new IngestContext(utf8);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await stage.RunAsync(context, cancellationToken);
            if (context.HasErrors)
            {
                LogRejected(_logger, context.Document?.Article.Id, stage.Name, context.Errors.Count);
                return IngestReport.Rejected(context.Document?.Article.Id, context.Errors);
            }
        }
        var facts = context.Facts ?? throw new InvalidOperationException("The pipeline's stages produced no facts; the last stage must assemble them.");
        try
        {
            var outcome = await _store.IngestAsync(facts, cancellationToken);
            LogStored(_logger, outcome.ArticleId, outcome.Status);
            return IngestReport.From(outcome);
        }
        catch (ArgumentException error)
        {
            // The store's own guard refused facts the stages let through: still the document's fault.
            LogRejected(_logger, facts.Article.Id, "store", 1);
            return IngestReport.Rejected(facts.Article.Id, [new IngestError("", error.Message)]);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId}: {Status}")]
    private static partial void LogStored(ILogger logger, string articleId, IngestStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document of article {ArticleId} refused at stage {Stage} with {ErrorCount} errors")]
    private static partial void LogRejected(ILogger logger, string? articleId, string stage, int errorCount);
}
