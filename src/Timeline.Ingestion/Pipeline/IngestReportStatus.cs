namespace Timeline.Ingestion.Pipeline;

/// <summary>What became of a delivered document.</summary>
public enum IngestReportStatus
{
    /// <summary>A new article was stored.</summary>
    Created,

    /// <summary>A new version of a known article replaced its previous facts.</summary>
    Updated,

    /// <summary>The same version was delivered again; nothing changed.</summary>
    Unchanged,

    /// <summary>The document was refused; the store is untouched. See the errors.</summary>
    Rejected,
}
