namespace Timeline.Hosting;

/// <summary>The inbox and its two siblings, resolved to absolute paths once.</summary>
public sealed record InboxPaths(string Inbox, string Processed, string Failed)
{
    public static InboxPaths From(TimelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inbox = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Ingestion.Inbox)
            ? Path.Combine(options.DataDirectory, "inbox")
            : options.Ingestion.Inbox);
        var parent = Path.GetDirectoryName(inbox) ?? inbox;
        return new InboxPaths(inbox, Path.Combine(parent, "processed"), Path.Combine(parent, "failed"));
    }

    public void EnsureExist()
    {
        Directory.CreateDirectory(Inbox);
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }
}
