using Timeline.Ingestion.Validation;

namespace Timeline.Ingestion.Pipeline;

/// <summary>Limits of the pipeline.</summary>
public sealed record IngestionPipelineOptions
{
    public static IngestionPipelineOptions Default { get; } = new();

    /// <summary>Documents larger than this are refused before anything else looks at them.</summary>
    public int MaxDocumentBytes { get; init; } = ValidationOptions.DefaultMaxDocumentBytes;

    /// <summary>The validator's options; its size limit follows <see cref="MaxDocumentBytes"/>.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>The clock whose date (UTC) is "today" for validation, unless <see cref="Validation"/> fixes one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
