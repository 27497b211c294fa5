using System.Globalization;
using Spectre.Console;
using Timeline.Domain.Model;

namespace Timeline.Cli.Curation;

/// <summary>Readable tables of merges, candidates and the curation log.</summary>
public static class CurationTables
{
    public static Table Merges(IReadOnlyList<EntityMerge> merges)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var table = new Table().Title($"Merges ({merges.Count})")
            .AddColumn("Merge").AddColumn("Entity").AddColumn("Left").AddColumn("Right").AddColumn("Evidence");
        foreach (var merge in merges)
        {
            table.AddRow(
                new Text(merge.Id + (merge.Curated ? "\ncurated" : "\nautomatic")),
                new Text($"{merge.EntityId}\n{merge.EntityName}"),
                Side(merge.Left),
                Side(merge.Right),
                new Text(string.Join("\n", merge.Evidence.Select(Describe))));
        }
        return table;
    }

    public static Table Merge(EntityMerge merge) => Merges([merge]);

    public static Table Candidates(IReadOnlyList<EntityMergeCandidate> candidates, IReadOnlyDictionary<string, Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(entities);
        var table = new Table().Title($"Merge candidates ({candidates.Count})")
            .AddColumn("Candidate").AddColumn("Left").AddColumn("Right").AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Evidence");
        foreach (var candidate in candidates)
        {
            table.AddRow(
                new Text(candidate.Id),
                new Text(Named(candidate.LeftEntityId, entities)),
                new Text(Named(candidate.RightEntityId, entities)),
                new Text(candidate.Score.ToString("0.000", CultureInfo.InvariantCulture)),
                new Text(candidate.Evidence));
        }
        return table;
    }

    public static Table Log(IReadOnlyList<CurationAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var table = new Table().Title($"Curation log ({actions.Count})")
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("When (UTC)").AddColumn("Who").AddColumn("What").AddColumn("Targets").AddColumn("Results").AddColumn("Note");
        foreach (var action in actions)
        {
            table.AddRow(
                new Text(action.Sequence.ToString(CultureInfo.InvariantCulture)),
                new Text(action.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                new Text(action.Actor),
                new Text(KindName(action.Kind)),
                new Text(string.Join("\n", action.Targets)),
                new Text(string.Join("\n", action.Results)),
                new Text(action.Note ?? string.Empty));
        }
        return table;
    }

    /// <summary>The action's name as the commands spell it ("confirm", "undo", "split", "retract").</summary>
    public static string KindName(CurationActionKind kind) => kind switch
    {
        CurationActionKind.ConfirmMergeCandidate => "confirm",
        CurationActionKind.UndoMerge => "undo",
        CurationActionKind.SplitEntity => "split",
        CurationActionKind.RetractArticle => "retract",
        _ => kind.ToString(),
    };

    private static Text Side(MergeSide side) =>
        new($"{side.EntityId}\n{side.Name}\n{string.Join("\n", side.MentionIds)}");

    private static string Describe(MergeEvidence evidence)
    {
        var kind = evidence.Kind switch
        {
            MergeEvidenceKind.ExternalId => "external id",
            MergeEvidenceKind.NameKey => "name key",
            MergeEvidenceKind.SameAs => "sameAs",
            MergeEvidenceKind.CuratorDecision => "curator",
            _ => evidence.Kind.ToString(),
        };
        return evidence.Note is null ? $"{kind}: {evidence.Value}" : $"{kind}: {evidence.Value} ({evidence.Note})";
    }

    private static string Named(string id, IReadOnlyDictionary<string, Entity> entities) =>
        entities.TryGetValue(id, out var entity) ? $"{id}\n{entity.Name}" : id;
}
