using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>The reads of <see cref="EventBlocking"/> on the writer connection: one query a batch, each driven from the batch into an index.</summary>
internal sealed class EventBlockingReads(CommandCache commands) : IEventBlockingReads
{
    /// <summary>
    /// The span class of a report filed for blocking (see migration 0003): 0 a day, 1 up to a week, 2 a month,
    /// 3 a quarter, 4 a year, 5 longer, as SQL over the expressions of its first and last day numbers.
    /// </summary>
    public static string SpanClassSql(string first, string last) =>
        $"CASE WHEN {last} = {first} THEN 0 WHEN {last} - {first} <= 6 THEN 1 WHEN {last} - {first} <= 30 THEN 2 "
        + $"WHEN {last} - {first} <= 91 THEN 3 WHEN {last} - {first} <= 365 THEN 4 ELSE 5 END";

    // Longest span, in days, of each bounded span class; class 5 is unbounded.
    private static readonly int[] ClassSpans = [0, 6, 30, 91, 365];

    // Every report given that exists, with each of its resolved participants (none: one row with a null).
    private const string LoadReports = """
        SELECT DISTINCT r.report_id, em.entity_id
        FROM reports r LEFT JOIN report_participants rp ON rp.report_id = r.report_id LEFT JOIN entity_members em ON em.mention_id = rp.mention_id
        WHERE r.report_id IN (SELECT value FROM json_each($p0))
        """;

    private const string AllClasses = "SELECT DISTINCT span_class FROM report_entities";
    private const string ClassesOf = "SELECT DISTINCT span_class FROM report_entities WHERE report_id IN (SELECT value FROM json_each($p0))";

    // The span classes filed so far (a superset: a rolled-back write may have added one), so that a lookup
    // scans only classes that hold reports; most stores hold few (news dates its events by the day).
    private HashSet<int>? _classes;
    private readonly Dictionary<string, string> _nearByClasses = new(StringComparer.Ordinal);

    /// <summary>Notes the span classes of reports just filed under their entities.</summary>
    public void Filed(string reportIdsJson)
    {
        var classes = Classes();
        using var reader = commands.Query(ClassesOf, reportIdsJson);
        while (reader.Read()) classes.Add(reader.GetInt32(0));
    }

    private HashSet<int> Classes()
    {
        if (_classes is not null) return _classes;
        var classes = new HashSet<int>();
        using (var reader = commands.Query(AllClasses))
        {
            while (reader.Read()) classes.Add(reader.GetInt32(0));
        }
        return _classes = classes;
    }

    // From each filed row of the given reports, per span class k a range scan of the primary key (entity,
    // type, class, first day): a report of class k reaching the window starts at most the class's longest
    // span before the window does (class 5 has no longest span). CROSS JOIN keeps SQLite driving from the
    // given reports into the index.
    private string NearSql()
    {
        var classes = Classes().Order().ToList();
        var key = string.Join(',', classes);
        if (_nearByClasses.TryGetValue(key, out var sql)) return sql;
        var parts = classes.Select(k => $"""
            SELECT a.report_id, b.report_id, a.entity_id
            FROM json_each($p0) j CROSS JOIN report_entities a ON a.report_id = j.value
                CROSS JOIN report_entities b ON b.entity_id = a.entity_id AND b.type = a.type AND b.span_class = {k}
                    AND b.first_day <= a.last_day + $p1 AND b.last_day >= a.first_day - $p1{(k < ClassSpans.Length ? $" AND b.first_day >= a.first_day - $p1 - {ClassSpans[k]}" : "")}
            """).DefaultIfEmpty("SELECT NULL, NULL, NULL WHERE $p0 IS NULL AND $p1 IS NULL");
        return _nearByClasses[key] = string.Join("\nUNION ALL\n", parts);
    }

    private const string EventMates = """
        SELECT er1.report_id, er2.report_id
        FROM event_reports er1 CROSS JOIN event_reports er2 ON er2.event_id = er1.event_id
        WHERE er1.report_id IN (SELECT value FROM json_each($p0))
        """;

    public IReadOnlyList<BlockingReport> Reports(IReadOnlyCollection<string> reportIds)
    {
        var participants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = commands.Query(LoadReports, JsonColumns.List(reportIds)))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!participants.TryGetValue(id, out var list)) participants[id] = list = [];
                if (!reader.IsDBNull(1)) list.Add(reader.GetString(1));
            }
        }
        return [.. participants.Select(p => new BlockingReport(p.Key, p.Value))];
    }

    IReadOnlyList<(string ReportId, string OtherId, string EntityId)> IEventBlockingReads.Near(IReadOnlyCollection<string> reportIds, int reachDays)
    {
        var found = new List<(string, string, string)>();
        using var reader = commands.Query(NearSql(), JsonColumns.List(reportIds), reachDays);
        while (reader.Read()) found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return found;
    }

    IReadOnlyList<(string ReportId, string MateId)> IEventBlockingReads.EventMates(IReadOnlyCollection<string> reportIds)
    {
        var pairs = new List<(string, string)>();
        using var reader = commands.Query(EventMates, JsonColumns.List(reportIds));
        while (reader.Read()) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }
}
