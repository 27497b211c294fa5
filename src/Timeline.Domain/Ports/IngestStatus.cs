namespace Timeline.Domain.Ports;

/// <summary>What an ingestion did to the store.</summary>
public enum IngestStatus
{
    /// <summary>The article was new.</summary>
    Created,

    /// <summary>A new version of a known article replaced its claims.</summary>
    Updated,

    /// <summary>The same version was delivered again; nothing changed.</summary>
    Unchanged,
}
