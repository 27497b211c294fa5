using Timeline.Domain.Ports;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>Replaces an article's claims: one statement per kind of claim node, each an UNWIND batch.</summary>
internal sealed class ClaimsWriter(ICypherRunner cypher)
{
    public async Task DeleteAsync(string articleId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await cypher.RunAsync("article-delete", CypherParameters.Of(("articleId", articleId)), cancellationToken);
        await cypher.RunAsync("mention-keys-delete-orphans", CypherParameters.Of(("keys", CypherParameters.Ids(keys))), cancellationToken);
    }

    public async Task<WrittenClaims> WriteAsync(ArticleFacts facts, CancellationToken cancellationToken)
    {
        var a = facts.Article;
        var written = new WrittenClaims();
        await cypher.RunAsync("article-create", CypherParameters.Of(("article", CypherParameters.Of(
            ("id", a.Id), ("url", a.Url), ("title", a.Title), ("publisher", a.Publisher), ("published", a.Published),
            ("language", a.Language), ("contentHash", a.ContentHash)))), cancellationToken);

        var mentions = new List<object?>();
        foreach (var e in facts.Entities)
        {
            var id = ClaimIds.For(a.Id, e.Key);
            var mention = new EntityMention(id, a.Id, e.Kind, e.Name, e.Aliases, e.ExternalIds, e.SameAs, e.Description, e.Quote);
            var kind = EntityKinds.Name(e.Kind);
            var externalIds = JsonText.Map(e.ExternalIds);
            var digest = ClaimDigest.Of(kind, e.Name, JsonText.List(e.Aliases), externalIds, JsonText.List(e.SameAs), e.Description, e.Quote);
            var keys = EntityKeys.For(mention).Distinct(StringComparer.Ordinal).ToList();
            written.Keys.UnionWith(keys);
            written.MentionDigests[id] = digest;
            mentions.Add(CypherParameters.Of(
                ("props", CypherParameters.Of(("id", id), ("articleId", a.Id), ("kind", kind), ("name", e.Name), ("aliases", e.Aliases.ToList()),
                    ("externalIds", externalIds), ("sameAs", e.SameAs.ToList()), ("description", e.Description), ("quote", e.Quote), ("digest", digest))),
                ("keys", keys)));
        }
        await cypher.RunAsync("mentions-create", CypherParameters.Of(("articleId", a.Id), ("rows", mentions)), cancellationToken);

        var participantsByEvent = facts.Participations.ToLookup(p => p.EventKey, StringComparer.Ordinal);
        var reports = new List<object?>();
        var participants = new List<object?>();
        foreach (var e in facts.Events)
        {
            var id = ClaimIds.For(a.Id, e.Key);
            var place = e.PlaceKey is null ? null : ClaimIds.For(a.Id, e.PlaceKey);
            var eventParticipants = participantsByEvent[e.Key].ToList();
            var digest = ClaimDigest.Of([e.Type, e.Title, e.Summary, e.When.Value, e.When.Precision.ToString(), DateText.Format(e.When.Earliest),
                DateText.Format(e.When.Latest), e.When.Text, place, JsonText.List(e.Tags), e.Quote,
                .. eventParticipants.Select(p => p.EntityKey + "\u001e" + p.Role + "\u001e" + p.Quote)]);
            reports.Add(CypherParameters.Of(("id", id), ("articleId", a.Id), ("type", e.Type), ("title", e.Title), ("summary", e.Summary),
                ("whenValue", e.When.Value), ("whenPrecision", e.When.Precision.ToString()), ("earliest", e.When.Earliest), ("latest", e.When.Latest),
                ("whenText", e.When.Text), ("placeMentionId", place), ("tags", e.Tags.ToList()), ("quote", e.Quote), ("digest", digest)));
            for (var i = 0; i < eventParticipants.Count; i++)
            {
                var p = eventParticipants[i];
                participants.Add(CypherParameters.Of(("reportId", id), ("ordinal", (long)i), ("mentionId", ClaimIds.For(a.Id, p.EntityKey)),
                    ("role", p.Role), ("quote", p.Quote)));
            }
            written.ReportDigests[id] = digest;
        }
        await cypher.RunAsync("reports-create", CypherParameters.Of(("articleId", a.Id), ("rows", reports)), cancellationToken);
        await cypher.RunAsync("report-participants-create", CypherParameters.Of(("rows", participants)), cancellationToken);

        var relations = new List<object?>();
        for (var i = 0; i < facts.Relations.Count; i++)
        {
            var r = facts.Relations[i];
            var row = CypherParameters.Of(("id", ClaimIds.ForRelation(a.Id, i)), ("articleId", a.Id), ("ordinal", (long)i), ("type", r.Type),
                ("ends", r.Ends == RelationEnds.Events ? "event" : "entity"), ("subjectRef", ClaimIds.For(a.Id, r.SubjectKey)),
                ("objectRef", ClaimIds.For(a.Id, r.ObjectKey)), ("quote", r.Quote));
            AddTime(row, "start", r.Start);
            AddTime(row, "end", r.End);
            relations.Add(row);
        }
        await cypher.RunAsync("relation-claims-create", CypherParameters.Of(("articleId", a.Id), ("rows", relations)), cancellationToken);
        return written;
    }

    private static void AddTime(Dictionary<string, object?> row, string prefix, TimePoint? time)
    {
        row[prefix + "Value"] = time?.Value;
        row[prefix + "Precision"] = time?.Precision.ToString();
        row[prefix + "Earliest"] = time?.Earliest;
        row[prefix + "Latest"] = time?.Latest;
        row[prefix + "Text"] = time?.Text;
    }
}
