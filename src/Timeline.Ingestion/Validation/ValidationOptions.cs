namespace Timeline.Ingestion.Validation;

/// <summary>Limits and reference points of validation. The defaults suit documents from ingest pipelines.</summary>
public sealed record ValidationOptions
{
    /// <summary>4 MiB: far above any real article, low enough that a runaway producer cannot exhaust memory.</summary>
    public const int DefaultMaxDocumentBytes = 4 * 1024 * 1024;

    private readonly int _maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int _publicationDateToleranceDays = 1;

    public static ValidationOptions Default { get; } = new();

    /// <summary>Documents larger than this many bytes are refused before they are parsed.</summary>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = value is > 0 and < int.MaxValue
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "The size limit must be a positive number of bytes below 2 GiB.");
    }

    /// <summary>
    /// The day of validation, for the far-future check of the publication date. Validation reads
    /// no clock of its own, so the caller passes it (from its TimeProvider); null skips that check.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>How many days after <see cref="Today"/> a publication date may lie (time zones, embargoed stories).</summary>
    public int PublicationDateToleranceDays
    {
        get => _publicationDateToleranceDays;
        init => _publicationDateToleranceDays = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PublicationDateToleranceDays), value, "The tolerance cannot be negative.");
    }
}
