using Timeline.Hosting;
using Xunit;

namespace Timeline.Worker.Tests;

/// <summary>
/// The real worker process, killed hard while it works through a batch and started again: every
/// document must end in processed/ or failed/ exactly once, and the store must equal that of an
/// uninterrupted run.
/// </summary>
public sealed class WorkerKillTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly IReadOnlyList<GeneratedDocument> Documents = GeneratedDocuments.Create(valid: 60, invalid: 5);

    [Theory]
    [InlineData(new[] { 3 })]
    [InlineData(new[] { 30 })]
    [InlineData(new[] { 10, 25, 50 })]
    public async Task Killed_mid_batch_and_restarted_the_worker_loses_and_duplicates_nothing(int[] killAfter)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        var paths = InboxPaths.From(new TimelineOptions { DataDirectory = data });
        GeneratedDocuments.WriteTo(paths.Inbox, Documents);

        foreach (var threshold in killAfter)
        {
            using var worker = WorkerProcess.Start(data, PollInterval);
            await Eventually.WaitAsync(() => worker.HasExited || InboxState.Read(paths).Done >= threshold, Bound,
                () => $"{InboxState.Read(paths).Done} of {threshold} done before the kill\n{worker.Output}", ct);
            Assert.False(worker.HasExited, $"The worker exited by itself:\n{worker.Output}");
            worker.KillHard();
            Assert.True(InboxState.Read(paths).Waiting.Count > 0, $"The batch was finished before the kill after {threshold}; the kill proves nothing.");
        }

        using (var worker = WorkerProcess.Start(data, PollInterval))
        {
            await Eventually.WaitAsync(() => worker.HasExited || InboxState.Read(paths) is { Waiting.Count: 0, Done: >= 65 }, Bound,
                () => $"{InboxState.Read(paths)}\n{worker.Output}", ct);
            Assert.False(worker.HasExited, $"The worker exited by itself:\n{worker.Output}");
            worker.KillHard();
        }

        var state = InboxState.Read(paths);
        Assert.Empty(state.Waiting);
        Assert.Equal(Documents.Where(d => d.Valid).Select(d => d.FileName), state.Processed);
        Assert.Equal(Documents.Where(d => !d.Valid).Select(d => d.FileName), state.Failed);
        Assert.Equal(Documents.Where(d => !d.Valid).Select(d => Path.GetFileNameWithoutExtension(d.FileName) + ".error.json"), state.ErrorReports);
        foreach (var document in Documents)
        {
            var landed = Path.Combine(document.Valid ? paths.Processed : paths.Failed, document.FileName);
            Assert.Equal(document.Utf8, await File.ReadAllBytesAsync(landed, ct));
        }

        var expected = await Stores.ReferenceExportAsync(folder.Combine("reference"), Documents, ct);
        Assert.Equal(expected, await Stores.ExportTextAsync(data, ct));
    }
}
