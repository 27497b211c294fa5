using Timeline.Worker.Tests;
using Xunit;

namespace Timeline.Cli.Tests;

public sealed class ExportImportCommandTests
{
    private static readonly string Samples = Path.Combine(SourceRoot(), "src", "Timeline.Ingestion", "Samples");

    [Theory]
    [InlineData("json")]
    [InlineData("cypher")]
    public async Task Export_import_and_export_again_through_the_command_line_give_the_same_file(string format)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var ingest = await CliRun.StartAsync(folder.Path, ["ingest", Samples, "--data-dir", "one"], null, ct);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var json = await CliRun.StartAsync(folder.Path, ["export", "--format", "json", "--output", "export.json", "--data-dir", "one"], null, ct);
        var first = await CliRun.StartAsync(folder.Path, ["export", "--format", format, "--data-dir", "one"], null, ct);
        var import = await CliRun.StartAsync(folder.Path, ["import", "export.json", "--data-dir", "two"], null, ct);
        var second = await CliRun.StartAsync(folder.Path, ["export", "--format", format, "--data-dir", "two"], null, ct);

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Contains("Exported 2 articles", json.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("export.json.partial")));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("2 articles created", import.Output, StringComparison.Ordinal);
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.False(string.IsNullOrWhiteSpace(first.Output));
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task A_refused_import_names_each_path_exits_1_and_creates_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("bad.json"),
            """{ "format": "timeline-export", "version": 1, "articles": [ { "article": { "id": "a", "title": "", "published": "2021-04-07", "contentHash": "x" }, "entities": [], "events": [], "participations": [], "relations": [] } ], "decisions": {}, "graph": {} }""",
            ct);

        var run = await CliRun.StartAsync(folder.Path, ["import", "bad.json", "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("/articles/0/article/title: must not be empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("/decisions: must be an array, not an object", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("data")), "a refused import must not even create the data folder");
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export --format xml")]
    [InlineData("import")]
    [InlineData("import missing.json")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();

        var run = await CliRun.StartAsync(folder.Path, [.. commandLine.Split(' '), "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
