namespace Timeline.Hosting.Inbox;

/// <summary>The documents in <c>failed/</c>, and sending them back to the inbox for another attempt.</summary>
public static class FailedDocuments
{
    /// <summary>Document files (not refusal reports) in <c>failed/</c>, by name.</summary>
    public static IReadOnlyList<string> List(InboxPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!Directory.Exists(paths.Failed)) return [];
        return [.. Directory.EnumerateFiles(paths.Failed)
            .Where(path => IsDocument(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Moves every failed document back into the inbox (a clash with a waiting document gets a
    /// numeric suffix) and deletes its refusal report. Returns how many documents were moved.
    /// </summary>
    public static int RetryAll(InboxPaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var moved = 0;
        foreach (var document in List(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The document moves first: a crash in between leaves a stale report, never a lost document.
            UniqueFileMover.Move(document, paths.Inbox);
            var report = Path.Combine(paths.Failed, ErrorReportNames.For(Path.GetFileName(document)));
            if (File.Exists(report)) File.Delete(report);
            moved++;
        }
        return moved;
    }

    private static bool IsDocument(string fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !ErrorReportNames.IsErrorReport(fileName);
}
