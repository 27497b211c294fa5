using Timeline.Worker.Tests;
using Xunit;

namespace Timeline.Cli.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Stats_prints_the_counts_of_the_graph_and_of_the_inbox_folders()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        GeneratedDocuments.WriteTo(folder.Combine("batch"), GeneratedDocuments.Create(valid: 2, invalid: 0));
        GeneratedDocuments.WriteTo(folder.Combine("data", "inbox"), GeneratedDocuments.Create(valid: 1, invalid: 0));
        await CliRun.StartAsync(folder.Path, ["ingest", "batch", "--data-dir", "data"], null, ct);

        var run = await CliRun.StartAsync(folder.Path, ["stats", "--data-dir", "data"], null, ct);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Figure("articles"));
        Assert.True(run.Figure("events") > 0, run.ToString());
        Assert.True(run.Figure("entities") > 0, run.ToString());
        Assert.True(run.Figure("claims") > 0, run.ToString());
        Assert.Equal(1, run.Figure("inbox"));
        Assert.Equal(0, run.Figure("processed"));
        Assert.Equal(0, run.Figure("failed"));
    }

    [Fact]
    public async Task The_environment_names_the_data_directory_and_data_dir_overrides_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["Timeline__DataDirectory"] = folder.Combine("from-env") };

        var overridden = await CliRun.StartAsync(folder.Path, ["stats", "--data-dir", "from-option"], environment, ct);

        Assert.True(overridden.ExitCode == 0, overridden.ToString());
        Assert.True(File.Exists(folder.Combine("from-option", "timeline.db")));
        Assert.False(Directory.Exists(folder.Combine("from-env")));

        var fromEnvironment = await CliRun.StartAsync(folder.Path, ["stats"], environment, ct);

        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
        Assert.True(File.Exists(folder.Combine("from-env", "timeline.db")));
    }

    [Fact]
    public async Task Appsettings_in_the_working_directory_configures_the_command()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("appsettings.json"), """{ "Timeline": { "DataDirectory": "from-settings" } }""", ct);

        var run = await CliRun.StartAsync(folder.Path, ["stats"], null, ct);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(folder.Combine("from-settings", "timeline.db")), run.ToString());
    }

    [Theory]
    [InlineData("neo4j", "Timeline:Store is 'neo4j'")]
    [InlineData("mongodb", "expected one of: sqlite, neo4j")]
    public async Task A_store_this_build_cannot_serve_is_a_configuration_error_exiting_2(string store, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();

        var run = await CliRun.StartAsync(folder.Path, ["stats", "--data-dir", "data"], new Dictionary<string, string> { ["Timeline__Store"] = store }, ct);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
