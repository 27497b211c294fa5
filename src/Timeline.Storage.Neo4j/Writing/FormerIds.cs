using Timeline.Storage.Neo4j.Cypher;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// Keeps replaced node ids findable: an id that disappears points to the node that took over most of
/// its claims, and ids that pointed to it follow along. An id that comes back is no longer "former".
/// </summary>
internal static class FormerIds
{
    public static async Task RecordAsync(ICypherRunner cypher, Dictionary<string, string> oldNodeOfClaim, Dictionary<string, string> newNodeOfClaim,
        CancellationToken cancellationToken)
    {
        var newIds = newNodeOfClaim.Values.ToHashSet(StringComparer.Ordinal);
        var moves = new List<object?>();
        foreach (var group in oldNodeOfClaim.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            if (newIds.Contains(group.Key)) continue;
            var successor = group
                .Select(p => newNodeOfClaim.GetValueOrDefault(p.Key))
                .OfType<string>()
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (successor is not null) moves.Add(CypherParameters.Of(("oldId", group.Key), ("currentId", successor)));
        }
        // A successor is always a new id and a moved id never is, so redirecting all before recording all
        // gives what the one-group-at-a-time order gives.
        await cypher.RunAsync("former-ids-clear", CypherParameters.Of(("ids", CypherParameters.Ids(newIds))), cancellationToken);
        await cypher.RunAsync("former-ids-redirect", CypherParameters.Of(("rows", moves)), cancellationToken);
        await cypher.RunAsync("former-ids-record", CypherParameters.Of(("rows", moves)), cancellationToken);
    }
}
