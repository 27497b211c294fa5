namespace Timeline.Hosting;

/// <summary>The "Timeline:Ingestion" section: where the worker finds documents and how it treats them.</summary>
public sealed class IngestionOptions
{
    /// <summary>Folder watched for article-facts documents; <c>&lt;DataDirectory&gt;/inbox</c> when empty. <c>processed/</c> and <c>failed/</c> sit beside it.</summary>
    public string? Inbox { get; set; }

    /// <summary>Largest document accepted, in bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How often the inbox is scanned in addition to file-system notifications, which can be lost.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the embedded sample articles are ingested when the store is empty on first start.</summary>
    public bool LoadSamplesOnFirstStart { get; set; } = true;
}
