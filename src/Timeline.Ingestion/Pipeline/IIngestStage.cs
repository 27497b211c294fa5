namespace Timeline.Ingestion.Pipeline;

/// <summary>
/// One step from bytes to facts. Stages run in order over a shared <see cref="IngestContext"/>;
/// a new concern (a language check, a publisher allow-list) is a new stage in the list.
/// </summary>
public interface IIngestStage
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    /// <summary>Does the stage's work; reports bad input as errors on the context, never by throwing.</summary>
    ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken);
}
