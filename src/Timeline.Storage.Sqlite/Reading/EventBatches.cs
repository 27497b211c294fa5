using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// Per-event lists for many events at once: one set read per kind of list, grouped here by event.
/// Claims come from the stored reports, so every participant, relation and conflict keeps its quotes.
/// </summary>
internal static class EventBatches
{
    private const string Participants = """
        SELECT er.event_id, em.entity_id, rp.role, r.article_id, rp.quote
        FROM event_reports er
        JOIN reports r ON r.report_id = er.report_id
        JOIN report_participants rp ON rp.report_id = er.report_id
        JOIN entity_members em ON em.mention_id = rp.mention_id
        WHERE er.event_id IN (SELECT value FROM json_each($p0))
        """;

    private const string Sources = $"""
        SELECT er.event_id, r.report_id, r.quote, {ArticleRows.Columns}
        FROM event_reports er
        JOIN reports r ON r.report_id = er.report_id
        JOIN articles a ON a.id = r.article_id
        WHERE er.event_id IN (SELECT value FROM json_each($p0))
        ORDER BY er.event_id, a.published, a.id, r.report_id
        """;

    // Both directions, each driven by its own index; a relation between two requested events appears once per side.
    private const string Relations = """
        SELECT rc.type, es.event_id, eo.event_id, rc.article_id, rc.quote, es.event_id
        FROM event_reports es
        JOIN relation_claims rc ON rc.subject_ref = es.report_id AND rc.ends = 'event'
        JOIN event_reports eo ON eo.report_id = rc.object_ref
        WHERE es.event_id IN (SELECT value FROM json_each($p0))
        UNION ALL
        SELECT rc.type, es.event_id, eo.event_id, rc.article_id, rc.quote, eo.event_id
        FROM event_reports eo
        JOIN relation_claims rc ON rc.object_ref = eo.report_id AND rc.ends = 'event'
        JOIN event_reports es ON es.report_id = rc.subject_ref
        WHERE eo.event_id IN (SELECT value FROM json_each($p0))
        """;

    private const string Conflicts = """
        SELECT c.event_id, c.field, c.value, c.report_ids
        FROM conflicts c WHERE c.event_id IN (SELECT value FROM json_each($p0))
        ORDER BY c.event_id, c.field, c.value
        """;

    public static async Task<Dictionary<string, IReadOnlyList<Participation>>> ParticipantsAsync(SqliteConnection connection, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, Participants, r => (Event: r.GetString(0), Entity: r.GetString(1), Role: r.GetString(2),
            Claim: new Claim(r.GetString(3), r.GetString(4))), cancellationToken, JsonColumns.List(eventIds));
        return rows.GroupBy(r => r.Event, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Participation>)g.GroupBy(r => (r.Entity, r.Role))
                .OrderBy(p => p.Key.Entity, StringComparer.Ordinal).ThenBy(p => p.Key.Role, StringComparer.Ordinal)
                .Select(p => new Participation(g.Key, p.Key.Entity, p.Key.Role, SortClaims(p.Select(x => x.Claim))))
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<EventSource>>> SourcesAsync(SqliteConnection connection, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, Sources, r =>
        {
            var article = new Article(r.GetString(3), r.NullableString(4), r.GetString(5), r.NullableString(6),
                DateColumns.Parse(r.GetString(7)), r.NullableString(8), r.GetString(9));
            return new EventSource(r.GetString(0), r.GetString(1), article, new Claim(article.Id, r.GetString(2)));
        }, cancellationToken, JsonColumns.List(eventIds));
        return rows.GroupBy(s => s.EventId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<EventSource>)g.ToList(), StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<EventRelation>>> RelationsAsync(SqliteConnection connection, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, Relations, r => (Type: r.GetString(0), Subject: r.GetString(1), Object: r.GetString(2),
            Claim: new Claim(r.GetString(3), r.GetString(4)), Owner: r.GetString(5)), cancellationToken, JsonColumns.List(eventIds));
        return rows.GroupBy(r => r.Owner, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<EventRelation>)g
                .GroupBy(r => (r.Type, r.Subject, r.Object))
                .Select(x => new EventRelation(ParseType(x.Key.Type), x.Key.Subject, x.Key.Object, SortClaims(x.Select(y => y.Claim))))
                .OrderBy(x => x.Type).ThenBy(x => x.SubjectEventId, StringComparer.Ordinal).ThenBy(x => x.ObjectEventId, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<Conflict>>> ConflictsAsync(SqliteConnection connection, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, Conflicts, r => (Event: r.GetString(0), Field: r.GetString(1), Value: r.GetString(2),
            Reports: JsonColumns.ReadList(r.GetString(3))), cancellationToken, JsonColumns.List(eventIds));
        if (rows.Count == 0) return new Dictionary<string, IReadOnlyList<Conflict>>(StringComparer.Ordinal);
        var reportIds = rows.SelectMany(r => r.Reports).Distinct(StringComparer.Ordinal).ToList();
        var claims = (await Sql.ListAsync(connection, "SELECT report_id, article_id, quote FROM reports WHERE report_id IN (SELECT value FROM json_each($p0))",
            r => (r.GetString(0), new Claim(r.GetString(1), r.GetString(2))), cancellationToken, JsonColumns.List(reportIds)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return rows.GroupBy(r => r.Event, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Conflict>)g.GroupBy(r => r.Field, StringComparer.Ordinal)
                .Select(f => new Conflict(g.Key, f.Key, f.Select(v => new ConflictValue(v.Value,
                    SortClaims(v.Reports.Where(claims.ContainsKey).Select(id => claims[id])))).ToList()))
                .ToList(),
            StringComparer.Ordinal);
    }

    internal static IReadOnlyList<Claim> SortClaims(IEnumerable<Claim> claims) =>
        claims.Distinct().OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Quote, StringComparer.Ordinal).ToList();

    private static EventRelationType ParseType(string name) =>
        RelationTypes.TryParseEventType(name, out var type) ? type : throw new InvalidOperationException($"Stored event relation type \"{name}\" is unknown.");
}
