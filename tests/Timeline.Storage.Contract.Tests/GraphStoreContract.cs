using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Xunit;
using Timeline.Storage.Sqlite.Tests;

namespace Timeline.Storage.Contract.Tests;

/// <summary>
/// What every graph store must do, whatever holds the graph. A store's test class derives from this and
/// says how to get an empty, migrated store; every test starts from an empty one.
/// </summary>
public abstract class GraphStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// An empty, migrated store for one test (or a skip saying why this store cannot run here). Tests hold
    /// one lease at a time, since a server store may have one database to empty.
    /// </summary>
    protected abstract Task<StoreLease> OpenEmptyStoreAsync(CancellationToken cancellationToken);

    private static readonly CurationContext Curator = new("contract-test", "because the test says so");

    private static ArticleFacts Strike(string articleId, string published, string title = "Drone strike kills commander") =>
        new FactsBuilder(articleId, published)
            .Person("qs", "Qasem Soleimani", "Q1163085").Place("bgw", "Baghdad", "Q1530")
            .Event("strike", "airstrike", title, "2020-01-03", "bgw", ["iraq"], "qs:target")
            .Build();

    private static ArticleFacts Timeline(string articleId, int events, string firstDay = "2020-01-01", string? person = "hub")
    {
        var facts = new FactsBuilder(articleId).Person("hub", "Hub Person", "Q100");
        var start = DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < events; i++)
        {
            var day = start.AddDays(10 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            facts.Event("e" + i, "meeting", $"Meeting number {i}", day, null, [i % 2 == 0 ? "even" : "odd"], person is null ? [] : [person + ":participant"]);
        }
        return facts.Build();
    }

    [Fact]
    public async Task Ingesting_the_same_facts_again_changes_nothing()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        var facts = Strike("a1", "2020-01-04");

        var first = await store.IngestAsync(facts, Ct);
        var export = (await store.ExportAsync(Ct)).ToText();
        var again = await store.IngestAsync(facts, Ct);

        Assert.Equal(IngestStatus.Created, first.Status);
        Assert.Equal(new IngestCounts(2, 0, 0), first.Entities);
        Assert.Equal(new IngestCounts(1, 0, 0), first.Events);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(new IngestCounts(0, 0, 1), again.Events);
        Assert.Equal(export, (await store.ExportAsync(Ct)).ToText());
        Assert.Equal(new GraphCounts(1, 2, 1, 4), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Both_samples_in_either_order_give_the_same_export()
    {
        var forward = await IngestSamplesAsync(SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp);
        var backward = await IngestSamplesAsync(SampleDocuments.NdtvAfp, SampleDocuments.AlJazeera);
        var repeated = await IngestSamplesAsync(SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp, SampleDocuments.AlJazeera);

        Assert.Contains("## events", forward, StringComparison.Ordinal);
        Assert.Equal(forward, backward);
        Assert.Equal(forward, repeated);
    }

    private async Task<string> IngestSamplesAsync(params string[] names)
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var pipeline = IngestionPipeline.CreateDefault(lease.Store);
        foreach (var name in names)
        {
            var report = await pipeline.IngestAsync(SampleDocuments.Get(name).Utf8, Ct);
            if (report.Status == IngestReportStatus.Rejected)
            {
                Assert.Skip($"The sample {name} is refused before the store ({string.Join("; ", report.Errors)}); the sample tests say why.");
            }
        }
        return (await lease.Store.ExportAsync(Ct)).ToText();
    }

    [Fact]
    public async Task Reports_of_one_event_from_two_sources_merge_into_one_event_and_one_entity_each()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Strike("a1", "2020-01-04"), Ct);
        var second = await store.IngestAsync(Strike("a2", "2020-01-05", "US strike kills Iranian general"), Ct);

        var page = await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(10), true), Ct);
        var evt = Assert.Single(page.Edges).Node;
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(2, evt.SourceCount);
        Assert.Equal(new IngestCounts(0, 1, 0), second.Events);
        Assert.Equal(new IngestCounts(0, 2, 0), second.Entities);
        var detail = await store.GetEventAsync("a2#strike", Ct);
        Assert.NotNull(detail);
        Assert.Equal(evt.Id, detail.Event.Id);
        Assert.Equal(["a1", "a2"], detail.Sources.Select(s => s.Article.Id));
        var target = Assert.Single(detail.Participants);
        Assert.Equal("target", target.Role);
        Assert.Equal(["a1", "a2"], target.Claims.Select(c => c.ArticleId));
        var entities = await store.GetEntitiesAsync(["a1#qs", "a2#qs"], Ct);
        Assert.Equal(entities["a1#qs"].Id, entities["a2#qs"].Id);
        Assert.Equal(new GraphCounts(1, 2, 2, 8), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Retracting_an_article_leaves_what_the_others_support()
    {
        string expected;
        await using (var alone = await OpenEmptyStoreAsync(Ct))
        {
            await alone.Store.IngestAsync(Strike("a2", "2020-01-05"), Ct);
            expected = (await alone.Store.ExportAsync(Ct)).ToText();
        }
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Strike("a1", "2020-01-04"), Ct);
        await store.IngestAsync(Strike("a2", "2020-01-05"), Ct);

        Assert.True(await store.RetractArticleAsync("a1", Curator, Ct));
        Assert.False(await store.RetractArticleAsync("a1", Curator, Ct));
        Assert.False(await store.RetractArticleAsync("unknown", Curator, Ct));

        Assert.Equal(expected, (await store.ExportAsync(Ct)).ToText());
        var evt = Assert.Single((await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(10)), Ct)).Edges).Node;
        Assert.Equal(1, evt.SourceCount);
        var log = Assert.Single(await store.ListCurationLogAsync(Ct));
        Assert.Equal(CurationActionKind.RetractArticle, log.Kind);
        Assert.Equal(["a1"], log.Targets);
        Assert.Equal("contract-test", log.Actor);

        Assert.True(await store.RetractArticleAsync("a2", Curator, Ct));
        Assert.Equal(new GraphCounts(0, 0, 0, 0), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task A_new_version_replaces_the_previous_claims()
    {
        string expected;
        await using (var fresh = await OpenEmptyStoreAsync(Ct))
        {
            await fresh.Store.IngestAsync(Strike("a1", "2020-01-04", "Corrected headline"), Ct);
            expected = (await fresh.Store.ExportAsync(Ct)).ToText();
        }
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Strike("a1", "2020-01-04", "First headline"), Ct);
        var update = await store.IngestAsync(Strike("a1", "2020-01-04", "Corrected headline"), Ct);

        Assert.Equal(IngestStatus.Updated, update.Status);
        var evt = Assert.Single((await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(10)), Ct)).Edges).Node;
        Assert.Equal("Corrected headline", evt.Title);
        Assert.Equal(expected, (await store.ExportAsync(Ct)).ToText());
    }

    [Fact]
    public async Task Pages_forward_and_back_cover_the_timeline_without_gaps_or_repeats()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Timeline("t", 7), Ct);
        var all = (await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(50)), Ct)).Edges
            .Select(e => e.Node.Title).ToList();
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Meeting number {i}"), all);

        var forward = new List<string>();
        string? after = null;
        Page<Event> page;
        do
        {
            page = await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(2, after)), Ct);
            forward.AddRange(page.Edges.Select(e => e.Node.Title));
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);
        Assert.Equal(all, forward);

        var backward = new List<string>();
        string? before = null;
        do
        {
            page = await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(Last: 3, Before: before)), Ct);
            backward.InsertRange(0, page.Edges.Select(e => e.Node.Title));
            before = page.PageInfo.StartCursor;
        }
        while (page.PageInfo.HasPreviousPage);
        Assert.Equal(all, backward);

        var descending = await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Descending, new PageRequest(3)), Ct);
        var next = await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Descending, new PageRequest(3, descending.PageInfo.EndCursor)), Ct);
        Assert.Equal(all.AsEnumerable().Reverse().Take(6), descending.Edges.Concat(next.Edges).Select(e => e.Node.Title));
    }

    [Fact]
    public async Task A_window_matches_events_whose_time_range_overlaps_it()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("w").Person("p", "Window Person")
            .Event("month", "vote", "A vote in January", "2020-01", null, null, "p")
            .Event("day", "strike", "A strike on 3 February", "2020-02-03", null, null, "p")
            .Event("year", "talks", "Talks during 2019", "2019", null, null, "p")
            .Build(), Ct);

        async Task<List<string>> Titles(string? from, string? to) =>
            (await store.QueryEventsAsync(new EventQuery(new EventFilter
            {
                From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            }, SortDirection.Ascending, new PageRequest(10)), Ct)).Edges.Select(e => e.Node.Title).ToList();

        Assert.Equal(["A vote in January"], await Titles("2020-01-31", "2020-02-02"));
        Assert.Equal(["A vote in January", "A strike on 3 February"], await Titles("2020-01-15", "2020-02-03"));
        Assert.Equal(["Talks during 2019", "A vote in January"], await Titles(null, "2020-01-01"));
        Assert.Equal(["A strike on 3 February"], await Titles("2020-02-01", null));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Titles("2020-03-01", "2020-02-01"));
    }

    [Fact]
    public async Task Filters_by_entity_type_tag_place_article_and_sources_combine()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Timeline("t", 4), Ct);
        await store.IngestAsync(Strike("a1", "2020-01-04"), Ct);
        await store.IngestAsync(Strike("a2", "2020-01-05"), Ct);

        async Task<List<string>> Titles(EventFilter filter) =>
            (await store.QueryEventsAsync(new EventQuery(filter, SortDirection.Ascending, new PageRequest(20), true), Ct)).Edges.Select(e => e.Node.Title).ToList();

        Assert.Equal(["Meeting number 0", "Meeting number 1", "Meeting number 2", "Meeting number 3"], await Titles(new EventFilter { EntityIds = ["t#hub"] }));
        Assert.Equal(["Drone strike kills commander"], await Titles(new EventFilter { Types = ["airstrike"] }));
        Assert.Equal(["Meeting number 1", "Meeting number 3"], await Titles(new EventFilter { Tags = ["odd"] }));
        Assert.Equal(["Drone strike kills commander"], await Titles(new EventFilter { PlaceIds = ["a2#bgw"] }));
        Assert.Equal(["Drone strike kills commander"], await Titles(new EventFilter { ArticleIds = ["a1"] }));
        Assert.Equal(["Drone strike kills commander"], await Titles(new EventFilter { MinSources = 2 }));
        Assert.Equal(["Meeting number 0", "Meeting number 2"], await Titles(new EventFilter { Tags = ["even"], MaxSources = 1, EntityIds = ["t#hub"] }));
        Assert.Empty(await Titles(new EventFilter { EntityIds = ["nobody"] }));
        var counted = await store.QueryEventsAsync(new EventQuery(new EventFilter { Types = ["meeting"] }, SortDirection.Ascending, new PageRequest(1), true), Ct);
        Assert.Equal(4, counted.TotalCount);
    }

    [Fact]
    public async Task Text_search_matches_word_prefixes_ignoring_case_and_diacritics()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("s").Person("qs", "Qāsem Soleimani", null, "Haj Qasem").Person("other", "Someone Else")
            .Event("strike", "airstrike", "Drone strike near the airport", "2020-01-03", null, null, "qs")
            .Event("vote", "vote", "Parliament votes", "2020-01-05", null, null, "other")
            .Build(), Ct);

        var events = await store.QueryEventsAsync(new EventQuery(new EventFilter { Text = "DRONE air" }, SortDirection.Ascending, new PageRequest(10)), Ct);
        Assert.Equal(["Drone strike near the airport"], events.Edges.Select(e => e.Node.Title));
        var entities = await store.SearchEntitiesAsync(new EntitySearch("qase sol", null, new PageRequest(10)), Ct);
        Assert.Equal(["Qāsem Soleimani"], entities.Edges.Select(e => e.Node.Name));
        var byAlias = await store.SearchEntitiesAsync(new EntitySearch("haj", [EntityKind.Person], new PageRequest(10)), Ct);
        Assert.Single(byAlias.Edges);
        var first = await store.SearchEntitiesAsync(new EntitySearch(null, null, new PageRequest(1)), Ct);
        var second = await store.SearchEntitiesAsync(new EntitySearch(null, null, new PageRequest(1, first.PageInfo.EndCursor)), Ct);
        Assert.Equal(["Qāsem Soleimani", "Someone Else"], first.Edges.Concat(second.Edges).Select(e => e.Node.Name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.QueryEventsAsync(new EventQuery(new EventFilter { Text = "  ?! " }, SortDirection.Ascending, new PageRequest(10)), Ct));
    }

    [Fact]
    public async Task A_hub_neighbourhood_is_capped_and_says_so()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Timeline("t", 6), Ct);

        var capped = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("t#hub", Hops: 1, DegreeCap: 2), Ct);
        var full = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("t#hub", Hops: 1, DegreeCap: 100), Ct);

        Assert.True(capped.Truncated);
        Assert.Equal(3, capped.Nodes.Count);
        Assert.Equal(2, capped.Edges.Count);
        Assert.Equal(["Meeting number 5", "Meeting number 4"], capped.Nodes.Where(n => n.Kind == GraphNodeKind.Event).Select(n => n.Label));
        Assert.Equal(6, Assert.Single(capped.Nodes, n => n.Kind == GraphNodeKind.Entity).Degree);
        Assert.False(full.Truncated);
        Assert.Equal(7, full.Nodes.Count);
        Assert.Empty((await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("nothing"), Ct)).Nodes);
    }

    [Fact]
    public async Task Paths_run_through_events_and_entity_relations_shortest_first()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("chain")
            .Person("a", "Alpha Person").Person("b", "Bravo Person").Person("c", "Charlie Person").Organization("org", "Delta Group")
            .Event("ab", "meeting", "Alpha meets Bravo", "2020-01-05", null, null, "a:participant", "b:participant")
            .Event("bc", "meeting", "Bravo meets Charlie", "2020-03-05", null, null, "b:participant", "c:participant")
            .Relation("memberOf", RelationEnds.Entities, "a", "org")
            .Relation("memberOf", RelationEnds.Entities, "c", "org")
            .Build(), Ct);

        var paths = await store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 4, K: 5), Ct);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["Alpha Person", "Delta Group", "Charlie Person"], paths[0].Nodes.Select(n => n.Label));
        Assert.Equal(["Alpha Person", "Alpha meets Bravo", "Bravo Person", "Bravo meets Charlie", "Charlie Person"], paths[1].Nodes.Select(n => n.Label));
        Assert.Empty(await store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 1), Ct));
        Assert.Single(await store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 4, K: 1), Ct));
        var detail = await store.GetEntityAsync("chain#b", 10, Ct);
        Assert.NotNull(detail);
        Assert.Equal(["Alpha Person", "Charlie Person"], detail.Associates.Select(a => a.Entity.Name).Order(StringComparer.Ordinal));
        var relations = (await store.GetEntityRelationsAsync(["chain#org"], Ct))["chain#org"];
        Assert.Equal(2, relations.Count);
        Assert.All(relations, r => Assert.Equal(EntityRelationType.MemberOf, r.Type));
    }

    [Fact]
    public async Task Event_relations_and_batched_reads_answer_by_the_requested_id()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("r").Person("p", "Rel Person")
            .Event("cause", "strike", "The strike", "2020-01-03", null, null, "p")
            .Event("effect", "vote", "The vote", "2020-01-05", null, null, "p")
            .Relation("responseTo", RelationEnds.Events, "effect", "cause")
            .Build(), Ct);

        var relations = await store.GetEventRelationsAsync(["r#cause", "r#effect", "missing"], Ct);
        var events = await store.GetEventsAsync(["r#cause", "missing"], Ct);
        var articles = await store.GetArticlesAsync(["r", "missing"], Ct);

        var relation = Assert.Single(relations["r#cause"]);
        Assert.Equal(EventRelationType.ResponseTo, relation.Type);
        Assert.Equal(events["r#cause"].Id, relation.ObjectEventId);
        Assert.Single(relations["r#effect"]);
        Assert.Empty(relations["missing"]);
        Assert.Equal(["r#cause"], events.Keys);
        Assert.Equal(["r"], articles.Keys);
        Assert.Empty((await store.GetConflictsAsync(["r#cause"], Ct))["r#cause"]);
    }

    [Fact]
    public async Task Reports_that_disagree_on_the_day_keep_both_values_as_a_conflict()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("c1").Person("qs", "Qasem Soleimani", "Q1163085")
            .Event("strike", "airstrike", "Strike kills general", "2020-01-03", null, null, "qs:target").Build(), Ct);
        await store.IngestAsync(new FactsBuilder("c2").Person("qs", "Qasem Soleimani", "Q1163085")
            .Event("strike", "airstrike", "Strike kills general", "2020-01-04", null, null, "qs:target").Build(), Ct);

        var conflicts = (await store.GetConflictsAsync(["c1#strike"], Ct))["c1#strike"];

        var when = Assert.Single(conflicts, c => c.Field == "when");
        Assert.Equal(["2020-01-03", "2020-01-04"], when.Values.Select(v => v.Value));
        Assert.Equal(["c1"], when.Values[0].Claims.Select(c => c.ArticleId));
    }

    [Theory]
    [InlineData("2020-01-11", 1)]
    [InlineData("2020-01-12", 2)]
    public async Task A_disputed_date_reaches_a_full_week_between_the_reports_in_either_order(string secondDay, int expectedEvents)
    {
        // Seven days lie between the 3rd and the 11th, the merger's window; eight between the 3rd and the 12th.
        ArticleFacts Talks(string article, string day) => new FactsBuilder(article).Person("qs", "Qasem Soleimani", "Q1163085")
            .Person("am", "Adil Abdul-Mahdi", "Q4684019").Organization("us", "United States", "Q30")
            .Event("talks", "talks", "Talks in Baghdad", day, null, null, "qs:participant", "am:participant", "us:participant").Build();
        var exports = new List<string>();
        foreach (var order in new[] { new[] { Talks("d1", "2020-01-03"), Talks("d2", secondDay) }, [Talks("d2", secondDay), Talks("d1", "2020-01-03")] })
        {
            await using var lease = await OpenEmptyStoreAsync(Ct);
            foreach (var facts in order) await lease.Store.IngestAsync(facts, Ct);
            Assert.Equal(expectedEvents, (await lease.Store.CountAsync(Ct)).Events);
            exports.Add((await lease.Store.ExportAsync(Ct)).ToText());
        }

        Assert.Equal(exports[0], exports[1]);
    }

    [Fact]
    public async Task Articles_page_newest_first_and_the_schema_is_current()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(Strike("a1", "2020-01-04"), Ct);
        await store.IngestAsync(Strike("a2", "2020-01-05"), Ct);
        await store.IngestAsync(Strike("a3", "2020-01-06"), Ct);

        var first = await store.ListArticlesAsync(new ArticleListQuery(new PageRequest(2)), Ct);
        var second = await store.ListArticlesAsync(new ArticleListQuery(new PageRequest(2, first.PageInfo.EndCursor)), Ct);
        var oldest = await store.ListArticlesAsync(new ArticleListQuery(new PageRequest(1), SortDirection.Ascending), Ct);

        Assert.Equal(["a3", "a2"], first.Edges.Select(e => e.Node.Id));
        Assert.Equal(["a1"], second.Edges.Select(e => e.Node.Id));
        Assert.Equal(["a1"], oldest.Edges.Select(e => e.Node.Id));
        Assert.True((await store.GetSchemaStatusAsync(Ct)).IsCurrent);
    }

    [Fact]
    public async Task Stored_claims_read_back_rebuild_the_same_graph()
    {
        StoredClaims claims;
        string expected;
        await using (var lease = await OpenEmptyStoreAsync(Ct))
        {
            await lease.Store.IngestAsync(Strike("a1", "2020-01-04"), Ct);
            await lease.Store.IngestAsync(Timeline("t", 3), Ct);
            await lease.Store.RecordMergeDecisionAsync(new MergeRecord("a1#qs", "t#hub", MergeDecision.Different, "not the same"), Ct);
            claims = await lease.Store.ReadClaimsAsync(Ct);
            expected = (await lease.Store.ExportAsync(Ct)).ToText();
        }
        await using var copy = await OpenEmptyStoreAsync(Ct);
        foreach (var facts in claims.Articles) await copy.Store.IngestAsync(facts, Ct);
        foreach (var decision in claims.Decisions) await copy.Store.RecordMergeDecisionAsync(decision, Ct);

        Assert.Equal(["a1", "t"], claims.Articles.Select(a => a.Article.Id));
        Assert.Single(claims.Decisions);
        Assert.Equal(expected, (await copy.Store.ExportAsync(Ct)).ToText());
    }

    [Fact]
    public async Task A_curated_merge_can_be_undone_and_an_entity_split()
    {
        await using var lease = await OpenEmptyStoreAsync(Ct);
        var store = lease.Store;
        await store.IngestAsync(new FactsBuilder("m1").Person("p", "Fuad Hussein").Event("e", "visit", "A visit", "2020-01-03", null, null, "p").Build(), Ct);
        await store.IngestAsync(new FactsBuilder("m2").Person("p", "Fuad Hassan").Event("e", "talks", "Some talks", "2020-02-03", null, null, "p").Build(), Ct);

        var candidate = Assert.Single(await store.ListMergeCandidatesAsync(Ct));
        var merge = await store.ConfirmMergeCandidateAsync(candidate.Id, Curator, Ct);
        Assert.True(merge.Curated);
        Assert.Equal(merge.Id, (await store.ConfirmMergeCandidateAsync(candidate.Id, Curator, Ct)).Id);
        var merged = await store.GetEntitiesAsync(["m1#p", "m2#p"], Ct);
        Assert.Equal(merged["m1#p"].Id, merged["m2#p"].Id);
        Assert.Contains(await store.ListMergesAsync(Ct), m => m.Id == merge.Id);

        Assert.True(await store.UndoMergeAsync(merge.Id, Curator, Ct));
        Assert.False(await store.UndoMergeAsync(merge.Id, Curator, Ct));
        var apart = await store.GetEntitiesAsync(["m1#p", "m2#p"], Ct);
        Assert.NotEqual(apart["m1#p"].Id, apart["m2#p"].Id);
        Assert.Equal(
            [CurationActionKind.ConfirmMergeCandidate, CurationActionKind.UndoMerge],
            (await store.ListCurationLogAsync(Ct)).Select(a => a.Kind));
        await Assert.ThrowsAsync<CurationException>(() => store.SplitEntityAsync(apart["m1#p"].Id, ["m1#p"], Curator, Ct));
    }
}
