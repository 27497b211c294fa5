using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>
/// The curation actions, each inside the writer's transaction: decisions are recorded as data, the
/// entities they touch are derived again from claims and decisions, candidates are proposed again,
/// and an action that changed something gets one log entry. An action that would change nothing
/// writes nothing and answers as the first time did.
/// </summary>
internal sealed class CurationWriter(WriterSession session, TimeProvider clock)
{
    private const string CandidateById = "SELECT left_entity_id, right_entity_id FROM merge_candidates WHERE id = $p0";
    private const string RecordDecision = "INSERT OR REPLACE INTO merge_decisions (mention_a, mention_b, decision, note) VALUES ($p0, $p1, $p2, $p3)";
    private const string DeleteDecision = "DELETE FROM merge_decisions WHERE mention_a = $p0 AND mention_b = $p1";

    private readonly CommandCache _commands = session.Commands;
    private readonly IRowReader _rows = session.Commands;

    public EntityMerge ConfirmCandidate(string candidateId, CurationContext context)
    {
        string? left = null, right = null;
        using (var reader = _commands.Query(CandidateById, candidateId))
        {
            if (reader.Read()) (left, right) = (reader.GetString(0), reader.GetString(1));
        }
        if (left is null || right is null) return AlreadyConfirmed(candidateId);

        var entities = StoredEntities.Load(_rows, [left, right]);
        var (a, b) = Ordered(entities[left].MentionIds[0], entities[right].MentionIds[0]);
        session.Ingestor.RecordDecision(a, b, "same", context.Note);
        CrossDocumentCandidates.Refresh(_commands);

        var merged = StoredEntities.EntityOfMentions(_rows, [a])[a];
        var merge = MergeCatalog.Of(_rows, [merged]).FirstOrDefault(m => m.Evidence.Any(e =>
                e.Kind == MergeEvidenceKind.CuratorDecision && e.MentionIds.SequenceEqual([a, b])))
            ?? throw new CurationException($"Confirming candidate '{candidateId}' recorded that '{a}' and '{b}' are the same, but the rules kept them apart.");
        CurationLog.Append(_commands, clock, CurationActionKind.ConfirmMergeCandidate, context, [candidateId], [merged, merge.Id, left, right]);
        return merge;
    }

    public bool UndoMerge(string mergeId, CurationContext context)
    {
        var merge = MergeCatalog.All(_rows).FirstOrDefault(m => m.Id == mergeId);
        if (merge is null) return false;
        if (merge.Curated)
        {
            foreach (var decision in merge.Evidence.Where(e => e.Kind == MergeEvidenceKind.CuratorDecision))
            {
                _commands.Execute(DeleteDecision, decision.MentionIds[0], decision.MentionIds[1]);
            }
        }
        else
        {
            foreach (var (a, b) in MergeDecomposer.UndoPairs(merge.Left.MentionIds, merge.Right.MentionIds))
            {
                _commands.Execute(RecordDecision, a, b, "different", context.Note);
            }
        }
        var mentions = merge.Left.MentionIds.Concat(merge.Right.MentionIds).ToList();
        session.Ingestor.Rederive(mentions);
        CrossDocumentCandidates.Refresh(_commands);
        var now = StoredEntities.EntityOfMentions(_rows, [merge.Left.MentionIds[0], merge.Right.MentionIds[0]]);
        CurationLog.Append(_commands, clock, CurationActionKind.UndoMerge, context, [mergeId],
            [now[merge.Left.MentionIds[0]], now[merge.Right.MentionIds[0]]]);
        return true;
    }

    public IReadOnlyList<string> SplitEntity(string entityId, IReadOnlyCollection<string> mentionIds, CurationContext context)
    {
        var given = mentionIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (given.Count == 0) throw new CurationException($"Splitting entity '{entityId}' needs at least one mention id to move out.");
        List<string> targets = [entityId, .. given];
        var current = StoredEntities.CurrentId(_rows, entityId) ?? throw new CurationException($"Entity '{entityId}' is unknown.");
        var members = StoredEntities.Load(_rows, [current])[current].MentionIds;
        var memberSet = members.ToHashSet(StringComparer.Ordinal);
        if (!given.All(memberSet.Contains) || given.Count == members.Count) return AlreadySplit(current, given, memberSet, targets);

        var remaining = members.Where(m => !given.Contains(m, StringComparer.Ordinal)).ToList();
        foreach (var (a, b) in MergeDecomposer.UndoPairs(given, remaining))
        {
            _commands.Execute(RecordDecision, a, b, "different", context.Note);
        }
        foreach (var other in given.Skip(1))
        {
            var (a, b) = Ordered(given[0], other);
            _commands.Execute(RecordDecision, a, b, "same", context.Note);
        }
        session.Ingestor.Rederive(members);
        CrossDocumentCandidates.Refresh(_commands);
        var now = StoredEntities.EntityOfMentions(_rows, [remaining[0], given[0]]);
        List<string> results = [now[remaining[0]], now[given[0]]];
        CurationLog.Append(_commands, clock, CurationActionKind.SplitEntity, context, targets, results);
        return results;
    }

    public bool RetractArticle(string articleId, CurationContext context)
    {
        if (!session.Ingestor.Retract(articleId)) return false;
        CrossDocumentCandidates.Refresh(_commands);
        CurationLog.Append(_commands, clock, CurationActionKind.RetractArticle, context, [articleId], []);
        return true;
    }

    /// <summary>A candidate that is gone because it was confirmed: the merge it made, while that still holds.</summary>
    private EntityMerge AlreadyConfirmed(string candidateId)
    {
        if (CurationLog.LastResults(_rows, CurationActionKind.ConfirmMergeCandidate, [candidateId]) is [var entityId, var mergeId, ..]
            && StoredEntities.CurrentId(_rows, entityId) is { } current
            && MergeCatalog.Of(_rows, [current]).FirstOrDefault(m => m.Id == mergeId) is { } merge)
        {
            return merge;
        }
        throw new CurationException($"Merge candidate '{candidateId}' is unknown: it is not a current candidate (list them with 'merges candidates'), and no merge confirmed under that id still holds.");
    }

    /// <summary>The same split asked again: the given mentions already form their own entity.</summary>
    private List<string> AlreadySplit(string current, List<string> given, HashSet<string> members, List<string> targets)
    {
        var previous = CurationLog.LastResults(_rows, CurationActionKind.SplitEntity, targets);
        if (previous is not null)
        {
            var owners = StoredEntities.EntityOfMentions(_rows, given);
            var owner = owners.Values.Distinct(StringComparer.Ordinal).ToList();
            if (owners.Count == given.Count && owner.Count == 1
                && StoredEntities.Load(_rows, owner)[owner[0]].MentionIds.SequenceEqual(given, StringComparer.Ordinal))
            {
                return [.. previous.Select(id => StoredEntities.CurrentId(_rows, id) ?? id)];
            }
        }
        var outside = given.Where(m => !members.Contains(m)).ToList();
        throw new CurationException(outside.Count > 0
            ? $"Mention(s) {string.Join(", ", outside.Select(m => $"'{m}'"))} are not mentions of entity '{current}'."
            : $"The given mentions are all the mentions of entity '{current}'; a split must leave at least one behind.");
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
