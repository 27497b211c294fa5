using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.Storage.Neo4j.Cypher;
using Xunit;
using static Timeline.Storage.Neo4j.Tests.Rows;

namespace Timeline.Storage.Neo4j.Tests;

/// <summary>
/// cypher/ is the one source of truth, both ways: a scripted run through every store method against a
/// recording fake Query API sends only texts of cypher/ files (schema.cypher statement by statement), and
/// sends every file at least once.
/// </summary>
public sealed class StatementsFromCypherFolderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_file_of_the_folder_is_embedded_as_written()
    {
        Assert.Equal(CypherFiles.All.Keys.Order(StringComparer.Ordinal), CypherStatements.Names.Order(StringComparer.Ordinal));
        foreach (var (name, text) in CypherFiles.All) Assert.Equal(text, CypherStatements.Get(name));
        Assert.Equal(CypherFiles.SchemaStatements, CypherStatements.Split("schema"));
        Assert.Throws<InvalidOperationException>(() => CypherStatements.Get("no-such-statement"));
    }

    [Fact]
    public async Task A_run_through_every_store_method_sends_exactly_the_files_of_cypher()
    {
        var neo4j = Script();
        using var http = new HttpClient(neo4j);
        using var store = Neo4jGraphStore.Create(
            new Neo4jStoreOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "secret-pw" }, http, NullLoggerFactory.Instance);
        var curator = new CurationContext("tester", null);

        await store.MigrateAsync(Ct);
        Assert.True((await store.GetSchemaStatusAsync(Ct)).IsCurrent);
        var outcome = await store.IngestAsync(Facts(), Ct);
        await store.RecordMergeDecisionAsync(new MergeRecord("a1#qs", "a1#other", MergeDecision.Same, "same person"), Ct);
        await store.QueryEventsAsync(new EventQuery(new EventFilter { EntityIds = ["a1#qs"], Text = "strike" }, SortDirection.Ascending, new PageRequest(5), true), Ct);
        await store.QueryEventsAsync(new EventQuery(EventFilter.None, SortDirection.Descending, new PageRequest(5)), Ct);
        var detail = await store.GetEventAsync("a1#strike", Ct);
        await store.GetEventsAsync(["a1#strike"], Ct);
        await store.GetArticlesAsync(["a1"], Ct);
        await store.GetParticipantsAsync(["a1#strike"], Ct);
        await store.GetEventSourcesAsync(["a1#strike"], Ct);
        await store.GetEventRelationsAsync(["a1#strike"], Ct);
        await store.GetConflictsAsync(["a1#strike"], Ct);
        await store.GetEntityRelationsAsync(["E1"], Ct);
        var entity = await store.GetEntityAsync("E1", 5, Ct);
        await store.GetEntitiesAsync(["E1"], Ct);
        await store.SearchEntitiesAsync(new EntitySearch("fuad", [EntityKind.Person], new PageRequest(5)), Ct);
        await store.SearchEntitiesAsync(new EntitySearch(null, null, new PageRequest(Last: 5)), Ct);
        await store.ListArticlesAsync(new ArticleListQuery(new PageRequest(5)), Ct);
        await store.ListArticlesAsync(new ArticleListQuery(new PageRequest(5), SortDirection.Ascending), Ct);
        await store.ListMergeCandidatesAsync(Ct);
        var merges = await store.ListMergesAsync(Ct);
        Assert.True(await store.UndoMergeAsync(Assert.Single(merges).Id, curator, Ct));
        await Assert.ThrowsAsync<CurationException>(() => store.ConfirmMergeCandidateAsync("candidate-gone", curator, Ct));
        Assert.Equal(["E1", "E1"], await store.SplitEntityAsync("E2", ["a3#qs"], curator, Ct));
        Assert.True(await store.RetractArticleAsync("a1", curator, Ct));
        var log = await store.ListCurationLogAsync(Ct);
        await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("E1", Hops: 2), Ct);
        await store.FindPathsAsync(new PathQuery("E1", "E2"), Ct);
        var counts = await store.CountAsync(Ct);
        var export = await store.ExportAsync(Ct);
        var claims = await store.ReadClaimsAsync(Ct);

        var unknown = neo4j.Requests.Where(r => r.Statement is not null && CypherFiles.NameOf(r.Statement) is null).Select(r => r.Statement).ToList();
        Assert.Empty(unknown);
        var sent = neo4j.StatementNames.ToHashSet(StringComparer.Ordinal);
        Assert.Empty(CypherFiles.All.Keys.Where(name => !sent.Contains(name)).Order(StringComparer.Ordinal));
        var schemaSent = neo4j.Requests.Where(r => r.Statement is not null && CypherFiles.NameOf(r.Statement) == "schema").Select(r => r.Statement!).ToList();
        Assert.Equal(CypherFiles.SchemaStatements, schemaSent);
        // Auto-commit requests are reads (routable to any cluster member), except the schema; every write runs in a transaction.
        var autoCommit = neo4j.Requests.Where(r => r.Path == "/db/neo4j/query/v2").ToList();
        Assert.All(autoCommit, r => Assert.Equal(CypherFiles.NameOf(r.Statement!) == "schema" ? "Write" : "Read", r.AccessMode));
        Assert.DoesNotContain(autoCommit, r => CypherFiles.NameOf(r.Statement!) is "entities-write" or "events-write" or "article-delete");

        // Helper properties missing from a loaded export are filled in at migration, computed as the store computes them.
        var backfill = neo4j.Requests.Single(r => r.Statement is not null && CypherFiles.NameOf(r.Statement) == "entities-derived-write");
        var filled = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(Parameter(backfill.Parameters, "rows"))));
        Assert.Equal("fuad hassan", filled["sortName"]);
        Assert.Equal(new List<object?> { "fuad", "hassan" }, filled["searchWords"]);

        // The scripted answers come back through typed JSON into the domain's records.
        Assert.Equal(IngestStatus.Updated, outcome.Status);
        Assert.NotNull(detail);
        Assert.Equal(new DateOnly(2020, 1, 3), detail.Event.When.Earliest);
        Assert.Equal(DatePrecision.Day, detail.Event.When.Precision);
        Assert.Equal(["iraq"], detail.Event.Tags);
        Assert.Equal(2, detail.Event.SourceCount);
        Assert.Equal("target", Assert.Single(detail.Participants).Role);
        Assert.Equal("when", Assert.Single(detail.Conflicts).Field);
        Assert.Equal("a1", Assert.Single(Assert.Single(detail.Conflicts).Values).Claims.Single().ArticleId);
        Assert.Equal(new DateOnly(2020, 1, 4), Assert.Single(detail.Sources).Article.Published);
        Assert.NotNull(entity);
        Assert.Equal("Fuad Hussein", entity.Entity.Name);
        Assert.Equal("Q1", entity.Entity.ExternalIds["wikidata"]);
        Assert.Equal(new DateOnly(2019, 1, 1), Assert.Single(entity.Relations).Start?.Earliest);
        Assert.Equal(3, Assert.Single(entity.Associates).SharedEvents);
        Assert.Equal(new GraphCounts(1, 2, 3, 4), counts);
        Assert.Contains("a1 | https://example.org/a1 | Article a1 | Example Press | 2020-01-04 | en | hash", export.ToText(), StringComparison.Ordinal);
        Assert.Equal("a1", Assert.Single(claims.Articles).Article.Id);
        Assert.Equal(CurationActionKind.RetractArticle, Assert.Single(log).Kind);
    }

    [Fact]
    public async Task Writes_run_in_one_transaction_with_the_affinity_header_and_typed_parameters()
    {
        var neo4j = Script();
        using var http = new HttpClient(neo4j);
        using var store = Neo4jGraphStore.Create(
            new Neo4jStoreOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "secret-pw", Database = "timeline" },
            http, NullLoggerFactory.Instance);

        await store.IngestAsync(Facts(), Ct);

        var open = neo4j.Requests[0];
        Assert.Equal(HttpMethod.Post, open.Method);
        Assert.Equal("/db/timeline/query/v2/tx", open.Path);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret-pw"u8.ToArray()), open.Authorization);
        Assert.Equal("application/vnd.neo4j.query", open.ContentType);
        var inside = neo4j.Requests.Skip(1).ToList();
        Assert.All(inside, r => Assert.Equal(ScriptedNeo4j.Affinity, r.Affinity));
        Assert.Equal("write-lock-take", CypherFiles.NameOf(inside[0].Statement!));
        Assert.All(inside.SkipLast(1), r => Assert.Equal("/db/timeline/query/v2/tx/tx1", r.Path));
        Assert.Equal("/db/timeline/query/v2/tx/tx1/commit", inside[^1].Path);

        var reports = inside.Single(r => CypherFiles.NameOf(r.Statement!) == "reports-create");
        var row = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(Parameter(reports.Parameters, "rows"))));
        Assert.Equal(new DateOnly(2020, 1, 3), row["earliest"]);
        Assert.Equal("Day", row["whenPrecision"]);
        Assert.Equal(new List<object?> { "iraq" }, row["tags"]);
        Assert.Equal("a1", Parameter(reports.Parameters, "articleId"));
    }

    private static ArticleFacts Facts()
    {
        var day = new DateOnly(2020, 1, 3);
        var article = new Article("a1", "https://example.org/a1", "Article a1", "Example Press", new DateOnly(2020, 1, 4), "en", "hash-new");
        return new ArticleFacts(article,
            [new ArticleEntity("qs", EntityKind.Person, "Fuad Hussein", [], null, new Dictionary<string, string> { ["wikidata"] = "Q1" }, [], "Fuad Hussein said."),
             new ArticleEntity("other", EntityKind.Person, "Someone Else", [], null, new Dictionary<string, string>(), [], "Someone said.")],
            [new ArticleEvent("strike", "airstrike", "Drone strike", null, new TimePoint("2020-01-03", DatePrecision.Day, day, day), null, ["iraq"], "A strike.")],
            [new ArticleParticipation("strike", "qs", "target", "He was the target.")],
            [new ArticleRelation("memberOf", RelationEnds.Entities, "qs", "other", null, null, "He is a member.")]);
    }

    /// <summary>A fake Neo4j holding a little graph: enough rows that every code path of the store runs once.</summary>
    private static ScriptedNeo4j Script()
    {
        var neo4j = new ScriptedNeo4j();
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["a1#qs"] = "Fuad Hussein", ["a2#qs"] = "Fuad Hassan", ["a3#qs"] = "Fuad Hassan", ["a1#other"] = "Someone Else" };
        var entities = new[]
        {
            Row(("id", "E1"), ("kind", "person"), ("name", "Fuad Hussein"), ("aliases", new List<object?> { "Fuad Hassan" }), ("description", null),
                ("externalIds", "{\"wikidata\":\"Q1\"}"), ("keys", new List<object?> { "person:fuad hussein" }), ("members", new List<object?> { "a1#qs", "a2#qs" })),
            Row(("id", "E2"), ("kind", "person"), ("name", "Fuad Hassan"), ("aliases", new List<object?>()), ("description", null),
                ("externalIds", "{}"), ("keys", new List<object?> { "person:fuad hassan" }), ("members", new List<object?> { "a3#qs" })),
        };
        var day = new DateOnly(2020, 1, 3);
        var eventRow = Row(("id", "event-1"), ("type", "airstrike"), ("title", "Drone strike"), ("summary", null), ("whenValue", "2020-01-03"),
            ("whenPrecision", "Day"), ("earliest", day), ("latest", day), ("whenText", null), ("placeId", null), ("tags", new List<object?> { "iraq" }),
            ("sourceCount", 2L));
        var articleMap = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = "a1", ["url"] = "https://example.org/a1", ["title"] = "Article a1", ["publisher"] = "Example Press",
            ["published"] = new DateOnly(2020, 1, 4), ["language"] = "en", ["contentHash"] = "hash",
        };

        neo4j.Answer("schema-version-read", Row(("version", 1L)));
        neo4j.Answer("entities-missing-derived", Row(("id", "E2"), ("name", "Fuad Hassan"), ("aliases", new List<object?>()), ("keys", new List<object?> { "person:fuad hassan" })));
        neo4j.Answer("events-missing-derived", Row(("id", "event-1"), ("title", "Drone strike"), ("summary", null)));
        neo4j.Answer("reports-missing-blocking", Row(("id", "a1#strike")));
        neo4j.Answer("article-previous-version", Row(("contentHash", "hash-old"),
            ("mentions", new List<object?> { Row(("id", "a1#qs"), ("digest", "d1"), ("entityId", "person-old")) }),
            ("reports", new List<object?> { Row(("id", "a1#strike"), ("digest", "d2"), ("eventId", "event-old")) }),
            ("keys", new List<object?> { "person:fuad hussein" })));
        neo4j.Answers["mention-component-step"] = p => [.. Ids(p, "keys").Select(k => Row(("mentionId", "a1#qs"), ("keys", new List<object?> { k })))];
        neo4j.Answer("merge-decisions-exist", Row(("decided", true)));
        neo4j.Answers["mention-co-members"] = p => Ids(p).Contains("a1#other") ? [] : [Row(("mentionId", "a1#other"))];
        neo4j.Answers["mention-keys-of"] = p => [.. Ids(p).Select(id => Row(("key", "key-of-" + id)))];
        neo4j.Answers["mentions-load"] = p => [.. Ids(p).Where(names.ContainsKey).Select(id => Row(("id", id), ("articleId", id.Split('#')[0]), ("kind", "person"),
            ("name", names[id]), ("aliases", new List<object?>()), ("externalIds", "{}"), ("sameAs", new List<object?>()), ("description", null),
            ("quote", names[id] + " said."), ("entityId", id == "a1#qs" ? "person-old" : null)))];
        neo4j.Answer("merge-decisions-load", Row(("mentionA", "a1#qs"), ("mentionB", "a2#qs"), ("decision", "same"), ("note", "curated")));
        neo4j.Answer("reports-of-mentions", Row(("reportId", "a1#strike")));
        neo4j.Answers["reports-load"] = p => [.. Ids(p).Select(id => Row(("id", id), ("articleId", "a1"), ("type", "airstrike"), ("title", "Drone strike"),
            ("summary", null), ("whenValue", "2020-01-03"), ("whenPrecision", "Day"), ("earliest", day), ("latest", day), ("whenText", null),
            ("placeEntityId", null), ("tags", new List<object?> { "iraq" }), ("quote", "A strike."), ("eventId", null),
            ("participants", new List<object?> { Row(("ordinal", 0L), ("entityId", "E1"), ("role", "target")) })))];
        neo4j.Answer("entities-without-blocks", Row(("id", "E2")));
        neo4j.Answer("entities-stored-load", entities);
        neo4j.Answers["entities-sharing-blocks"] = p => [.. Ids(p, "blocks").SelectMany(b => new[] { Row(("block", b), ("entityId", "E1")), Row(("block", b), ("entityId", "E2")) })];
        neo4j.Answer("entity-pairs-confirmed-different", Row(("left", "E1"), ("right", "E2"), ("different", false)));
        neo4j.Answers["mention-entities"] = p => [.. Ids(p).Select(id => Row(("mentionId", id), ("entityId", id == "a3#qs" ? "E2" : "E1")))];
        neo4j.Answer("merged-entities", Row(("id", "E1")));
        neo4j.Answers["entity-ids-resolve"] = p => [.. Ids(p).Select(id => Row(("id", id), ("current", id.StartsWith("E2", StringComparison.Ordinal) ? "E2" : "E1")))];
        neo4j.Answers["event-ids-resolve"] = p => [.. Ids(p).Select(id => Row(("id", id), ("current", "event-1")))];
        neo4j.Answer("timeline-count", Row(("total", 1L)));
        neo4j.Answer("timeline-page-asc", eventRow);
        neo4j.Answer("timeline-page-desc", eventRow);
        neo4j.Answer("events-by-ids", eventRow);
        neo4j.Answer("event-participants", Row(("eventId", "event-1"), ("entityId", "E1"), ("role", "target"), ("articleId", "a1"), ("quote", "He was the target.")));
        neo4j.Answer("event-sources", Row(("eventId", "event-1"), ("reportId", "a1#strike"), ("quote", "A strike."), ("articleId", "a1"),
            ("url", "https://example.org/a1"), ("title", "Article a1"), ("publisher", "Example Press"), ("published", new DateOnly(2020, 1, 4)),
            ("language", "en"), ("contentHash", "hash")));
        neo4j.Answer("event-relations", Row(("type", "responseTo"), ("subjectId", "event-2"), ("objectId", "event-1"), ("articleId", "a1"), ("quote", "In response."),
            ("owner", "event-1")));
        neo4j.Answer("event-conflicts", Row(("eventId", "event-1"), ("field", "when"), ("value", "2020-01-03"), ("reportIds", "[\"a1#strike\"]")));
        neo4j.Answer("report-claims", Row(("reportId", "a1#strike"), ("articleId", "a1"), ("quote", "A strike.")));
        var start = new DateOnly(2019, 1, 1);
        neo4j.Answer("entity-relations", Row(("claim", Row(("type", "memberOf"), ("articleId", "a1"), ("quote", "He is a member."), ("ordinal", 0L),
            ("startValue", "2019"), ("startPrecision", "Year"), ("startEarliest", start), ("startLatest", new DateOnly(2019, 12, 31)), ("startText", null))),
            ("subjectId", "E1"), ("objectId", "E2"), ("owner", "E1")));
        neo4j.Answer("entities-by-ids", Row(("id", "E1"), ("kind", "person"), ("name", "Fuad Hussein"), ("aliases", new List<object?>()), ("description", null),
            ("externalIds", "{\"wikidata\":\"Q1\"}"), ("partOf", null)));
        neo4j.Answer("entity-associates", Row(("entityId", "E1"), ("shared", 3L)));
        neo4j.Answer("entity-search-forward", Row(("id", "E1"), ("sortName", "fuad hussein")));
        neo4j.Answer("entity-search-backward", Row(("id", "E1"), ("sortName", "fuad hussein")));
        neo4j.Answer("articles-page-asc", Row([.. articleMap.Select(p => (p.Key, p.Value))]));
        neo4j.Answer("articles-page-desc", Row([.. articleMap.Select(p => (p.Key, p.Value))]));
        neo4j.Answer("merge-candidates-list", Row(("id", "candidate-1"), ("leftEntityId", "E1"), ("rightEntityId", "E2"), ("score", 0.9), ("evidence", "names")));
        neo4j.Answers["merge-candidate-by-id"] = p => Parameter(p, "id") is "candidate-gone" ? [] : [Row(("leftEntityId", "E1"), ("rightEntityId", "E2"))];
        neo4j.Answer("curation-log-last-results", Row(("results", "[\"E9\",\"merge-gone\"]")));
        neo4j.Answer("curation-log-list", Row(("seq", 1L), ("at", "2026-01-01T00:00:00.0000000+00:00"), ("actor", "tester"), ("action", "retract-article"),
            ("targets", "[\"a1\"]"), ("results", "[]"), ("note", null)));
        neo4j.Answers["entity-events-capped"] = p => [.. Ids(p).Select(id => Row(("entityId", id),
            ("edges", new List<object?> { Row(("eventId", "event-1"), ("roles", new List<object?> { "target" })) }), ("degree", 1L)))];
        neo4j.Answers["event-entities"] = p => [.. Ids(p).Select(id => Row(("eventId", id), ("entityId", "E2"), ("roles", new List<object?> { "agent" })))];
        neo4j.Answer("entity-relation-pairs", Row(("type", "memberOf"), ("subjectId", "E1"), ("objectId", "E2")));
        neo4j.Answer("event-relation-pairs", Row(("type", "responseTo"), ("subjectId", "event-2"), ("objectId", "event-1")));
        neo4j.Answer("counts", Row(("events", 1L), ("entities", 2L), ("articles", 3L), ("claims", 4L)));
        neo4j.Answer("export-articles", Row(("row", articleMap)));
        return neo4j;
    }
}
