using Timeline.Ingestion.Pipeline;

namespace Timeline.Cli.Ingest;

/// <summary>One file of a batch and the pipeline's answer to it.</summary>
public sealed record FileIngestResult(string Path, IngestReport Report);
