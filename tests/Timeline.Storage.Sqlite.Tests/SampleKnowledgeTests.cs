using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>What the two seed articles mean once ingested: one entity per real one, one event per reported event, every claim quoted.</summary>
public sealed class SampleKnowledgeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Both_samples_give_one_entity_for_each_person_or_group_whatever_name_each_article_uses()
    {
        await using var temp = await TempStore.CreateAsync();
        await IngestSamplesAsync(temp.Store);

        var soleimani = await SingleEntityNamedAsync(temp.Store, "Soleimani", EntityKind.Person);
        Assert.Equal("Qassem Soleimani", soleimani.Name);
        Assert.Contains("Qasem Soleimani", soleimani.Aliases);

        var fuad = await SingleEntityNamedAsync(temp.Store, "Fuad", EntityKind.Person);
        Assert.Equal("Fuad Hussein", fuad.Name);
        Assert.Contains("Fuad Hassan", fuad.Aliases);

        var isil = await SingleEntityNamedAsync(temp.Store, "ISIL", EntityKind.Organization);
        Assert.True(Names(isil).Count >= 3, "ISIL's other names: " + string.Join(", ", Names(isil)));
        Assert.Equal(isil.Id, (await SingleEntityNamedAsync(temp.Store, "Islamic State", EntityKind.Organization)).Id);
    }

    [Theory]
    [InlineData("targeted-killing")]
    [InlineData("public-demand")]
    [InlineData("rocket-attack")]
    [InlineData("airstrike")]
    [InlineData("troop-drawdown")]
    [InlineData("troop-withdrawal")]
    [InlineData("troop-deployment")]
    [InlineData("joint-statement")]
    public async Task An_event_both_articles_report_is_one_event_with_both_as_sources(string type)
    {
        await using var temp = await TempStore.CreateAsync();
        await IngestSamplesAsync(temp.Store);

        var events = await EventsAsync(temp.Store, new EventFilter { Types = [type] });

        var @event = Assert.Single(events);
        var sources = (await temp.Store.GetEventSourcesAsync([@event.Id], Ct))[@event.Id];
        Assert.Equal(
            new[] { SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp }.Select(ArticleId).Order(StringComparer.Ordinal),
            sources.Select(s => s.Article.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_dialogue_round_of_7_April_2021_is_one_event_and_every_claim_has_its_quote()
    {
        await using var temp = await TempStore.CreateAsync();
        await IngestSamplesAsync(temp.Store);

        var talks = await EventsAsync(temp.Store, new EventFilter { Types = ["talks"], From = new DateOnly(2021, 4, 7), To = new DateOnly(2021, 4, 7) });
        var round = Assert.Single(talks, e => e.When.Value == "2021-04-07");
        Assert.Equal(2, round.SourceCount);

        var all = await EventsAsync(temp.Store, new EventFilter());
        var ids = all.Select(e => e.Id).ToArray();
        var sources = await temp.Store.GetEventSourcesAsync(ids, Ct);
        var participants = await temp.Store.GetParticipantsAsync(ids, Ct);
        Assert.All(sources.Values.SelectMany(s => s), s => Assert.False(string.IsNullOrWhiteSpace(s.Claim.Quote), s.ReportId));
        Assert.All(participants.Values.SelectMany(p => p).SelectMany(p => p.Claims), c => Assert.False(string.IsNullOrWhiteSpace(c.Quote), c.ArticleId));
    }

    [Fact]
    public async Task The_samples_in_any_order_with_a_third_document_between_them_give_the_same_export()
    {
        var third = new FactsBuilder("third-2021-04-09", "2021-04-09")
            .Person("s", "Qasem Soleimani").Person("f", "Fuad Husayn").Organization("isis", "ISIS")
            .Event("strike", "targeted-killing", "US strike kills Soleimani", "2020-01-03", null, null, "s:target")
            .Event("visit", "talks", "Foreign minister's talks", "2021-04-07", null, null, "f:participant")
            .Build();
        string[][] orders =
        [
            [SampleDocuments.AlJazeera, "third", SampleDocuments.NdtvAfp],
            [SampleDocuments.NdtvAfp, "third", SampleDocuments.AlJazeera],
            [SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp, "third"],
            ["third", SampleDocuments.NdtvAfp, SampleDocuments.AlJazeera],
        ];

        var exports = new List<string>();
        foreach (var order in orders)
        {
            await using var temp = await TempStore.CreateAsync();
            var pipeline = IngestionPipeline.CreateDefault(temp.Store);
            foreach (var name in order)
            {
                if (name == "third") await temp.Store.IngestAsync(third, Ct);
                else Assert.Empty((await pipeline.IngestAsync(SampleDocuments.Get(name).Utf8, Ct)).Errors);
            }
            exports.Add((await temp.Store.ExportAsync(Ct)).ToText());
        }

        Assert.All(exports, e => Assert.Equal(exports[0], e));
        Assert.Contains("third-2021-04-09", exports[0], StringComparison.Ordinal);
    }

    private static async Task IngestSamplesAsync(IGraphStore store)
    {
        var pipeline = IngestionPipeline.CreateDefault(store);
        foreach (var sample in SampleDocuments.All)
        {
            var report = await pipeline.IngestAsync(sample.Utf8, Ct);
            Assert.True(report.Errors.Count == 0, string.Join("\n", report.Errors));
        }
    }

    private static string ArticleId(string sampleName) => sampleName switch
    {
        _ when sampleName == SampleDocuments.AlJazeera => "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq",
        _ => "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal",
    };

    private static List<string> Names(Entity entity) => [entity.Name, .. entity.Aliases];

    private static async Task<Entity> SingleEntityNamedAsync(SqliteGraphStore store, string text, EntityKind kind)
    {
        var page = await store.SearchEntitiesAsync(new EntitySearch(text, [kind], new PageRequest(20)), Ct);
        return Assert.Single(page.Edges).Node;
    }

    private static async Task<List<Event>> EventsAsync(SqliteGraphStore store, EventFilter filter)
    {
        var page = await store.QueryEventsAsync(new EventQuery(filter, SortDirection.Ascending, new PageRequest(100)), Ct);
        return [.. page.Edges.Select(e => e.Node)];
    }
}
