using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>
/// Derivation writes only the entity rows that differ. Whatever a sequence of versions wrote and
/// skipped, the graph must equal the one a fresh store builds from the final versions alone.
/// </summary>
public sealed class IncrementalDerivationTests
{
    private static ArticleFacts Article(string id, string figure, string day, bool withHub = true, params string[] figureAliases)
    {
        var builder = new FactsBuilder(id)
            .Person("figure", figure, null, figureAliases)
            .Person("own", "Reporter of " + id.ToUpperInvariant() + " Desk")
            .Place("iraq", "Iraq", "Q796");
        if (withHub) builder.Organization("us", "United States", "Q30");
        var participants = withHub ? new[] { "figure:agent", "us:participant" } : ["figure:agent", "own:participant"];
        return builder
            .Event("talks", "talks", "Talks with " + figure, day, "iraq", ["talks"], participants)
            .Event("statement", "statement", "Statement by the " + id + " desk", "2021-02-0" + id[^1], null, null, "own:speaker")
            .Build();
    }

    [Fact]
    public async Task Versions_that_join_split_and_leave_hub_entities_end_in_the_graph_of_the_final_versions()
    {
        var ct = TestContext.Current.CancellationToken;
        ArticleFacts[] sequence =
        [
            Article("a1", "Fuad Hussein", "2021-01-10"),
            Article("a2", "Fuad Husain", "2021-01-10"),
            Article("a3", "Mustafa al-Kadhimi", "2021-01-12"),
            Article("a4", "Fuad Hussein", "2021-01-10", true, "Fuad Husain"),
            Article("a2", "Mustafa al-Kadhimi", "2021-01-12", false),
            Article("a5", "Fuad Husain", "2021-01-11"),
            Article("a4", "Fuad Hussein", "2021-01-10"),
            Article("a3", "Mustafa al-Kadhimi", "2021-01-12", true, "Kadhimi"),
        ];
        var final = sequence.GroupBy(a => a.Article.Id).Select(g => g.Last()).Reverse().ToList();

        await using var incremental = await TempStore.CreateAsync();
        foreach (var article in sequence) await incremental.Store.IngestAsync(article, ct);
        await using var fresh = await TempStore.CreateAsync();
        foreach (var article in final) await fresh.Store.IngestAsync(article, ct);

        Assert.Equal((await fresh.Store.ExportAsync(ct)).ToText(), (await incremental.Store.ExportAsync(ct)).ToText());
        var hub = await incremental.Store.SearchEntitiesAsync(new EntitySearch("united states", null, new PageRequest(5)), ct);
        Assert.Single(hub.Edges);
        var renamed = await incremental.Store.SearchEntitiesAsync(new EntitySearch("kadhimi", null, new PageRequest(5)), ct);
        Assert.Single(renamed.Edges);
    }

    [Fact]
    public async Task An_article_that_adds_a_mention_to_a_hub_leaves_the_hub_row_in_place()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(Article("a1", "Fuad Hussein", "2021-01-10"), ct);
        var before = await HubRowIds(temp);

        await temp.Store.IngestAsync(Article("a2", "Mustafa al-Kadhimi", "2021-01-12"), ct);

        var after = await HubRowIds(temp);
        Assert.Equal(before, after);
        var hub = await temp.Store.SearchEntitiesAsync(new EntitySearch("iraq", null, new PageRequest(5)), ct);
        var iraq = Assert.Single(hub.Edges).Node;
        var members = await MemberCount(temp, iraq.Id);
        Assert.Equal(2, members);
    }

    private static async Task<List<long>> HubRowIds(TempStore temp)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM entities WHERE name IN ('Iraq', 'United States') ORDER BY name";
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) ids.Add(reader.GetInt64(0));
        Assert.Equal(2, ids.Count);
        return ids;
    }

    private static async Task<long> MemberCount(TempStore temp, string entityId)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entity_members WHERE entity_id = $id";
        command.Parameters.AddWithValue("$id", entityId);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
