using System.Globalization;
using System.Text.Json;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>The reads of <see cref="EventBlocking"/> on the writer connection: one query a batch, each driven from the batch into an index.</summary>
internal sealed class EventBlockingReads(CommandCache commands) : IEventBlockingReads
{
    /// <summary>
    /// The span class of a report filed for blocking (see migration 0003): 0 a day, 1 up to a week, 2 a month,
    /// 3 a quarter, 4 a year, 5 longer, as SQL over an expression of the days from earliest to latest.
    /// </summary>
    public static string SpanClassSql(string days) =>
        $"CASE WHEN {days} = 0 THEN 0 WHEN {days} <= 6 THEN 1 WHEN {days} <= 30 THEN 2 WHEN {days} <= 91 THEN 3 WHEN {days} <= 365 THEN 4 ELSE 5 END";

    private const string LoadReports = """
        SELECT r.report_id, r.type, r.earliest, r.latest, pe.entity_id
        FROM reports r LEFT JOIN entity_members pe ON pe.mention_id = r.place_mention_id
        WHERE r.report_id IN (SELECT value FROM json_each($p0))
        """;

    private const string LoadParticipants = """
        SELECT DISTINCT rp.report_id, em.entity_id
        FROM report_participants rp JOIN entity_members em ON em.mention_id = rp.mention_id
        WHERE rp.report_id IN (SELECT value FROM json_each($p0))
        """;

    // Each query is [entity, type, from, to]. CROSS JOIN keeps SQLite driving from the queries into the
    // primary key (entity, type, span class, earliest): per class a range scan bounded on both sides, as a
    // report of a class reaching the window starts at most the class's longest span before it.
    private const string Near = """
        WITH classes (class, span) AS (VALUES (0, 0), (1, 6), (2, 30), (3, 91), (4, 365))
        SELECT j.key, re.report_id FROM json_each($p0) j CROSS JOIN classes c
            CROSS JOIN report_entities re ON re.entity_id = j.value->>0 AND re.type = j.value->>1 AND re.span_class = c.class
                AND re.earliest >= coalesce(date(j.value->>2, '-' || c.span || ' days'), '') AND re.earliest <= j.value->>3
                AND re.latest >= j.value->>2
        UNION ALL
        SELECT j.key, re.report_id FROM json_each($p0) j
            CROSS JOIN report_entities re ON re.entity_id = j.value->>0 AND re.type = j.value->>1 AND re.span_class = 5
                AND re.earliest <= j.value->>3 AND re.latest >= j.value->>2
        """;

    private const string EventMates = """
        SELECT er1.report_id, er2.report_id
        FROM event_reports er1 CROSS JOIN event_reports er2 ON er2.event_id = er1.event_id
        WHERE er1.report_id IN (SELECT value FROM json_each($p0))
        """;

    public IReadOnlyList<BlockingReport> Reports(IReadOnlyCollection<string> reportIds)
    {
        var json = JsonColumns.List(reportIds);
        var participants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = commands.Query(LoadParticipants, json))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!participants.TryGetValue(id, out var list)) participants[id] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        var reports = new List<BlockingReport>();
        using (var reader = commands.Query(LoadReports, json))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                reports.Add(new BlockingReport(id, reader.GetString(1), DateColumns.Parse(reader.GetString(2)), DateColumns.Parse(reader.GetString(3)),
                    participants.TryGetValue(id, out var list) ? list : [], reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }
        return reports;
    }

    IReadOnlyList<(int Query, string ReportId)> IEventBlockingReads.Near(IReadOnlyList<BlockingQuery> queries)
    {
        var pairs = new List<(int, string)>();
        using var reader = commands.Query(Near, QueriesJson(queries));
        while (reader.Read()) pairs.Add(((int)reader.GetInt64(0), reader.GetString(1)));
        return pairs;
    }

    IReadOnlyList<(string ReportId, string MateId)> IEventBlockingReads.EventMates(IReadOnlyCollection<string> reportIds)
    {
        var pairs = new List<(string, string)>();
        using var reader = commands.Query(EventMates, JsonColumns.List(reportIds));
        while (reader.Read()) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }

    private static string QueriesJson(IReadOnlyList<BlockingQuery> queries)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var q in queries)
            {
                json.WriteStartArray();
                json.WriteStringValue(q.EntityId);
                json.WriteStringValue(q.Type);
                json.WriteStringValue(DateColumns.Format(q.From));
                json.WriteStringValue(DateColumns.Format(q.To));
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
