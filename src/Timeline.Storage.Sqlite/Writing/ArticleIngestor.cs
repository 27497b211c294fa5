using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// One document, one transaction: replace the article's claims, derive again the entities their keys
/// touch, then the events whose reports or participants changed. Runs on the single writer connection.
/// </summary>
internal sealed class ArticleIngestor(CommandCache commands)
{
    private const string ReportsOfMentions = """
        SELECT report_id FROM report_participants WHERE mention_id IN (SELECT value FROM json_each($p0))
        UNION
        SELECT report_id FROM reports WHERE place_mention_id IN (SELECT value FROM json_each($p0))
        """;

    private readonly ClaimsWriter _claims = new(commands);
    private readonly EntityDeriver _entities = new(commands);
    private readonly EventDeriver _events = new(commands);

    public IngestOutcome Ingest(ArticleFacts facts)
    {
        var previous = PreviousVersion.Load(commands, facts.Article.Id);
        if (previous.ContentHash == facts.Article.ContentHash)
        {
            return new IngestOutcome(IngestStatus.Unchanged, facts.Article.Id,
                new IngestCounts(0, 0, facts.Entities.Count), new IngestCounts(0, 0, facts.Events.Count));
        }
        if (previous.Exists) _claims.Delete(facts.Article.Id);
        var written = _claims.Write(facts);
        // A new article's mentions that join one entity on their own update it from its tallies; the rest
        // (and every mention of a new version, whose old claims may leave entities) are derived in full.
        var (absorbed, absorbedIds) = previous.Exists ? (new EntityChange(), []) : _entities.Absorb(written.Mentions);
        var seedKeys = absorbedIds.Count == 0 ? written.Keys
            : written.Mentions.Where(m => !absorbedIds.Contains(m.MentionId)).SelectMany(EntityKeys.For);
        var (entityChange, eventChange) = Derive(
            previous.Keys.Concat(seedKeys).Distinct(StringComparer.Ordinal).ToList(),
            previous.Mentions.Keys.ToList(),
            previous.Reports.Keys.Concat(written.ReportDigests.Keys).Distinct(StringComparer.Ordinal).ToList(),
            absorbed: absorbed, writtenMentions: written.MentionDigests);

        var articleId = facts.Article.Id;
        var entityCounts = Count(written.MentionDigests, previous.Mentions, entityChange.EntityOfMention,
            entity => entityChange.HeldByOtherArticles.Contains(entity) || Others(entityChange.ArticlesOfEntity, entity, articleId));
        var eventCounts = Count(written.ReportDigests, previous.Reports, eventChange.EventOfReport, e => Others(eventChange.ArticlesOfEvent, e, articleId));
        return new IngestOutcome(previous.Exists ? IngestStatus.Updated : IngestStatus.Created, facts.Article.Id, entityCounts, eventCounts);
    }

    public bool Retract(string articleId)
    {
        var previous = PreviousVersion.Load(commands, articleId);
        if (!previous.Exists) return false;
        _claims.Delete(articleId);
        Derive(previous.Keys.ToList(), previous.Mentions.Keys.ToList(), previous.Reports.Keys.ToList());
        return true;
    }

    /// <summary>Records a curation decision on two mentions (a &lt; b) and derives their entities and events again.</summary>
    public void RecordDecision(string mentionA, string mentionB, string decision, string? note)
    {
        commands.Execute("INSERT OR REPLACE INTO merge_decisions (mention_a, mention_b, decision, note) VALUES ($p0, $p1, $p2, $p3)",
            mentionA, mentionB, decision, note);
        Rederive([mentionA, mentionB]);
    }

    /// <summary>Derives again the entities (and their events) of the given mentions, after their decisions changed.</summary>
    public void Rederive(IReadOnlyCollection<string> mentionIds)
    {
        var keys = new List<string>();
        using (var reader = commands.Query("SELECT DISTINCT key FROM mention_keys WHERE mention_id IN (SELECT value FROM json_each($p0))", JsonColumns.List(mentionIds)))
        {
            while (reader.Read()) keys.Add(reader.GetString(0));
        }
        Derive(keys, [], [], rewriteAll: true);
    }

    private (EntityChange Entities, EventChange Events) Derive(List<string> seedKeys, List<string> removedMentionIds,
        IReadOnlyCollection<string> seedReportIds, bool rewriteAll = false, EntityChange? absorbed = null,
        Dictionary<string, string>? writtenMentions = null)
    {
        var entityChange = seedKeys.Count == 0 && removedMentionIds.Count == 0
            ? new EntityChange()
            : _entities.Derive(seedKeys, removedMentionIds, rewriteAll);
        if (absorbed is not null) entityChange.Add(absorbed);
        var seeds = new HashSet<string>(seedReportIds, StringComparer.Ordinal);
        // The written mentions' reports are the written reports, seeds already.
        var changedElsewhere = entityChange.ChangedMentionIds.Where(id => writtenMentions?.ContainsKey(id) != true).ToList();
        if (changedElsewhere.Count > 0)
        {
            using var reader = commands.Query(ReportsOfMentions, JsonColumns.List(changedElsewhere));
            while (reader.Read()) seeds.Add(reader.GetString(0));
        }
        var eventChange = seeds.Count == 0 ? new EventChange() : _events.Derive(seeds);
        return (entityChange, eventChange);
    }

    private static IngestCounts Count(Dictionary<string, string> written, Dictionary<string, string> previous,
        Dictionary<string, string> nodeOfClaim, Func<string, bool> supportedByOtherArticles)
    {
        int created = 0, merged = 0, unchanged = 0;
        foreach (var (claimId, digest) in written)
        {
            if (previous.TryGetValue(claimId, out var before) && before == digest) unchanged++;
            else if (nodeOfClaim.TryGetValue(claimId, out var node) && supportedByOtherArticles(node)) merged++;
            else created++;
        }
        return new IngestCounts(created, merged, unchanged);
    }

    private static bool Others(Dictionary<string, HashSet<string>> articlesOfNode, string node, string articleId) =>
        articlesOfNode.TryGetValue(node, out var articles) && articles.Any(a => a != articleId);
}
