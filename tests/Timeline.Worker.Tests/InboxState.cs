using Timeline.Hosting;
using Timeline.Hosting.Inbox;

namespace Timeline.Worker.Tests;

/// <summary>What lies in the inbox and its two siblings at one moment.</summary>
public sealed record InboxState(IReadOnlyList<string> Waiting, IReadOnlyList<string> Processed, IReadOnlyList<string> Failed, IReadOnlyList<string> ErrorReports)
{
    public int Done => Processed.Count + Failed.Count;

    public static InboxState Read(InboxPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new InboxState(
            Names(paths.Inbox, name => name.EndsWith(".json", StringComparison.Ordinal)),
            Names(paths.Processed, _ => true),
            Names(paths.Failed, name => !ErrorReportNames.IsErrorReport(name)),
            Names(paths.Failed, ErrorReportNames.IsErrorReport));
    }

    private static List<string> Names(string folder, Func<string, bool> keep) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(keep).Order(StringComparer.Ordinal)]
            : [];
}
