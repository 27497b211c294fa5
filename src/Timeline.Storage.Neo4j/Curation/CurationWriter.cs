using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Writing;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>
/// The curation actions, each inside one write transaction (the SQLite store's rules): decisions are
/// recorded as data, the entities they touch are derived again from claims and decisions, candidates are
/// proposed again, and an action that changed something gets one log entry. An action that would change
/// nothing writes nothing and answers as the first time did.
/// </summary>
internal sealed class CurationWriter(ICypherRunner cypher, ArticleIngestor ingestor, TimeProvider clock)
{
    public async Task<EntityMerge> ConfirmCandidateAsync(string candidateId, CurationContext context, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("merge-candidate-by-id", CypherParameters.Of(("id", candidateId)), cancellationToken);
        if (rows.Count == 0 || rows[0]["leftEntityId"] is not string left || rows[0]["rightEntityId"] is not string right)
        {
            return await AlreadyConfirmedAsync(candidateId, cancellationToken);
        }

        var entities = await StoredEntities.LoadAsync(cypher, [left, right], cancellationToken);
        if (!entities.TryGetValue(left, out var leftEntity) || !entities.TryGetValue(right, out var rightEntity))
        {
            throw new CurationException($"Merge candidate '{candidateId}' names an entity the graph no longer holds.");
        }
        var (a, b) = Ordered(leftEntity.MentionIds[0], rightEntity.MentionIds[0]);
        await ingestor.RecordDecisionAsync(a, b, "same", context.Note, cancellationToken);
        await RefreshCandidatesAsync(cancellationToken);

        var merged = (await StoredEntities.EntityOfMentionsAsync(cypher, [a], cancellationToken))[a];
        var merge = (await MergeCatalog.OfAsync(cypher, [merged], cancellationToken)).FirstOrDefault(m => m.Evidence.Any(e =>
                e.Kind == MergeEvidenceKind.CuratorDecision && e.MentionIds.SequenceEqual([a, b])))
            ?? throw new CurationException($"Confirming candidate '{candidateId}' recorded that '{a}' and '{b}' are the same, but the rules kept them apart.");
        await CurationLog.AppendAsync(cypher, clock, CurationActionKind.ConfirmMergeCandidate, context, [candidateId], [merged, merge.Id, left, right], cancellationToken);
        return merge;
    }

    public async Task<bool> UndoMergeAsync(string mergeId, CurationContext context, CancellationToken cancellationToken)
    {
        var merge = (await MergeCatalog.AllAsync(cypher, cancellationToken)).FirstOrDefault(m => m.Id == mergeId);
        if (merge is null) return false;
        if (merge.Curated)
        {
            foreach (var decision in merge.Evidence.Where(e => e.Kind == MergeEvidenceKind.CuratorDecision))
            {
                await cypher.RunAsync("merge-decision-delete", CypherParameters.Of(("id", decision.MentionIds[0] + "|" + decision.MentionIds[1])), cancellationToken);
            }
        }
        else
        {
            await RecordAsync(MergeDecomposer.UndoPairs(merge.Left.MentionIds, merge.Right.MentionIds), "different", context.Note, cancellationToken);
        }
        await ingestor.RederiveAsync([.. merge.Left.MentionIds, .. merge.Right.MentionIds], cancellationToken);
        await RefreshCandidatesAsync(cancellationToken);
        var now = await StoredEntities.EntityOfMentionsAsync(cypher, [merge.Left.MentionIds[0], merge.Right.MentionIds[0]], cancellationToken);
        await CurationLog.AppendAsync(cypher, clock, CurationActionKind.UndoMerge, context, [mergeId],
            [now[merge.Left.MentionIds[0]], now[merge.Right.MentionIds[0]]], cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<string>> SplitEntityAsync(string entityId, IReadOnlyCollection<string> mentionIds, CurationContext context,
        CancellationToken cancellationToken)
    {
        var given = mentionIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (given.Count == 0) throw new CurationException($"Splitting entity '{entityId}' needs at least one mention id to move out.");
        List<string> targets = [entityId, .. given];
        var current = await StoredEntities.CurrentIdAsync(cypher, entityId, cancellationToken) ?? throw new CurationException($"Entity '{entityId}' is unknown.");
        var members = (await StoredEntities.LoadAsync(cypher, [current], cancellationToken))[current].MentionIds;
        var memberSet = members.ToHashSet(StringComparer.Ordinal);
        if (!given.All(memberSet.Contains) || given.Count == members.Count) return await AlreadySplitAsync(current, given, memberSet, targets, cancellationToken);

        var remaining = members.Where(m => !given.Contains(m, StringComparer.Ordinal)).ToList();
        await RecordAsync(MergeDecomposer.UndoPairs(given, remaining), "different", context.Note, cancellationToken);
        await RecordAsync(given.Skip(1).Select(other => Ordered(given[0], other)), "same", context.Note, cancellationToken);
        await ingestor.RederiveAsync(members, cancellationToken);
        await RefreshCandidatesAsync(cancellationToken);
        var now = await StoredEntities.EntityOfMentionsAsync(cypher, [remaining[0], given[0]], cancellationToken);
        List<string> results = [now[remaining[0]], now[given[0]]];
        await CurationLog.AppendAsync(cypher, clock, CurationActionKind.SplitEntity, context, targets, results, cancellationToken);
        return results;
    }

    public async Task<bool> RetractArticleAsync(string articleId, CurationContext context, CancellationToken cancellationToken)
    {
        if (!await ingestor.RetractAsync(articleId, cancellationToken)) return false;
        await RefreshCandidatesAsync(cancellationToken);
        await CurationLog.AppendAsync(cypher, clock, CurationActionKind.RetractArticle, context, [articleId], [], cancellationToken);
        return true;
    }

    private Task RefreshCandidatesAsync(CancellationToken cancellationToken) =>
        CrossDocumentCandidates.RefreshAsync(cypher, ingestor.TouchedEntities, includeUnblocked: false, cancellationToken);

    private async Task RecordAsync(IEnumerable<(string A, string B)> pairs, string decision, string? note, CancellationToken cancellationToken) =>
        await cypher.RunAsync("merge-decisions-record", CypherParameters.Of(("rows",
            pairs.Select(p => (object?)ArticleIngestor.DecisionRow(p.A, p.B, decision, note)).ToList())), cancellationToken);

    /// <summary>A candidate that is gone because it was confirmed: the merge it made, while that still holds.</summary>
    private async Task<EntityMerge> AlreadyConfirmedAsync(string candidateId, CancellationToken cancellationToken)
    {
        if (await CurationLog.LastResultsAsync(cypher, CurationActionKind.ConfirmMergeCandidate, [candidateId], cancellationToken) is [var entityId, var mergeId, ..]
            && await StoredEntities.CurrentIdAsync(cypher, entityId, cancellationToken) is { } current
            && (await MergeCatalog.OfAsync(cypher, [current], cancellationToken)).FirstOrDefault(m => m.Id == mergeId) is { } merge)
        {
            return merge;
        }
        throw new CurationException($"Merge candidate '{candidateId}' is unknown: it is not a current candidate (list them with 'merges candidates'), and no merge confirmed under that id still holds.");
    }

    /// <summary>The same split asked again: the given mentions already form their own entity.</summary>
    private async Task<List<string>> AlreadySplitAsync(string current, List<string> given, HashSet<string> members, List<string> targets, CancellationToken cancellationToken)
    {
        var previous = await CurationLog.LastResultsAsync(cypher, CurationActionKind.SplitEntity, targets, cancellationToken);
        if (previous is not null)
        {
            var owners = await StoredEntities.EntityOfMentionsAsync(cypher, given, cancellationToken);
            var owner = owners.Values.Distinct(StringComparer.Ordinal).ToList();
            if (owners.Count == given.Count && owner.Count == 1
                && (await StoredEntities.LoadAsync(cypher, owner, cancellationToken))[owner[0]].MentionIds.SequenceEqual(given, StringComparer.Ordinal))
            {
                var results = new List<string>(previous.Count);
                foreach (var id in previous) results.Add(await StoredEntities.CurrentIdAsync(cypher, id, cancellationToken) ?? id);
                return results;
            }
        }
        var outside = given.Where(m => !members.Contains(m)).ToList();
        throw new CurationException(outside.Count > 0
            ? $"Mention(s) {string.Join(", ", outside.Select(m => $"'{m}'"))} are not mentions of entity '{current}'."
            : $"The given mentions are all the mentions of entity '{current}'; a split must leave at least one behind.");
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
