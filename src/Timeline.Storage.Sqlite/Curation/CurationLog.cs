using System.Globalization;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Reading;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>The curation log: one row per action that changed something, stamped by the store's clock.</summary>
internal static class CurationLog
{
    private const string Insert = "INSERT INTO curation_log (at, actor, action, targets, results, note) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)";
    private const string LastOf = "SELECT results FROM curation_log WHERE action = $p0 AND targets = $p1 ORDER BY seq DESC LIMIT 1";
    private const string All = "SELECT seq, at, actor, action, targets, results, note FROM curation_log ORDER BY seq";

    public static void Append(CommandCache commands, TimeProvider clock, CurationActionKind kind, CurationContext context,
        IEnumerable<string> targets, IEnumerable<string> results)
    {
        commands.Execute(Insert, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), context.Actor, ActionName(kind),
            JsonColumns.List(targets), JsonColumns.List(results), context.Note);
    }

    /// <summary>The results of the latest action of this kind on exactly these targets; null when there is none.</summary>
    public static IReadOnlyList<string>? LastResults(IRowReader rows, CurationActionKind kind, IEnumerable<string> targets)
    {
        using var reader = rows.Query(LastOf, ActionName(kind), JsonColumns.List(targets));
        return reader.Read() ? JsonColumns.ReadList(reader.GetString(0)) : null;
    }

    public static Task<List<CurationAction>> ListAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, All, r => new CurationAction(
            r.GetInt64(0),
            DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.GetString(2),
            ParseAction(r.GetString(3)),
            JsonColumns.ReadList(r.GetString(4)),
            JsonColumns.ReadList(r.GetString(5)),
            r.NullableString(6)), cancellationToken);

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
