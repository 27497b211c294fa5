using Timeline.Domain.Ports;
using Timeline.Neo4j.QueryApi;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// The graph as the tables the SQLite store exports, same names, columns, text and order, so two stores
/// holding the same facts export the same text. Former ids, the schema version and the writer lock are
/// left out (they depend on arrival order or are bookkeeping).
/// </summary>
internal static class StoreExporter
{
    // Columns SQLite stores as numbers: they sort by value, not as text.
    private static readonly HashSet<string> NumericColumns = new(StringComparer.Ordinal) { "ordinal", "score", "source_count" };

    public static async Task<GraphExport> ExportAsync(ICypherRunner cypher, CancellationToken cancellationToken)
    {
        var t = new Tables();
        foreach (var r in await RowsAsync(cypher, "export-articles", cancellationToken))
        {
            var a = r.Map("row");
            t.Add("articles", a["id"], a.GetValueOrDefault("url"), a["title"], a.GetValueOrDefault("publisher"), a["published"], a.GetValueOrDefault("language"), a["contentHash"]);
        }
        foreach (var r in await RowsAsync(cypher, "export-mentions", cancellationToken))
        {
            var m = r.Map("row");
            t.Add("mentions", m["id"], m["articleId"], m["kind"], m["name"], m.GetValueOrDefault("aliases") ?? Array.Empty<object?>(), m["externalIds"],
                m.GetValueOrDefault("sameAs") ?? Array.Empty<object?>(), m.GetValueOrDefault("description"), m["quote"], m.GetValueOrDefault("digest"));
            foreach (var key in r.TextList("keys")) t.Add("mention_keys", key, m["id"]);
            if (m.GetValueOrDefault("entityId") is { } entity) t.Add("entity_members", m["id"], entity);
        }
        foreach (var r in await RowsAsync(cypher, "export-reports", cancellationToken))
        {
            var x = r.Map("row");
            t.Add("reports", x["id"], x["articleId"], x["type"], x["title"], x.GetValueOrDefault("summary"), x["whenValue"], x["whenPrecision"], x["earliest"], x["latest"],
                x.GetValueOrDefault("whenText"), x.GetValueOrDefault("placeMentionId"), x.GetValueOrDefault("tags") ?? Array.Empty<object?>(), x["quote"],
                x.GetValueOrDefault("digest"));
            foreach (var p in r.MapList("participants").Where(p => p.GetValueOrDefault("mentionId") is not null))
            {
                t.Add("report_participants", x["id"], p["ordinal"], p["mentionId"], p["role"], p["quote"]);
            }
            if (x.GetValueOrDefault("eventId") is { } evt) t.Add("event_reports", x["id"], evt);
            foreach (var entity in RecordValues.TextList(x.GetValueOrDefault("entityIds"), "entityIds"))
            {
                t.Add("report_entities", entity, x["type"], x["earliest"], x["latest"], x["id"]);
            }
        }
        foreach (var r in await RowsAsync(cypher, "export-relation-claims", cancellationToken))
        {
            var c = r.Map("row");
            t.Add("relation_claims", c["articleId"], c["ordinal"], c["type"], c["ends"], c["subjectRef"], c["objectRef"],
                c.GetValueOrDefault("startValue"), c.GetValueOrDefault("startPrecision"), c.GetValueOrDefault("startEarliest"), c.GetValueOrDefault("startLatest"), c.GetValueOrDefault("startText"),
                c.GetValueOrDefault("endValue"), c.GetValueOrDefault("endPrecision"), c.GetValueOrDefault("endEarliest"), c.GetValueOrDefault("endLatest"), c.GetValueOrDefault("endText"),
                c["quote"]);
        }
        foreach (var r in await RowsAsync(cypher, "export-merge-decisions", cancellationToken))
        {
            var d = r.Map("row");
            t.Add("merge_decisions", d["mentionA"], d["mentionB"], d["decision"], d.GetValueOrDefault("note"));
        }
        foreach (var r in await RowsAsync(cypher, "export-entities", cancellationToken))
        {
            var e = r.Map("row");
            t.Add("entities", e["id"], e["kind"], e["name"], e["sortName"], e.GetValueOrDefault("description"), e["externalIds"]);
            foreach (var alias in RecordValues.TextList(e.GetValueOrDefault("aliases"), "aliases")) t.Add("entity_aliases", e["id"], alias);
            foreach (var key in RecordValues.TextList(e.GetValueOrDefault("keys"), "keys")) t.Add("entity_keys", key, e["id"]);
        }
        foreach (var r in await RowsAsync(cypher, "export-merge-candidates", cancellationToken))
        {
            var c = r.Map("row");
            t.Add("merge_candidates", c["id"], c["leftEntityId"], c["rightEntityId"], c["score"], c["evidence"]);
        }
        foreach (var r in await RowsAsync(cypher, "export-events", cancellationToken))
        {
            var e = r.Map("row");
            var tags = RecordValues.TextList(e.GetValueOrDefault("tags"), "tags");
            t.Add("events", e["id"], e["type"], e["title"], e.GetValueOrDefault("summary"), e["whenValue"], e["whenPrecision"], e["earliest"], e["latest"],
                e.GetValueOrDefault("whenText"), e.GetValueOrDefault("placeId"), tags.Cast<object?>().ToList(), e["sourceCount"]);
            foreach (var tag in tags) t.Add("event_tags", tag, e["earliest"], e["latest"], e["id"]);
            foreach (var c in r.MapList("conflicts")) t.Add("conflicts", c["eventId"], c["field"], c["value"], c["reportIds"]);
        }
        foreach (var r in await RowsAsync(cypher, "export-participations", cancellationToken))
        {
            t.Add("participations", r["entityId"], r["earliest"], r["latest"], r["eventId"], r["roles"]);
        }
        return t.ToExport();
    }

    private static Task<IReadOnlyList<Neo4jRecord>> RowsAsync(ICypherRunner cypher, string statement, CancellationToken cancellationToken) =>
        cypher.RunAsync(statement, CypherParameters.None, cancellationToken);

    private sealed class Tables
    {
        private static readonly (string Table, string[] Columns)[] Layout =
        [
            ("articles", ["id", "url", "title", "publisher", "published", "language", "content_hash"]),
            ("mentions", ["mention_id", "article_id", "kind", "name", "aliases", "external_ids", "same_as", "description", "quote", "digest"]),
            ("mention_keys", ["key", "mention_id"]),
            ("reports", ["report_id", "article_id", "type", "title", "summary", "when_value", "when_precision", "earliest", "latest", "when_text", "place_mention_id", "tags", "quote", "digest"]),
            ("report_participants", ["report_id", "ordinal", "mention_id", "role", "quote"]),
            ("relation_claims", ["article_id", "ordinal", "type", "ends", "subject_ref", "object_ref", "start_value", "start_precision", "start_earliest", "start_latest", "start_text", "end_value", "end_precision", "end_earliest", "end_latest", "end_text", "quote"]),
            ("merge_decisions", ["mention_a", "mention_b", "decision", "note"]),
            ("entities", ["id", "kind", "name", "sort_name", "description", "external_ids"]),
            ("entity_aliases", ["entity_id", "alias"]),
            ("entity_keys", ["key", "entity_id"]),
            ("entity_members", ["mention_id", "entity_id"]),
            ("merge_candidates", ["id", "left_entity_id", "right_entity_id", "score", "evidence"]),
            ("events", ["id", "type", "title", "summary", "when_value", "when_precision", "earliest", "latest", "when_text", "place_entity_id", "tags", "source_count"]),
            ("event_reports", ["report_id", "event_id"]),
            ("participations", ["entity_id", "earliest", "latest", "event_id", "roles"]),
            ("event_tags", ["tag", "earliest", "latest", "event_id"]),
            ("conflicts", ["event_id", "field", "value", "report_ids"]),
            ("report_entities", ["entity_id", "type", "earliest", "latest", "report_id"]),
        ];

        private readonly Dictionary<string, List<(object? Raw, string? Text)[]>> _rows = Layout.ToDictionary(
            l => l.Table, _ => new List<(object?, string?)[]>(), StringComparer.Ordinal);

        public void Add(string table, params object?[] values) =>
            _rows[table].Add(values.Select(v => (v, RecordValues.Export(v))).ToArray());

        public GraphExport ToExport() => new(Layout.Select(l =>
        {
            var rows = _rows[l.Table];
            // Set semantics of the SQLite tables (primary keys): equal rows appear once.
            var distinct = rows.DistinctBy(r => string.Join('\u001f', r.Select(c => c.Text ?? "\u0000"))).ToList();
            distinct.Sort((x, y) => Compare(l.Columns, x, y));
            return new ExportTable(l.Table, l.Columns, distinct.Select(r => (IReadOnlyList<string?>)r.Select(c => c.Text).ToList()).ToList());
        }).ToList());

        // SQLite's ORDER BY: NULL first, numbers by value, text by code unit.
        private static int Compare(string[] columns, (object? Raw, string? Text)[] x, (object? Raw, string? Text)[] y)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                var (a, b) = (x[i], y[i]);
                if (a.Text is null || b.Text is null)
                {
                    var nulls = (a.Text is null ? 0 : 1) - (b.Text is null ? 0 : 1);
                    if (nulls != 0) return nulls;
                    continue;
                }
                var order = NumericColumns.Contains(columns[i]) && a.Raw is long or double && b.Raw is long or double
                    ? Convert.ToDouble(a.Raw, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b.Raw, System.Globalization.CultureInfo.InvariantCulture))
                    : string.CompareOrdinal(a.Text, b.Text);
                if (order != 0) return order;
            }
            return 0;
        }
    }
}
