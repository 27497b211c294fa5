using System.Globalization;
using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>The curation log: one node per action that changed something, stamped by the store's clock (kept out of the export).</summary>
internal static class CurationLog
{
    public static Task AppendAsync(ICypherRunner cypher, TimeProvider clock, CurationActionKind kind, CurationContext context,
        IEnumerable<string> targets, IEnumerable<string> results, CancellationToken cancellationToken) =>
        cypher.RunAsync("curation-log-append", CypherParameters.Of(("action", CypherParameters.Of(
            ("at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("actor", context.Actor), ("action", ActionName(kind)),
            ("targets", JsonText.List(targets)), ("results", JsonText.List(results)), ("note", context.Note)))), cancellationToken);

    /// <summary>The results of the latest action of this kind on exactly these targets; null when there is none.</summary>
    public static async Task<IReadOnlyList<string>?> LastResultsAsync(ICypherRunner cypher, CurationActionKind kind, IEnumerable<string> targets,
        CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("curation-log-last-results", CypherParameters.Of(("action", ActionName(kind)), ("targets", JsonText.List(targets))),
            cancellationToken);
        return rows.Count == 0 ? null : ReadList(rows[0].Text("results"));
    }

    public static async Task<IReadOnlyList<CurationAction>> ListAsync(ICypherRunner cypher, CancellationToken cancellationToken) =>
        (await cypher.RunAsync("curation-log-list", CypherParameters.None, cancellationToken)).Select(r => new CurationAction(
            r.Integer("seq"),
            DateTimeOffset.Parse(r.Text("at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.Text("actor"),
            ParseAction(r.Text("action")),
            ReadList(r.Text("targets")),
            ReadList(r.Text("results")),
            r.TextOrNull("note"))).ToList();

    private static List<string> ReadList(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static string ActionName(CurationActionKind kind) => kind switch
    {
        CurationActionKind.ConfirmMergeCandidate => "confirm-merge-candidate",
        CurationActionKind.UndoMerge => "undo-merge",
        CurationActionKind.SplitEntity => "split-entity",
        CurationActionKind.RetractArticle => "retract-article",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown curation action."),
    };

    private static CurationActionKind ParseAction(string name) => name switch
    {
        "confirm-merge-candidate" => CurationActionKind.ConfirmMergeCandidate,
        "undo-merge" => CurationActionKind.UndoMerge,
        "split-entity" => CurationActionKind.SplitEntity,
        "retract-article" => CurationActionKind.RetractArticle,
        _ => throw new FormatException($"The curation log holds an unknown action \"{name}\"."),
    };
}
