using Timeline.Hosting;
using Xunit;

namespace Timeline.Worker.Tests;

public sealed class WorkerStopTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Sigterm_mid_batch_stops_the_worker_cleanly_with_every_document_in_exactly_one_place()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Skip("Sending SIGTERM needs a Unix 'kill'.");
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        var paths = InboxPaths.From(new TimelineOptions { DataDirectory = data });
        var documents = GeneratedDocuments.Create(valid: 40, invalid: 2);
        GeneratedDocuments.WriteTo(paths.Inbox, documents);

        using var worker = WorkerProcess.Start(data, TimeSpan.FromMilliseconds(100));
        await Eventually.WaitAsync(() => worker.HasExited || InboxState.Read(paths).Done >= 5, Bound, () => worker.Output, ct);
        var exitCode = await worker.StopAsync(TimeSpan.FromSeconds(30), ct);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{worker.Output}");
        var state = InboxState.Read(paths);
        Assert.Equal(documents.Select(d => d.FileName).Order(StringComparer.Ordinal),
            state.Waiting.Concat(state.Processed).Concat(state.Failed).Order(StringComparer.Ordinal));
    }
}
