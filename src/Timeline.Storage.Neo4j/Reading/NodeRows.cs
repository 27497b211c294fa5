using Timeline.Domain.Model;
using Timeline.Neo4j.QueryApi;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>Events, entities and articles by id: one statement each, rows mapped to the domain's records.</summary>
internal static class NodeRows
{
    public static Event ReadEvent(Neo4jRecord r) => new(
        r.Text("id"), r.Text("type"), r.Text("title"), r.TextOrNull("summary"),
        RecordValues.Time(r.Text("whenValue"), r.Text("whenPrecision"), r.Date("earliest"), r.Date("latest"), r.TextOrNull("whenText")),
        r.TextOrNull("placeId"), r.TextList("tags"), checked((int)r.Integer("sourceCount")));

    public static Article ReadArticle(Neo4jRecord r) => new(
        r.Text("id"), r.TextOrNull("url"), r.Text("title"), r.TextOrNull("publisher"), r.Date("published"), r.TextOrNull("language"), r.Text("contentHash"));

    public static async Task<Dictionary<string, Event>> EventsAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = CypherParameters.Ids(ids);
        if (list.Count == 0) return new Dictionary<string, Event>(StringComparer.Ordinal);
        var rows = await cypher.RunAsync("events-by-ids", CypherParameters.Of(("ids", list)), cancellationToken);
        return rows.Select(ReadEvent).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, Entity>> EntitiesAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = CypherParameters.Ids(ids);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (list.Count == 0) return entities;
        foreach (var r in await cypher.RunAsync("entities-by-ids", CypherParameters.Of(("ids", list)), cancellationToken))
        {
            var kind = EntityKinds.Parse(r.Text("kind"));
            var aliases = r.TextList("aliases").Order(StringComparer.Ordinal).ToList();
            entities[r.Text("id")] = new Entity(r.Text("id"), kind, r.Text("name"), aliases, r.TextOrNull("description"),
                JsonText.ReadMap(r.Text("externalIds")), kind == EntityKind.Place ? r.TextOrNull("partOf") : null);
        }
        return entities;
    }

    public static async Task<Dictionary<string, Article>> ArticlesAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = CypherParameters.Ids(ids);
        if (list.Count == 0) return new Dictionary<string, Article>(StringComparer.Ordinal);
        var rows = await cypher.RunAsync("articles-by-ids", CypherParameters.Of(("ids", list)), cancellationToken);
        return rows.Select(ReadArticle).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }
}
