using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

public sealed class IngestTests
{
    private static ArticleFacts Strike(string articleId, string spelling, string published = "2021-04-07") =>
        new FactsBuilder(articleId, published)
            .Person("soleimani", spelling, "Q1163085")
            .Person("muhandis", "Abu Mahdi al-Muhandis")
            .Place("baghdad-airport", "Baghdad International Airport")
            .Event("strike", "airstrike", "US strike kills Soleimani", "2020-01", "baghdad-airport", ["iraq"], "soleimani:target", "muhandis:target")
            .Build();

    [Fact]
    public async Task Ingesting_the_same_facts_again_changes_nothing()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var facts = Strike("aj", "Qassem Soleimani");

        var first = await temp.Store.IngestAsync(facts, ct);
        var before = (await temp.Store.ExportAsync(ct)).ToText();
        var second = await temp.Store.IngestAsync(facts, ct);

        Assert.Equal(IngestStatus.Created, first.Status);
        Assert.Equal(new IngestCounts(3, 0, 0), first.Entities);
        Assert.Equal(new IngestCounts(1, 0, 0), first.Events);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(new IngestCounts(0, 0, 3), second.Entities);
        Assert.Equal(before, (await temp.Store.ExportAsync(ct)).ToText());
    }

    [Fact]
    public async Task A_second_source_merges_into_the_same_entity_and_event()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        await temp.Store.IngestAsync(Strike("aj", "Qassem Soleimani"), ct);
        var outcome = await temp.Store.IngestAsync(Strike("ndtv", "Qasem Soleimani", "2021-04-08"), ct);

        Assert.Equal(IngestStatus.Created, outcome.Status);
        Assert.Equal(3, outcome.Entities.Merged);
        Assert.Equal(1, outcome.Events.Merged);
        var counts = await temp.Store.CountAsync(ct);
        Assert.Equal(1, counts.Events);
        Assert.Equal(3, counts.Entities);
        var page = await temp.Store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(10)), ct);
        var strike = Assert.Single(page.Edges).Node;
        Assert.Equal(2, strike.SourceCount);
        var detail = await temp.Store.GetEventAsync(strike.Id, ct);
        Assert.NotNull(detail);
        Assert.Equal(["aj", "ndtv"], detail.Sources.Select(s => s.Article.Id));
        var soleimani = Assert.Single(detail.Participants, p => p.Claims.Count == 2 && p.EntityId.Contains("q1163085", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("target", soleimani.Role);
    }

    [Fact]
    public async Task A_new_version_replaces_the_article_claims()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await temp.Store.IngestAsync(Strike("aj", "Qassem Soleimani"), ct);
        var revised = new FactsBuilder("aj")
            .Person("kadhimi", "Mustafa al-Kadhimi")
            .Event("committee", "committee-formed", "Kadhimi forms technical committee", "2021-04-07", null, null, "kadhimi:agent")
            .Build();

        var outcome = await temp.Store.IngestAsync(revised, ct);

        Assert.Equal(IngestStatus.Updated, outcome.Status);
        var counts = await temp.Store.CountAsync(ct);
        Assert.Equal(1, counts.Events);
        Assert.Equal(1, counts.Entities);
        var fresh = await TempStore.CreateAsync();
        await using (fresh)
        {
            await fresh.Store.IngestAsync(revised, ct);
            Assert.Equal((await fresh.Store.ExportAsync(ct)).ToText(), (await temp.Store.ExportAsync(ct)).ToText());
        }
    }

    [Fact]
    public async Task Retracting_an_article_removes_its_claims_and_rederives_the_rest()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await temp.Store.IngestAsync(Strike("aj", "Qassem Soleimani"), ct);
        await temp.Store.IngestAsync(Strike("ndtv", "Qasem Soleimani", "2021-04-08"), ct);

        Assert.True(await temp.Store.RetractArticleAsync("aj", new CurationContext("test", null), ct));
        Assert.False(await temp.Store.RetractArticleAsync("aj", new CurationContext("test", null), ct));

        await using var only = await TempStore.CreateAsync();
        await only.Store.IngestAsync(Strike("ndtv", "Qasem Soleimani", "2021-04-08"), ct);
        Assert.Equal((await only.Store.ExportAsync(ct)).ToText(), (await temp.Store.ExportAsync(ct)).ToText());
    }

    [Fact]
    public async Task Mention_ids_and_report_ids_find_the_canonical_nodes()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await temp.Store.IngestAsync(Strike("aj", "Qassem Soleimani"), ct);
        await temp.Store.IngestAsync(Strike("ndtv", "Qasem Soleimani", "2021-04-08"), ct);

        var entities = await temp.Store.GetEntitiesAsync(["aj#soleimani", "ndtv#soleimani", "nobody"], ct);
        var events = await temp.Store.GetEventsAsync(["aj#strike", "ndtv#strike"], ct);

        Assert.Equal(2, entities.Count);
        Assert.Equal(entities["aj#soleimani"].Id, entities["ndtv#soleimani"].Id);
        Assert.Equal(events["aj#strike"].Id, events["ndtv#strike"].Id);
    }

    [Fact]
    public async Task Facts_that_do_not_hold_together_are_refused_with_the_place_and_reason()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var facts = new FactsBuilder("bad").Person("p", "Someone")
            .Event("e", "vote", "A vote", "2020-01-05", "p").Build();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => temp.Store.IngestAsync(facts, ct));

        Assert.Contains("events[0].place", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await temp.Store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Every_arrival_order_of_overlapping_articles_gives_the_same_export()
    {
        var ct = TestContext.Current.CancellationToken;
        ArticleFacts[] articles =
        [
            Strike("aj", "Qassem Soleimani"),
            Strike("ndtv", "Qasem Soleimani", "2021-04-08"),
            new FactsBuilder("third", "2021-04-09")
                .Person("s", "Qasem Soleimani").Person("k", "Mustafa al-Kadhimi")
                .Event("vote", "vote", "Parliament votes for withdrawal", "2020-01-05", null, null, "s:subject", "k:participant")
                .Build(),
        ];
        int[][] orders = [[0, 1, 2], [2, 1, 0], [1, 2, 0], [0, 2, 1, 0, 2]];
        var exports = new List<string>();
        foreach (var order in orders)
        {
            await using var temp = await TempStore.CreateAsync();
            foreach (var i in order) await temp.Store.IngestAsync(articles[i], ct);
            exports.Add((await temp.Store.ExportAsync(ct)).ToText());
        }

        Assert.All(exports, e => Assert.Equal(exports[0], e));
    }
}
