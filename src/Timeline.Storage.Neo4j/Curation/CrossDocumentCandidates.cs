using Timeline.Domain.Resolution;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>
/// Keeps merge candidates complete across documents (the SQLite store's rule). Derivation resolves one key
/// component at a time, so two similar names that share no key never meet there. After each write, every
/// entity the write touched is filed under its blocks (kind and first letters of each word of its names)
/// and compared with the entities sharing a block, with the same rule as within one resolution. Derivation
/// deletes the candidates of every entity it rebuilds, so the candidates held are those of the resolutions
/// plus these, each a function of its two entities and the decisions between them, whatever order
/// documents arrive in.
/// </summary>
internal static class CrossDocumentCandidates
{
    /// <param name="touched">Entities the write created, changed or removed.</param>
    /// <param name="includeUnblocked">Also file entities that have no blocks yet (a graph written before blocks existed).</param>
    public static async Task RefreshAsync(ICypherRunner cypher, IReadOnlyCollection<string> touched, bool includeUnblocked, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(touched, StringComparer.Ordinal);
        if (includeUnblocked)
        {
            foreach (var row in await cypher.RunAsync("entities-without-blocks", CypherParameters.None, cancellationToken)) ids.Add(row.Text("id"));
        }
        if (ids.Count == 0) return;
        var idList = CypherParameters.Ids(ids);
        await cypher.RunAsync("entity-blocks-delete", CypherParameters.Of(("ids", idList)), cancellationToken);
        var entities = await StoredEntities.LoadAsync(cypher, idList, cancellationToken);
        var blocksOf = entities.Values.ToDictionary(e => e.Id, MergeCandidateFinder.BlocksOf, StringComparer.Ordinal);
        var blockRows = blocksOf.SelectMany(p => p.Value.Select(b => (object?)CypherParameters.Of(("block", b), ("entityId", p.Key)))).ToList();
        await cypher.RunAsync("entity-blocks-write", CypherParameters.Of(("rows", blockRows)), cancellationToken);

        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var blocks = CypherParameters.Ids(blocksOf.Values.SelectMany(b => b));
        foreach (var row in await cypher.RunAsync("entities-sharing-blocks", CypherParameters.Of(("blocks", blocks)), cancellationToken))
        {
            var block = row.Text("block");
            if (!members.TryGetValue(block, out var list)) members[block] = list = [];
            list.Add(row.Text("entityId"));
        }

        var pairs = new SortedSet<(string, string)>();
        foreach (var (id, entityBlocks) in blocksOf)
        {
            foreach (var other in entityBlocks.SelectMany(b => members.GetValueOrDefault(b) ?? []))
            {
                if (other != id) pairs.Add(string.CompareOrdinal(id, other) < 0 ? (id, other) : (other, id));
            }
        }
        if (pairs.Count == 0) return;

        var missing = pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Where(id => !entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (id, entity) in await StoredEntities.LoadAsync(cypher, missing, cancellationToken)) entities[id] = entity;
        // The rule is the resolver's own, so a pair it also compared gets the same answer here.
        var proposals = pairs.Where(p => entities.ContainsKey(p.Item1) && entities.ContainsKey(p.Item2))
            .Select(p => MergeCandidateFinder.Propose(entities[p.Item1], entities[p.Item2]))
            .OfType<MergeCandidate>()
            .ToList();
        if (proposals.Count == 0) return;
        var different = new HashSet<(string, string)>();
        var pairRows = proposals.Select(c => (object?)CypherParameters.Of(("left", c.LeftEntityId), ("right", c.RightEntityId))).ToList();
        foreach (var row in await cypher.RunAsync("entity-pairs-confirmed-different", CypherParameters.Of(("pairs", pairRows)), cancellationToken))
        {
            if (row["different"] is true) different.Add((row.Text("left"), row.Text("right")));
        }
        // A pair a curator set apart is no candidate, even if its resolution proposed it.
        var setApart = proposals.Where(c => different.Contains((c.LeftEntityId, c.RightEntityId))).Select(c => c.Id).ToList();
        await cypher.RunAsync("merge-candidates-delete-by-id", CypherParameters.Of(("ids", setApart)), cancellationToken);
        var candidates = proposals.Where(c => !different.Contains((c.LeftEntityId, c.RightEntityId)))
            .Select(c => (object?)CypherParameters.Of(("id", c.Id), ("leftEntityId", c.LeftEntityId), ("rightEntityId", c.RightEntityId),
                ("score", c.Score), ("evidence", c.Evidence))).ToList();
        await cypher.RunAsync("merge-candidates-write", CypherParameters.Of(("rows", candidates)), cancellationToken);
    }
}
