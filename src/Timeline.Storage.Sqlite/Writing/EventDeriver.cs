using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Derives canonical events again for the reports that changed and every report that could merge
/// with them (<see cref="EventBlocking"/>, over the report_entities index). That component is merged
/// at once, which gives what merging every report of the store would give.
/// </summary>
internal sealed class EventDeriver(CommandCache commands)
{
    private const string ClearBlocking = "DELETE FROM report_entities WHERE report_id IN (SELECT value FROM json_each($p0))";
    private static readonly string FillBlocking = $"""
        INSERT OR IGNORE INTO report_entities (entity_id, type, span_class, first_day, last_day, earliest, latest, report_id)
        SELECT entity_id, type, {EventBlockingReads.SpanClassSql("first_day", "last_day")}, first_day, last_day, earliest, latest, report_id
        FROM (SELECT *, unixepoch(earliest) / 86400 AS first_day, unixepoch(latest) / 86400 AS last_day
              FROM (SELECT em.entity_id, r.type, r.earliest, r.latest, r.report_id
                    FROM reports r JOIN report_participants rp ON rp.report_id = r.report_id JOIN entity_members em ON em.mention_id = rp.mention_id
                    WHERE r.report_id IN (SELECT value FROM json_each($p0))
                    UNION ALL
                    SELECT em.entity_id, r.type, r.earliest, r.latest, r.report_id
                    FROM reports r JOIN entity_members em ON em.mention_id = r.place_mention_id
                    WHERE r.report_id IN (SELECT value FROM json_each($p0))))
        """;

    private const string OldEvents = "SELECT report_id, event_id FROM event_reports WHERE report_id IN (SELECT value FROM json_each($p0))";

    private const string LoadReports = """
        SELECT r.report_id, r.article_id, r.type, r.title, r.summary, r.when_value, r.when_precision, r.earliest, r.latest, r.when_text,
               pe.entity_id, r.tags, r.quote
        FROM reports r LEFT JOIN entity_members pe ON pe.mention_id = r.place_mention_id
        WHERE r.report_id IN (SELECT value FROM json_each($p0))
        """;

    private const string LoadParticipants = """
        SELECT rp.report_id, em.entity_id, rp.role
        FROM report_participants rp JOIN entity_members em ON em.mention_id = rp.mention_id
        WHERE rp.report_id IN (SELECT value FROM json_each($p0))
        ORDER BY rp.report_id, rp.ordinal
        """;

    private const string DeleteFts = "DELETE FROM event_fts WHERE rowid IN (SELECT rowid FROM events WHERE id IN (SELECT value FROM json_each($p0)))";
    private const string DeleteEvents = "DELETE FROM events WHERE id IN (SELECT value FROM json_each($p0))";
    private static readonly string InsertEvents = RowBatch.InsertSql("events",
        "id, type, title, summary, when_value, when_precision, earliest, latest, when_text, place_entity_id, tags, source_count");
    // Right after the event's own INSERT, so last_insert_rowid() is that event's rowid.
    private const string InsertFts = "INSERT INTO event_fts (rowid, title, summary) VALUES (last_insert_rowid(), $p0, $p1)";
    private static readonly string InsertMembers = RowBatch.InsertSql("event_reports", "report_id, event_id");
    private static readonly string InsertParticipations = RowBatch.InsertSql("participations", "entity_id, earliest, latest, event_id, roles");
    private static readonly string InsertTags = RowBatch.InsertSql("event_tags", "tag, earliest, latest, event_id", "INSERT OR IGNORE");
    private static readonly string InsertConflicts = RowBatch.InsertSql("conflicts", "event_id, field, value, report_ids");

    private readonly EventBlockingReads _blocking = new(commands);

    /// <param name="seedReportIds">Reports written, removed, or whose entities changed.</param>
    public EventChange Derive(IReadOnlyCollection<string> seedReportIds)
    {
        var seedsJson = JsonColumns.List(seedReportIds);
        commands.Execute(ClearBlocking, seedsJson);
        commands.Execute(FillBlocking, seedsJson);
        _blocking.Filed(seedsJson);

        var component = EventBlocking.Component(_blocking, seedReportIds);
        var componentJson = JsonColumns.List(component);
        var oldEventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = commands.Query(OldEvents, componentJson))
        {
            while (reader.Read()) oldEventOf[reader.GetString(0)] = reader.GetString(1);
        }

        var (reports, roles) = Load(componentJson);
        var merged = EventMerger.Merge(reports);

        var oldIdsJson = JsonColumns.List(oldEventOf.Values.Distinct(StringComparer.Ordinal));
        commands.Execute(DeleteFts, oldIdsJson);
        commands.Execute(DeleteEvents, oldIdsJson);

        var change = new EventChange();
        var byId = reports.ToDictionary(r => r.ReportId, StringComparer.Ordinal);
        Insert(merged, byId, roles, change);
        FormerIds.Record(commands, oldEventOf, change.EventOfReport);
        return change;
    }

    private (List<EventReport> Reports, Dictionary<string, List<(string EntityId, string Role)>> Roles) Load(string componentJson)
    {
        var roles = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        using (var reader = commands.Query(LoadParticipants, componentJson))
        {
            while (reader.Read())
            {
                var reportId = reader.GetString(0);
                if (!roles.TryGetValue(reportId, out var list)) roles[reportId] = list = [];
                list.Add((reader.GetString(1), reader.GetString(2)));
            }
        }
        var reports = new List<EventReport>();
        using (var reader = commands.Query(LoadReports, componentJson))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                var when = DateColumns.Read(reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9));
                var participants = roles.TryGetValue(id, out var list)
                    ? list.Select(p => p.Item1).Distinct(StringComparer.Ordinal).ToList()
                    : [];
                reports.Add(new EventReport(id, reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), when, reader.IsDBNull(10) ? null : reader.GetString(10),
                    participants, JsonColumns.ReadList(reader.GetString(11)), reader.GetString(12)));
            }
        }
        return (reports, roles);
    }

    private void Insert(IReadOnlyList<MergedEvent> merged, Dictionary<string, EventReport> reports,
        Dictionary<string, List<(string EntityId, string Role)>> roles, EventChange change)
    {
        RowBatch events = new(), members = new(), participations = new(), tags = new(), conflicts = new();
        foreach (var e in merged)
        {
            var earliest = DateColumns.Format(e.When.Earliest);
            var latest = DateColumns.Format(e.When.Latest);
            var articles = e.ReportIds.Select(r => reports[r].ArticleId).ToHashSet(StringComparer.Ordinal);
            events.Add(e.Id, e.Type, e.Title, e.Summary, e.When.Value, DateColumns.Precision(e.When.Precision),
                earliest, latest, e.When.Text, e.PlaceEntityId, JsonColumns.List(e.Tags), articles.Count);
            foreach (var reportId in e.ReportIds)
            {
                members.Add(reportId, e.Id);
                change.EventOfReport[reportId] = e.Id;
            }
            var participants = e.ReportIds
                .SelectMany(r => roles.TryGetValue(r, out var list) ? list : [])
                .GroupBy(p => p.EntityId, StringComparer.Ordinal);
            foreach (var group in participants)
            {
                var roleList = group.Select(p => p.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                participations.Add(group.Key, earliest, latest, e.Id, JsonColumns.List(roleList));
            }
            foreach (var tag in e.Tags) tags.Add(tag, earliest, latest, e.Id);
            foreach (var conflict in e.Conflicts)
            {
                foreach (var value in conflict.Values) conflicts.Add(e.Id, conflict.Field, value.Value, JsonColumns.List(value.ReportIds));
            }
            change.ArticlesOfEvent[e.Id] = articles;
        }
        foreach (var row in events.Rows)
        {
            commands.Execute(InsertEvents, row);
            commands.Execute(InsertFts, row[2], row[3]);
        }
        members.InsertWith(commands, InsertMembers);
        participations.InsertWith(commands, InsertParticipations);
        tags.InsertWith(commands, InsertTags);
        conflicts.InsertWith(commands, InsertConflicts);
    }
}
