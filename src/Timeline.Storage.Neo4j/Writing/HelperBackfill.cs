using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Curation;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// Fills in the helper properties the store derives in C# (sort and search forms of names and titles,
/// entity keys, the reports' blocking key, candidate blocks) where a graph loaded from a Cypher export
/// lacks them, so that such a graph reads and derives like one the store wrote itself. A graph the store
/// wrote has them all, and this finds nothing to do.
/// </summary>
internal static class HelperBackfill
{
    public static async Task RunAsync(ICypherRunner cypher, CancellationToken cancellationToken)
    {
        var entities = (await cypher.RunAsync("entities-missing-derived", CypherParameters.None, cancellationToken)).Select(r =>
        {
            var names = r.TextList("aliases").Prepend(r.Text("name")).ToList();
            return (object?)CypherParameters.Of(("id", r.Text("id")), ("sortName", NameNormaliser.Normalise(r.Text("name"))), ("searchWords", NameWords.Of(names)),
                ("searchNames", string.Join(" | ", names)), ("keys", r.TextList("keys").Order(StringComparer.Ordinal).ToList()));
        }).ToList();
        if (entities.Count > 0) await cypher.RunAsync("entities-derived-write", CypherParameters.Of(("rows", entities)), cancellationToken);

        var events = (await cypher.RunAsync("events-missing-derived", CypherParameters.None, cancellationToken))
            .Select(r => (object?)CypherParameters.Of(("id", r.Text("id")), ("searchWords", NameWords.Of([r.Text("title"), r.TextOrNull("summary")])))).ToList();
        if (events.Count > 0) await cypher.RunAsync("events-derived-write", CypherParameters.Of(("rows", events)), cancellationToken);

        var reports = (await cypher.RunAsync("reports-missing-blocking", CypherParameters.None, cancellationToken)).Select(r => r.Text("id")).ToList();
        if (reports.Count > 0) await cypher.RunAsync("report-blocking-refresh", CypherParameters.Of(("ids", reports)), cancellationToken);

        await CrossDocumentCandidates.RefreshAsync(cypher, [], includeUnblocked: true, cancellationToken);
    }
}
