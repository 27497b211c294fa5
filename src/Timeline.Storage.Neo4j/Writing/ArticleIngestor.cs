using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Neo4j.Cypher;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// One document, one transaction: replace the article's claims, derive again the entities their keys
/// touch, then the events whose reports or participants changed (the SQLite store's algorithm, in Cypher).
/// </summary>
internal sealed class ArticleIngestor
{
    private readonly ICypherRunner _cypher;
    private readonly ClaimsWriter _claims;
    private readonly EntityDeriver _entities;
    private readonly EventDeriver _events;

    public ArticleIngestor(ICypherRunner cypher)
    {
        _cypher = cypher;
        _claims = new ClaimsWriter(cypher);
        _entities = new EntityDeriver(cypher, TouchedEntities);
        _events = new EventDeriver(cypher);
    }

    /// <summary>Entities this transaction wrote or removed so far, for the cross-document candidates.</summary>
    public HashSet<string> TouchedEntities { get; } = new(StringComparer.Ordinal);

    public async Task<IngestOutcome> IngestAsync(ArticleFacts facts, CancellationToken cancellationToken)
    {
        var previous = await PreviousVersion.LoadAsync(_cypher, facts.Article.Id, cancellationToken);
        if (previous.ContentHash == facts.Article.ContentHash)
        {
            return new IngestOutcome(IngestStatus.Unchanged, facts.Article.Id,
                new IngestCounts(0, 0, facts.Entities.Count), new IngestCounts(0, 0, facts.Events.Count));
        }
        if (previous.Exists) await _claims.DeleteAsync(facts.Article.Id, previous.Keys, cancellationToken);
        var written = await _claims.WriteAsync(facts, cancellationToken);
        var (entityChange, eventChange) = await DeriveAsync(
            previous.Keys.Concat(written.Keys).Distinct(StringComparer.Ordinal).ToList(),
            previous,
            previous.Reports.Keys.Concat(written.ReportDigests.Keys).Distinct(StringComparer.Ordinal).ToList(),
            cancellationToken);

        var entityCounts = Count(facts.Article.Id, written.MentionDigests, previous.Mentions, entityChange.EntityOfMention, entityChange.ArticlesOfEntity);
        var eventCounts = Count(facts.Article.Id, written.ReportDigests, previous.Reports, eventChange.EventOfReport, eventChange.ArticlesOfEvent);
        return new IngestOutcome(previous.Exists ? IngestStatus.Updated : IngestStatus.Created, facts.Article.Id, entityCounts, eventCounts);
    }

    public async Task<bool> RetractAsync(string articleId, CancellationToken cancellationToken)
    {
        var previous = await PreviousVersion.LoadAsync(_cypher, articleId, cancellationToken);
        if (!previous.Exists) return false;
        await _claims.DeleteAsync(articleId, previous.Keys, cancellationToken);
        await DeriveAsync(previous.Keys.ToList(), previous, previous.Reports.Keys.ToList(), cancellationToken);
        return true;
    }

    /// <summary>Records a curation decision on two mentions (a &lt; b) and derives their entities and events again.</summary>
    public async Task RecordDecisionAsync(string mentionA, string mentionB, string decision, string? note, CancellationToken cancellationToken)
    {
        await _cypher.RunAsync("merge-decisions-record", CypherParameters.Of(("rows", new List<object?> { DecisionRow(mentionA, mentionB, decision, note) })),
            cancellationToken);
        await RederiveAsync([mentionA, mentionB], cancellationToken);
    }

    /// <summary>A merge decision as the statements write it: keyed "{mentionA}|{mentionB}".</summary>
    public static Dictionary<string, object?> DecisionRow(string mentionA, string mentionB, string decision, string? note) =>
        CypherParameters.Of(("id", mentionA + "|" + mentionB), ("mentionA", mentionA), ("mentionB", mentionB), ("decision", decision), ("note", note));

    /// <summary>Derives again the entities (and their events) of the given mentions, after their decisions changed.</summary>
    public async Task RederiveAsync(IReadOnlyCollection<string> mentionIds, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var row in await _cypher.RunAsync("mention-keys-of", CypherParameters.Of(("ids", CypherParameters.Ids(mentionIds))), cancellationToken))
        {
            if (row["key"] is string key) keys.Add(key);
        }
        await DeriveAsync(keys, new PreviousVersion(), [], cancellationToken);
    }

    private async Task<(EntityChange Entities, EventChange Events)> DeriveAsync(IReadOnlyCollection<string> seedKeys, PreviousVersion removed,
        IReadOnlyCollection<string> seedReportIds, CancellationToken cancellationToken)
    {
        var entityChange = await _entities.DeriveAsync(seedKeys, removed.EntityOfMention, cancellationToken);
        var seeds = new HashSet<string>(seedReportIds, StringComparer.Ordinal);
        foreach (var row in await _cypher.RunAsync("reports-of-mentions", CypherParameters.Of(("ids", CypherParameters.Ids(entityChange.ChangedMentionIds))), cancellationToken))
        {
            if (row["reportId"] is string id) seeds.Add(id);
        }
        var eventChange = seeds.Count == 0 ? new EventChange() : await _events.DeriveAsync(seeds, removed.EventOfReport, cancellationToken);
        return (entityChange, eventChange);
    }

    private static IngestCounts Count(string articleId, Dictionary<string, string> written, Dictionary<string, string> previous,
        Dictionary<string, string> nodeOfClaim, Dictionary<string, HashSet<string>> articlesOfNode)
    {
        int created = 0, merged = 0, unchanged = 0;
        foreach (var (claimId, digest) in written)
        {
            if (previous.TryGetValue(claimId, out var before) && before == digest) unchanged++;
            else if (nodeOfClaim.TryGetValue(claimId, out var node) && articlesOfNode.TryGetValue(node, out var articles)
                && articles.Any(a => a != articleId)) merged++;
            else created++;
        }
        return new IngestCounts(created, merged, unchanged);
    }
}
