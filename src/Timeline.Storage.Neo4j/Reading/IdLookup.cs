using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// Finds the current node for any id a caller may hold: a current id, a mention or report id
/// ("{articleId}#{key}"), or the former id of a node that was merged or split.
/// </summary>
internal static class IdLookup
{
    public static Task<Dictionary<string, string>> EntitiesAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        MapAsync(cypher, "entity-ids-resolve", ids, cancellationToken);

    public static Task<Dictionary<string, string>> EventsAsync(ICypherRunner cypher, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        MapAsync(cypher, "event-ids-resolve", ids, cancellationToken);

    private static async Task<Dictionary<string, string>> MapAsync(ICypherRunner cypher, string statement, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = CypherParameters.Ids(ids);
        if (list.Count == 0) return map;
        foreach (var row in await cypher.RunAsync(statement, CypherParameters.Of(("ids", list)), cancellationToken))
        {
            map[row.Text("id")] = row.Text("current");
        }
        return map;
    }
}
