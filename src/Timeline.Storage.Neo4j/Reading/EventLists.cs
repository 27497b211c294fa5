using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// Per-event lists for many events at once: one statement per kind of list, grouped here by event.
/// Claims come from the stored reports, so every participant, relation and conflict keeps its quotes.
/// </summary>
internal static class EventLists
{
    public static async Task<Dictionary<string, IReadOnlyList<Participation>>> ParticipantsAsync(ICypherRunner cypher, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = (await cypher.RunAsync("event-participants", CypherParameters.Of(("ids", CypherParameters.Ids(eventIds))), cancellationToken))
            .Select(r => (Event: r.Text("eventId"), Entity: r.Text("entityId"), Role: r.Text("role"), Claim: new Claim(r.Text("articleId"), r.Text("quote"))));
        return rows.GroupBy(r => r.Event, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Participation>)g.GroupBy(r => (r.Entity, r.Role))
                .OrderBy(p => p.Key.Entity, StringComparer.Ordinal).ThenBy(p => p.Key.Role, StringComparer.Ordinal)
                .Select(p => new Participation(g.Key, p.Key.Entity, p.Key.Role, SortClaims(p.Select(x => x.Claim))))
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<EventSource>>> SourcesAsync(ICypherRunner cypher, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = (await cypher.RunAsync("event-sources", CypherParameters.Of(("ids", CypherParameters.Ids(eventIds))), cancellationToken)).Select(r =>
        {
            var article = new Article(r.Text("articleId"), r.TextOrNull("url"), r.Text("title"), r.TextOrNull("publisher"), r.Date("published"),
                r.TextOrNull("language"), r.Text("contentHash"));
            return new EventSource(r.Text("eventId"), r.Text("reportId"), article, new Claim(article.Id, r.Text("quote")));
        });
        return rows.GroupBy(s => s.EventId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<EventSource>)g.ToList(), StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<EventRelation>>> RelationsAsync(ICypherRunner cypher, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = (await cypher.RunAsync("event-relations", CypherParameters.Of(("ids", CypherParameters.Ids(eventIds))), cancellationToken))
            .Select(r => (Type: r.Text("type"), Subject: r.Text("subjectId"), Object: r.Text("objectId"),
                Claim: new Claim(r.Text("articleId"), r.Text("quote")), Owner: r.Text("owner")));
        return rows.GroupBy(r => r.Owner, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<EventRelation>)g
                .GroupBy(r => (r.Type, r.Subject, r.Object))
                .Select(x => new EventRelation(ParseType(x.Key.Type), x.Key.Subject, x.Key.Object, SortClaims(x.Select(y => y.Claim))))
                .OrderBy(x => x.Type).ThenBy(x => x.SubjectEventId, StringComparer.Ordinal).ThenBy(x => x.ObjectEventId, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, IReadOnlyList<Conflict>>> ConflictsAsync(ICypherRunner cypher, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var rows = (await cypher.RunAsync("event-conflicts", CypherParameters.Of(("ids", CypherParameters.Ids(eventIds))), cancellationToken))
            .Select(r => (Event: r.Text("eventId"), Field: r.Text("field"), Value: r.Text("value"), Reports: ReadList(r.Text("reportIds"))))
            .ToList();
        if (rows.Count == 0) return new Dictionary<string, IReadOnlyList<Conflict>>(StringComparer.Ordinal);
        var reportIds = CypherParameters.Ids(rows.SelectMany(r => r.Reports));
        var claims = (await cypher.RunAsync("report-claims", CypherParameters.Of(("ids", reportIds)), cancellationToken))
            .ToDictionary(r => r.Text("reportId"), r => new Claim(r.Text("articleId"), r.Text("quote")), StringComparer.Ordinal);
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

    private static List<string> ReadList(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static EventRelationType ParseType(string name) =>
        RelationTypes.TryParseEventType(name, out var type) ? type : throw new InvalidOperationException($"Stored event relation type \"{name}\" is unknown.");
}
