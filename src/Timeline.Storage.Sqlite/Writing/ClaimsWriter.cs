using Timeline.Domain.Ports;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>Replaces an article's claims: deletes the previous version's rows (by cascade) and writes the new ones.</summary>
internal sealed class ClaimsWriter(CommandCache commands)
{
    private const string InsertArticle =
        "INSERT INTO articles (id, url, title, publisher, published, language, content_hash) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)";
    private static readonly string InsertMentions = RowBatch.InsertSql("mentions",
        "mention_id, article_id, kind, name, aliases, external_ids, same_as, description, quote, digest");
    private static readonly string InsertKeys = RowBatch.InsertSql("mention_keys", "key, mention_id", "INSERT OR IGNORE");
    private static readonly string InsertReports = RowBatch.InsertSql("reports",
        "report_id, article_id, type, title, summary, when_value, when_precision, earliest, latest, when_text, place_mention_id, tags, quote, digest");
    private static readonly string InsertParticipants = RowBatch.InsertSql("report_participants", "report_id, ordinal, mention_id, role, quote");
    private const string InsertRelation =
        "INSERT INTO relation_claims (article_id, ordinal, type, ends, subject_ref, object_ref, start_value, start_precision, start_earliest, start_latest, start_text, end_value, end_precision, end_earliest, end_latest, end_text, quote) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16)";

    public void Delete(string articleId) => commands.Execute("DELETE FROM articles WHERE id = $p0", articleId);

    public WrittenClaims Write(ArticleFacts facts)
    {
        var a = facts.Article;
        var written = new WrittenClaims();
        var mentionRows = new RowBatch();
        var keyRows = new RowBatch();
        var reportRows = new RowBatch();
        var participantRows = new RowBatch();
        commands.Execute(InsertArticle, a.Id, a.Url, a.Title, a.Publisher, DateColumns.Format(a.Published), a.Language, a.ContentHash);
        foreach (var e in facts.Entities)
        {
            var id = ClaimIds.For(a.Id, e.Key);
            var mention = new EntityMention(id, a.Id, e.Kind, e.Name, e.Aliases, e.ExternalIds, e.SameAs, e.Description, e.Quote);
            var aliases = JsonColumns.List(e.Aliases);
            var externalIds = JsonColumns.Map(e.ExternalIds);
            var sameAs = JsonColumns.List(e.SameAs);
            var kind = EntityKinds.Name(e.Kind);
            var digest = ClaimDigest.Of(kind, e.Name, aliases, externalIds, sameAs, e.Description, e.Quote);
            mentionRows.Add(id, a.Id, kind, e.Name, aliases, externalIds, sameAs, e.Description, e.Quote, digest);
            foreach (var key in EntityKeys.For(mention))
            {
                keyRows.Add(key, id);
                written.Keys.Add(key);
            }
            written.Mentions.Add(mention);
            written.MentionDigests[id] = digest;
        }

        var participantsByEvent = facts.Participations.ToLookup(p => p.EventKey, StringComparer.Ordinal);
        foreach (var e in facts.Events)
        {
            var id = ClaimIds.For(a.Id, e.Key);
            var place = e.PlaceKey is null ? null : ClaimIds.For(a.Id, e.PlaceKey);
            var tags = JsonColumns.List(e.Tags);
            var participants = participantsByEvent[e.Key].ToList();
            var digest = ClaimDigest.Of([e.Type, e.Title, e.Summary, e.When.Value, e.When.Precision.ToString(), DateColumns.Format(e.When.Earliest),
                DateColumns.Format(e.When.Latest), e.When.Text, place, tags, e.Quote,
                .. participants.Select(p => p.EntityKey + "\u001e" + p.Role + "\u001e" + p.Quote)]);
            reportRows.Add(id, a.Id, e.Type, e.Title, e.Summary, e.When.Value, DateColumns.Precision(e.When.Precision),
                DateColumns.Format(e.When.Earliest), DateColumns.Format(e.When.Latest), e.When.Text, place, tags, e.Quote, digest);
            for (var i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                participantRows.Add(id, i, ClaimIds.For(a.Id, p.EntityKey), p.Role, p.Quote);
            }
            written.ReportDigests[id] = digest;
        }

        mentionRows.InsertWith(commands, InsertMentions);
        keyRows.InsertWith(commands, InsertKeys);
        reportRows.InsertWith(commands, InsertReports);
        participantRows.InsertWith(commands, InsertParticipants);

        for (var i = 0; i < facts.Relations.Count; i++)
        {
            var r = facts.Relations[i];
            var ends = r.Ends == RelationEnds.Events ? "event" : "entity";
            commands.Execute(InsertRelation, [a.Id, i, r.Type, ends, ClaimIds.For(a.Id, r.SubjectKey), ClaimIds.For(a.Id, r.ObjectKey),
                .. TimeParts(r.Start), .. TimeParts(r.End), r.Quote]);
        }
        return written;
    }

    private static object?[] TimeParts(TimePoint? time) => time is null
        ? [null, null, null, null, null]
        : [time.Value, DateColumns.Precision(time.Precision), DateColumns.Format(time.Earliest), DateColumns.Format(time.Latest), time.Text];
}
