using Timeline.Worker.Tests;
using Xunit;

namespace Timeline.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingesting_a_folder_reports_the_figures_and_each_refusal_and_exits_1()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var documents = GeneratedDocuments.Create(valid: 8, invalid: 2);
        GeneratedDocuments.WriteTo(folder.Combine("batch"), documents);
        await File.WriteAllTextAsync(folder.Combine("batch", "notes.txt"), "not a document", ct);
        await File.WriteAllTextAsync(folder.Combine("batch", "half.json.part"), "{", ct);

        var run = await CliRun.StartAsync(folder.Path, ["ingest", "batch", "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(8, run.Figure("created"));
        Assert.Equal(0, run.Figure("updated"));
        Assert.Equal(0, run.Figure("unchanged"));
        Assert.Equal(2, run.Figure("rejected"));
        Assert.Equal(10, run.Figure("total"));
        Assert.Equal(24, run.Figure("events created") + run.Figure("events merged"));
        foreach (var invalid in documents.Where(d => !d.Valid)) Assert.Contains(Path.Combine("batch", invalid.FileName), run.Output, StringComparison.Ordinal);
        Assert.Contains("/formatVersion", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("data", "timeline.db")));
    }

    [Fact]
    public async Task Ingesting_accepted_files_again_reports_them_unchanged_and_exits_0()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var documents = GeneratedDocuments.Create(valid: 3, invalid: 0);
        GeneratedDocuments.WriteTo(folder.Combine("batch"), documents);
        var files = documents.Select(d => Path.Combine("batch", d.FileName)).ToList();

        var first = await CliRun.StartAsync(folder.Path, ["ingest", .. files, "--data-dir", "data"], null, ct);
        var second = await CliRun.StartAsync(folder.Path, ["ingest", "--data-dir", "data", "batch", files[0]], null, ct);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(3, first.Figure("created"));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(3, second.Figure("unchanged"));
        Assert.Equal(3, second.Figure("total"));
        Assert.Equal(9, second.Figure("events unchanged"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ingest")]
    [InlineData("ingest no-such-folder")]
    [InlineData("ingest --retry-failed some.json")]
    [InlineData("ingest --no-such-option some.json")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_with_a_message_and_change_nothing(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("some.json"), "{}", ct);

        var run = await CliRun.StartAsync(folder.Path, [.. args, "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(string.IsNullOrWhiteSpace(run.Error), run.ToString());
        Assert.False(File.Exists(folder.Combine("data", "timeline.db")), run.ToString());
    }

    [Fact]
    public async Task Retry_failed_moves_every_failed_document_back_to_the_inbox_and_drops_its_report()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("data", "failed"));
        Directory.CreateDirectory(folder.Combine("data", "inbox"));
        await File.WriteAllTextAsync(folder.Combine("data", "failed", "a.json"), "{\"a\":1}", ct);
        await File.WriteAllTextAsync(folder.Combine("data", "failed", "a.error.json"), "{}", ct);
        await File.WriteAllTextAsync(folder.Combine("data", "failed", "b.json"), "{\"b\":1}", ct);
        await File.WriteAllTextAsync(folder.Combine("data", "inbox", "a.json"), "{\"waiting\":1}", ct);

        var run = await CliRun.StartAsync(folder.Path, ["ingest", "--retry-failed", "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Moved 2 documents", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder.Combine("data", "failed")));
        Assert.Equal("{\"waiting\":1}", await File.ReadAllTextAsync(folder.Combine("data", "inbox", "a.json"), ct));
        Assert.Equal("{\"a\":1}", await File.ReadAllTextAsync(folder.Combine("data", "inbox", "a-1.json"), ct));
        Assert.Equal("{\"b\":1}", await File.ReadAllTextAsync(folder.Combine("data", "inbox", "b.json"), ct));
    }
}
