using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>
/// Rebuilds each article's <see cref="ArticleFacts"/> from the claim nodes (the inverse of the claims
/// writer: local keys are the claim ids without their "{articleId}#" prefix) and lists the curation
/// decisions. The caller runs it inside a transaction holding the writer lock, so no ingest can leave the
/// picture half old, half new (Neo4j reads are read-committed, not snapshots).
/// </summary>
internal static class ClaimsReader
{
    public static async Task<StoredClaims> ReadAsync(ICypherRunner cypher, CancellationToken cancellationToken)
    {
        var articles = (await cypher.RunAsync("export-articles", CypherParameters.None, cancellationToken)).Select(r =>
        {
            var a = r.Map("row");
            return new Article(a.Text("id"), a.TextOrNull("url"), a.Text("title"), a.TextOrNull("publisher"),
                a.DateOrNull("published") ?? throw Broken("article " + a.Text("id"), "published"), a.TextOrNull("language"), a.Text("contentHash"));
        }).ToList();

        var entities = (await cypher.RunAsync("export-mentions", CypherParameters.None, cancellationToken)).Select(r =>
        {
            var m = r.Map("row");
            var articleId = m.Text("articleId");
            return (ArticleId: articleId, Entity: new ArticleEntity(LocalKey(articleId, m.Text("id")), EntityKinds.Parse(m.Text("kind")), m.Text("name"),
                RecordValues.TextList(m.GetValueOrDefault("aliases"), "aliases"), m.TextOrNull("description"), JsonText.ReadMap(m.Text("externalIds")),
                RecordValues.TextList(m.GetValueOrDefault("sameAs"), "sameAs"), m.Text("quote")));
        }).ToList();

        var reports = new List<(string ArticleId, ArticleEvent Event, List<(long Ordinal, ArticleParticipation Participation)> Participants)>();
        foreach (var r in await cypher.RunAsync("export-reports", CypherParameters.None, cancellationToken))
        {
            var x = r.Map("row");
            var articleId = x.Text("articleId");
            var key = LocalKey(articleId, x.Text("id"));
            var place = x.TextOrNull("placeMentionId");
            var when = RecordValues.Time(x.Text("whenValue"), x.Text("whenPrecision"), x.DateOrNull("earliest") ?? throw Broken(key, "earliest"),
                x.DateOrNull("latest") ?? throw Broken(key, "latest"), x.TextOrNull("whenText"));
            var participants = r.MapList("participants").Where(p => p.GetValueOrDefault("mentionId") is not null)
                .Select(p => (p.Integer("ordinal"), new ArticleParticipation(key, LocalKey(articleId, p.Text("mentionId")), p.Text("role"), p.Text("quote"))))
                .OrderBy(p => p.Item1).ToList();
            reports.Add((articleId, new ArticleEvent(key, x.Text("type"), x.Text("title"), x.TextOrNull("summary"), when,
                place is null ? null : LocalKey(articleId, place), RecordValues.TextList(x.GetValueOrDefault("tags"), "tags"), x.Text("quote")), participants));
        }

        var relations = (await cypher.RunAsync("export-relation-claims", CypherParameters.None, cancellationToken)).Select(r =>
        {
            var c = r.Map("row");
            var articleId = c.Text("articleId");
            var ends = c.Text("ends") == "event" ? RelationEnds.Events : RelationEnds.Entities;
            return (ArticleId: articleId, Ordinal: c.Integer("ordinal"), Relation: new ArticleRelation(c.Text("type"), ends,
                LocalKey(articleId, c.Text("subjectRef")), LocalKey(articleId, c.Text("objectRef")), Time(c, "start"), Time(c, "end"), c.Text("quote")));
        }).ToList();

        var decisions = (await cypher.RunAsync("export-merge-decisions", CypherParameters.None, cancellationToken)).Select(r =>
        {
            var d = r.Map("row");
            return new MergeRecord(d.Text("mentionA"), d.Text("mentionB"), d.Text("decision") == "same" ? MergeDecision.Same : MergeDecision.Different,
                d.TextOrNull("note"));
        }).OrderBy(d => d.MentionA, StringComparer.Ordinal).ThenBy(d => d.MentionB, StringComparer.Ordinal).ToList();

        var entitiesByArticle = entities.ToLookup(e => e.ArticleId, e => e.Entity, StringComparer.Ordinal);
        var reportsByArticle = reports.ToLookup(r => r.ArticleId, StringComparer.Ordinal);
        var relationsByArticle = relations.ToLookup(r => r.ArticleId, StringComparer.Ordinal);
        var facts = articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a =>
            {
                var articleReports = reportsByArticle[a.Id].OrderBy(r => r.Event.Key, StringComparer.Ordinal).ToList();
                return new ArticleFacts(
                    a,
                    entitiesByArticle[a.Id].OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
                    articleReports.Select(r => r.Event).ToList(),
                    articleReports.SelectMany(r => r.Participants.Select(p => p.Participation)).ToList(),
                    relationsByArticle[a.Id].OrderBy(r => r.Ordinal).Select(r => r.Relation).ToList());
            })
            .ToList();
        return new StoredClaims(facts, decisions);
    }

    private static string LocalKey(string articleId, string claimId) =>
        claimId.Length > articleId.Length && claimId.StartsWith(articleId + "#", StringComparison.Ordinal)
            ? claimId[(articleId.Length + 1)..]
            : throw new InvalidOperationException($"Stored claim id \"{claimId}\" does not belong to article \"{articleId}\".");

    private static TimePoint? Time(IReadOnlyDictionary<string, object?> claim, string prefix) =>
        claim.TextOrNull(prefix + "Value") is { } value
            ? RecordValues.Time(value, claim.Text(prefix + "Precision"), claim.DateOrNull(prefix + "Earliest") ?? throw Broken("relation claim", prefix),
                claim.DateOrNull(prefix + "Latest") ?? throw Broken("relation claim", prefix), claim.TextOrNull(prefix + "Text"))
            : null;

    private static InvalidOperationException Broken(string what, string field) => new($"Stored {what} has no {field}.");
}
