using System.Text.Json;
using Timeline.Worker.Tests;
using Xunit;

namespace Timeline.Cli.Tests;

public sealed class CurationCommandTests
{
    [Fact]
    public async Task Curation_commands_list_confirm_undo_split_retract_and_log_through_the_real_binary()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        CurationDocumentsJson.WriteTo(folder.Combine("batch"));
        async Task<CliRun> Run(params string[] args) => await CliRun.StartAsync(folder.Path, [.. args, "--data-dir", "data"], null, ct);

        var ingest = await Run("ingest", "batch");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var candidates = await Run("merges", "candidates", "--json");
        Assert.True(candidates.ExitCode == 0, candidates.ToString());
        var candidate = Assert.Single(Json(candidates).EnumerateArray());
        var candidateId = candidate.GetProperty("id").GetString()!;
        var table = await Run("merges", "candidates");
        Assert.Contains(candidateId, table.Output, StringComparison.Ordinal);
        Assert.Contains("Fuad Hassan", table.Output, StringComparison.Ordinal);

        var merges = await Run("merges", "list", "--json");
        Assert.True(merges.ExitCode == 0, merges.ToString());
        var automatic = Json(merges).EnumerateArray().ToList();
        Assert.Equal(2, automatic.Count);
        Assert.All(automatic, m => Assert.Equal("person-wikidata-q1163085", m.GetProperty("entityId").GetString()));
        Assert.All(automatic, m => Assert.False(m.GetProperty("curated").GetBoolean()));
        Assert.Contains(automatic, m => m.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "externalId"));

        var confirm = await Run("merges", "confirm", candidateId, "--as", "alice", "--note", "one minister", "--json");
        Assert.True(confirm.ExitCode == 0, confirm.ToString());
        var merged = Json(confirm);
        Assert.True(merged.GetProperty("curated").GetBoolean());
        var mergeId = merged.GetProperty("id").GetString()!;

        var undo = await Run("merges", "undo", mergeId, "--as", "bob");
        Assert.True(undo.ExitCode == 0, undo.ToString());
        var again = await Run("merges", "undo", mergeId, "--as", "bob");
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains(mergeId, again.Error, StringComparison.Ordinal);

        var split = await Run("entities", "split", "person-wikidata-q1163085", "curation-c#person-soleimani", "--json");
        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.Equal(2, Json(split).GetProperty("entityIds").GetArrayLength());

        var retract = await Run("articles", "retract", "curation-b", "--as", "dave");
        Assert.True(retract.ExitCode == 0, retract.ToString());
        var retractAgain = await Run("articles", "retract", "curation-b", "--as", "dave");
        Assert.True(retractAgain.ExitCode == 2, retractAgain.ToString());

        var log = await Run("curation", "log", "--json");
        Assert.True(log.ExitCode == 0, log.ToString());
        var entries = Json(log).EnumerateArray().ToList();
        Assert.Equal(["alice", "bob", Environment.UserName, "dave"], entries.Select(e => e.GetProperty("actor").GetString()));
        Assert.Equal(["confirmMergeCandidate", "undoMerge", "splitEntity", "retractArticle"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("one minister", entries[0].GetProperty("note").GetString());
        var logTable = await Run("curation", "log");
        Assert.Contains("alice", logTable.Output, StringComparison.Ordinal);
        Assert.Contains("retract", logTable.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_are_clear_errors_with_a_non_zero_exit()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        CurationDocumentsJson.WriteTo(folder.Combine("batch"));
        async Task<CliRun> Run(params string[] args) => await CliRun.StartAsync(folder.Path, [.. args, "--data-dir", "data"], null, ct);
        Assert.Equal(0, (await Run("ingest", "batch")).ExitCode);

        var confirm = await Run("merges", "confirm", "candidate-nope");
        var split = await Run("entities", "split", "person-nobody", "curation-a#person-soleimani");
        var retract = await Run("articles", "retract", "no-such-article");

        Assert.True(confirm.ExitCode == 2, confirm.ToString());
        Assert.Contains("candidate-nope", confirm.Error, StringComparison.Ordinal);
        Assert.True(split.ExitCode == 2, split.ToString());
        Assert.Contains("person-nobody", split.Error, StringComparison.Ordinal);
        Assert.True(retract.ExitCode == 2, retract.ToString());
        Assert.Contains("no-such-article", retract.Error, StringComparison.Ordinal);
        Assert.Empty(Json(await Run("curation", "log", "--json")).EnumerateArray());
    }

    private static JsonElement Json(CliRun run)
    {
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }
}
