using System.Globalization;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Ports;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// Every claim and derived table, every row, sorted by all its columns. Row ids, timestamps, the
/// full-text indexes (derived from exported columns) and former ids (which depend on arrival order)
/// are left out, so two stores holding the same facts export the same text.
/// </summary>
internal static class StoreExporter
{
    private static readonly (string Table, string[] Columns)[] Tables =
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

    public static async Task<GraphExport> ExportAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<ExportTable>(Tables.Length);
        foreach (var (table, columns) in Tables)
        {
            var list = string.Join(", ", columns);
            var rows = await Sql.ListAsync(connection, $"SELECT {list} FROM {table} ORDER BY {list}", r =>
            {
                var row = new string?[columns.Length];
                for (var i = 0; i < columns.Length; i++)
                {
                    row[i] = r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
                }
                return (IReadOnlyList<string?>)row;
            }, cancellationToken);
            tables.Add(new ExportTable(table, columns, rows));
        }
        return new GraphExport(tables);
    }
}
