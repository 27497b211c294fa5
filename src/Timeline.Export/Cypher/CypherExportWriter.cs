using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;

namespace Timeline.Export.Cypher;

/// <summary>
/// Writes an <see cref="ExportDocument"/> as a cypher-shell script for an empty Neo4j, in the Neo4j store's
/// graph model (cypher/README.md): first the store's own schema (cypher/schema.cypher, embedded at build),
/// then the claims layer (articles, mentions and their keys, reports and participants, relation claims,
/// curation decisions) and the derived layer the port exposes (entities, events, participations, conflicts,
/// each mention's entity and each report's event). Rows go in batches of <see cref="BatchSize"/> per
/// <c>UNWIND [...] AS row</c> statement, every value a literal, so the script needs no parameters.
/// The store's own search helpers (sort names, search words, blocks, merge candidates) are left out:
/// the store computes them when the same facts go through it (<c>timeline import</c>).
/// </summary>
public static class CypherExportWriter
{
    public const int BatchSize = 500;

    private static readonly JsonSerializerOptions MapJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ExportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var script = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        script.WriteLine("// Timeline graph export for an empty Neo4j 5.26+ database, in the Neo4j store's graph model (cypher/README.md).");
        script.WriteLine("// Load it with: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -d neo4j -f <this file>");
        script.WriteLine();
        script.Write(SchemaStatements());
        script.WriteLine();
        WriteClaims(script, document);
        WriteGraph(script, document);
    }

    private static void WriteClaims(TextWriter script, ExportDocument document)
    {
        var articles = document.Claims.Articles;
        Section(script, "Articles", articles.Select(f => f.Article).Select(a => new CypherRow()
                .Text("id", a.Id).Text("url", a.Url).Text("title", a.Title).Text("publisher", a.Publisher)
                .Add("published", CypherLiteral.Date(a.Published)).Text("language", a.Language).Text("contentHash", a.ContentHash)),
            "CREATE (a:Article) SET a = row");

        var mentions = articles.SelectMany(f => f.Entities.Select(e => (f.Article.Id, Entity: e))).ToList();
        Section(script, "Mentions", mentions.Select(m => new CypherRow()
                .Text("id", m.Id + "#" + m.Entity.Key).Text("articleId", m.Id).Text("kind", EntityKinds.Name(m.Entity.Kind))
                .Text("name", m.Entity.Name).Add("aliases", CypherLiteral.Strings(m.Entity.Aliases))
                .Text("externalIds", JsonMap(m.Entity.ExternalIds)).Add("sameAs", CypherLiteral.Strings(m.Entity.SameAs))
                .Text("description", m.Entity.Description).Text("quote", m.Entity.Quote)),
            "MATCH (a:Article {id: row.articleId}) CREATE (a)-[:MENTIONS]->(m:Mention) SET m = row");

        var keys = mentions.SelectMany(m =>
        {
            var id = m.Id + "#" + m.Entity.Key;
            var e = m.Entity;
            return EntityKeys.For(new EntityMention(id, m.Id, e.Kind, e.Name, e.Aliases, e.ExternalIds, e.SameAs, e.Description, e.Quote))
                .Select(key => new CypherRow().Text("mention", id).Text("key", key));
        });
        Section(script, "Mention keys", keys,
            "MATCH (m:Mention {id: row.mention}) MERGE (k:MentionKey {value: row.key}) CREATE (m)-[:HAS_KEY]->(k)");

        Section(script, "Reports", articles.SelectMany(f => f.Events.Select(e => Time(new CypherRow()
                    .Text("id", f.Article.Id + "#" + e.Key).Text("articleId", f.Article.Id).Text("type", e.Type).Text("title", e.Title)
                    .Text("summary", e.Summary), "when", e.When)
                .Text("placeMentionId", e.PlaceKey is null ? null : f.Article.Id + "#" + e.PlaceKey)
                .Add("tags", CypherLiteral.Strings(e.Tags)).Text("quote", e.Quote))),
            "MATCH (a:Article {id: row.articleId}) CREATE (a)-[:REPORTS]->(r:Report) SET r = row");
        Statement(script, "Report places",
            "MATCH (r:Report) WHERE r.placeMentionId IS NOT NULL MATCH (m:Mention {id: r.placeMentionId}) CREATE (r)-[:AT_PLACE]->(m)");

        // Ordinals count each report's participants in the order the article gives them, as the store numbers them.
        var participants = articles.SelectMany(f => f.Participations
            .GroupBy(p => p.EventKey, StringComparer.Ordinal)
            .SelectMany(g => g.Select((p, i) => new CypherRow()
                .Text("report", f.Article.Id + "#" + p.EventKey).Text("mention", f.Article.Id + "#" + p.EntityKey)
                .Add("ordinal", CypherLiteral.Number(i)).Text("role", p.Role).Text("quote", p.Quote))));
        Section(script, "Report participants", participants,
            "MATCH (r:Report {id: row.report}) MATCH (m:Mention {id: row.mention}) " +
            "CREATE (r)-[:HAS_PARTICIPANT {ordinal: row.ordinal, role: row.role, quote: row.quote}]->(m)");

        var relations = articles.SelectMany(f => f.Relations.Select((r, i) =>
        {
            var row = new CypherRow()
                .Text("id", f.Article.Id + "@" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Text("articleId", f.Article.Id)
                .Add("ordinal", CypherLiteral.Number(i)).Text("type", r.Type).Text("ends", r.Ends == RelationEnds.Events ? "event" : "entity")
                .Text("subjectRef", f.Article.Id + "#" + r.SubjectKey).Text("objectRef", f.Article.Id + "#" + r.ObjectKey);
            return OptionalTime(OptionalTime(row, "start", r.Start), "end", r.End).Text("quote", r.Quote);
        }));
        Section(script, "Relation claims", relations,
            "MATCH (a:Article {id: row.articleId}) CREATE (a)-[:CLAIMS]->(c:RelationClaim) SET c = row");

        Section(script, "Curation decisions", document.Claims.Decisions.Select(d =>
            {
                var (a, b) = string.CompareOrdinal(d.MentionA, d.MentionB) < 0 ? (d.MentionA, d.MentionB) : (d.MentionB, d.MentionA);
                return new CypherRow().Text("id", a + "|" + b).Text("mentionA", a).Text("mentionB", b)
                    .Text("decision", ExportNames.Decision(d.Decision)).Text("note", d.Note);
            }),
            "CREATE (d:MergeDecision) SET d = row");
    }

    private static void WriteGraph(TextWriter script, ExportDocument document)
    {
        var graph = document.Graph;
        Section(script, "Entities", graph.Entities.Select(e => new CypherRow()
                .Text("id", e.Id).Text("kind", EntityKinds.Name(e.Kind)).Text("name", e.Name).Text("description", e.Description)
                .Text("externalIds", JsonMap(e.ExternalIds)).Add("aliases", CypherLiteral.Strings(e.Aliases))),
            "CREATE (e:Entity) SET e = row");
        Section(script, "Mention entities", graph.MentionEntities.Select(p => new CypherRow().Text("mention", p.Key).Text("entity", p.Value)),
            "MATCH (m:Mention {id: row.mention}) SET m.entityId = row.entity");

        Section(script, "Events", graph.Events.Select(x => x.Event).Select(e => Time(new CypherRow()
                    .Text("id", e.Id).Text("type", e.Type).Text("title", e.Title).Text("summary", e.Summary), "when", e.When)
                .Text("placeId", e.PlaceId).Add("tags", CypherLiteral.Strings(e.Tags)).Add("sourceCount", CypherLiteral.Number(e.SourceCount))),
            "CREATE (e:Event) SET e = row");
        Section(script, "Report events", graph.Events.SelectMany(x => x.Sources.Select(s => new CypherRow().Text("report", s.ReportId).Text("event", x.Event.Id))),
            "MATCH (r:Report {id: row.report}) SET r.eventId = row.event");

        var participations = graph.Events.SelectMany(x => x.Participants
            .GroupBy(p => p.EntityId, StringComparer.Ordinal)
            .Select(g => new CypherRow().Text("entity", g.Key).Text("event", x.Event.Id)
                .Add("roles", CypherLiteral.Strings(g.Select(p => p.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))
                .Add("earliest", CypherLiteral.Date(x.Event.When.Earliest)).Add("latest", CypherLiteral.Date(x.Event.When.Latest))));
        Section(script, "Participations", participations,
            "MATCH (n:Entity {id: row.entity}) MATCH (e:Event {id: row.event}) " +
            "CREATE (n)-[:PARTICIPATED_IN {roles: row.roles, earliest: row.earliest, latest: row.latest}]->(e)");

        var conflicts = graph.Events.SelectMany(x => x.Conflicts.SelectMany(c => c.Values.Select(v => new CypherRow()
            .Text("id", x.Event.Id + "|" + c.Field + "|" + v.Value).Text("eventId", x.Event.Id).Text("field", c.Field).Text("value", v.Value)
            .Text("reportIds", JsonList(ReportIds(x, v.Claims))))));
        Section(script, "Conflicts", conflicts,
            "MATCH (e:Event {id: row.eventId}) CREATE (e)-[:HAS_CONFLICT]->(c:EventConflict) SET c = row");
    }

    /// <summary>The reports behind a conflict's claims: the event's sources from the same article with the same quote.</summary>
    private static IEnumerable<string> ReportIds(ExportedEvent x, IEnumerable<Claim> claims) =>
        claims.SelectMany(c => x.Sources.Where(s => s.Article.Id == c.ArticleId && s.Claim.Quote == c.Quote).Select(s => s.ReportId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static CypherRow Time(CypherRow row, string prefix, TimePoint time) => row
        .Text(prefix + "Value", time.Value).Text(prefix + "Precision", time.Precision.ToString())
        .Add("earliest", CypherLiteral.Date(time.Earliest)).Add("latest", CypherLiteral.Date(time.Latest))
        .Text(prefix + "Text", time.Text);

    private static CypherRow OptionalTime(CypherRow row, string prefix, TimePoint? time) => time is null
        ? row
        : row.Text(prefix + "Value", time.Value).Text(prefix + "Precision", time.Precision.ToString())
            .Add(prefix + "Earliest", CypherLiteral.Date(time.Earliest)).Add(prefix + "Latest", CypherLiteral.Date(time.Latest))
            .Text(prefix + "Text", time.Text);

    private static void Section(TextWriter script, string title, IEnumerable<CypherRow> rows, string body)
    {
        script.WriteLine("// " + title);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            script.WriteLine("UNWIND [");
            for (var i = 0; i < batch.Length; i++) script.WriteLine("  " + batch[i] + (i + 1 < batch.Length ? "," : ""));
            script.WriteLine("] AS row");
            script.WriteLine(body + ";");
        }
        script.WriteLine();
    }

    private static void Statement(TextWriter script, string title, string statement)
    {
        script.WriteLine("// " + title);
        script.WriteLine(statement + ";");
        script.WriteLine();
    }

    private static string JsonMap(IReadOnlyDictionary<string, string> map) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(map.ToDictionary(), StringComparer.Ordinal), MapJson);

    private static string JsonList(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToList(), MapJson);

    private static string SchemaStatements()
    {
        using var stream = typeof(CypherExportWriter).Assembly.GetManifestResourceStream("Timeline.Export.Cypher.schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is not embedded in Timeline.Export.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
