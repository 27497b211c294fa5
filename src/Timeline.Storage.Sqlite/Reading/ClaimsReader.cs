using Microsoft.Data.Sqlite;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.Storage.Sqlite.Columns;

namespace Timeline.Storage.Sqlite.Reading;

/// <summary>
/// Rebuilds each article's <see cref="ArticleFacts"/> from the claim tables (the inverse of the claims
/// writer: local keys are the claim ids without their "{articleId}#" prefix) and lists the curation
/// decisions. One read transaction, so a concurrent ingest cannot leave the picture half old, half new.
/// </summary>
internal static class ClaimsReader
{
    private sealed record ReportRow(string ArticleId, string Key, ArticleEvent Event);

    private sealed record ParticipantRow(string ReportId, ArticleParticipation Participation);

    public static async Task<StoredClaims> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Deferred: a read transaction that takes no write lock, only a consistent snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);

        var articles = await ListAsync(connection, transaction,
            "SELECT id, url, title, publisher, published, language, content_hash FROM articles",
            r => new Article(r.GetString(0), r.NullableString(1), r.GetString(2), r.NullableString(3), DateColumns.Parse(r.GetString(4)),
                r.NullableString(5), r.GetString(6)), cancellationToken);

        var entities = await ListAsync(connection, transaction,
            "SELECT article_id, mention_id, kind, name, aliases, external_ids, same_as, description, quote FROM mentions",
            r => (ArticleId: r.GetString(0), Entity: new ArticleEntity(LocalKey(r.GetString(0), r.GetString(1)), EntityKinds.Parse(r.GetString(2)),
                r.GetString(3), JsonColumns.ReadList(r.GetString(4)), r.NullableString(7), JsonColumns.ReadMap(r.GetString(5)),
                JsonColumns.ReadList(r.GetString(6)), r.GetString(8))), cancellationToken);

        var reports = await ListAsync(connection, transaction,
            "SELECT article_id, report_id, type, title, summary, when_value, when_precision, earliest, latest, when_text, place_mention_id, tags, quote FROM reports",
            r =>
            {
                var articleId = r.GetString(0);
                var place = r.NullableString(10);
                var key = LocalKey(articleId, r.GetString(1));
                return new ReportRow(articleId, r.GetString(1), new ArticleEvent(key, r.GetString(2), r.GetString(3), r.NullableString(4),
                    DateColumns.Read(r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.NullableString(9)),
                    place is null ? null : LocalKey(articleId, place), JsonColumns.ReadList(r.GetString(11)), r.GetString(12)));
            }, cancellationToken);
        var reportsById = reports.ToDictionary(r => r.Key, StringComparer.Ordinal);

        var participants = await ListAsync(connection, transaction,
            "SELECT report_id, mention_id, role, quote FROM report_participants ORDER BY report_id, ordinal",
            r =>
            {
                var report = reportsById[r.GetString(0)];
                return new ParticipantRow(report.Key, new ArticleParticipation(report.Event.Key, LocalKey(report.ArticleId, r.GetString(1)),
                    r.GetString(2), r.GetString(3)));
            }, cancellationToken);

        var relations = await ListAsync(connection, transaction,
            """
            SELECT article_id, type, ends, subject_ref, object_ref,
                   start_value, start_precision, start_earliest, start_latest, start_text,
                   end_value, end_precision, end_earliest, end_latest, end_text, quote
            FROM relation_claims ORDER BY article_id, ordinal
            """,
            r =>
            {
                var articleId = r.GetString(0);
                var ends = r.GetString(2) == "event" ? RelationEnds.Events : RelationEnds.Entities;
                return (ArticleId: articleId, Relation: new ArticleRelation(r.GetString(1), ends, LocalKey(articleId, r.GetString(3)),
                    LocalKey(articleId, r.GetString(4)), Time(r, 5), Time(r, 10), r.GetString(15)));
            }, cancellationToken);

        var decisions = await ListAsync(connection, transaction,
            "SELECT mention_a, mention_b, decision, note FROM merge_decisions",
            r => new MergeRecord(r.GetString(0), r.GetString(1), r.GetString(2) == "same" ? MergeDecision.Same : MergeDecision.Different,
                r.NullableString(3)), cancellationToken);

        var entitiesByArticle = entities.ToLookup(e => e.ArticleId, e => e.Entity, StringComparer.Ordinal);
        var reportsByArticle = reports.ToLookup(r => r.ArticleId, StringComparer.Ordinal);
        var participantsByReport = participants.ToLookup(p => p.ReportId, p => p.Participation, StringComparer.Ordinal);
        var relationsByArticle = relations.ToLookup(r => r.ArticleId, r => r.Relation, StringComparer.Ordinal);

        var facts = articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a =>
            {
                var articleReports = reportsByArticle[a.Id].OrderBy(r => r.Event.Key, StringComparer.Ordinal).ToList();
                return new ArticleFacts(
                    a,
                    entitiesByArticle[a.Id].OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
                    articleReports.Select(r => r.Event).ToList(),
                    articleReports.SelectMany(r => participantsByReport[r.Key]).ToList(),
                    relationsByArticle[a.Id].ToList());
            })
            .ToList();
        var sortedDecisions = decisions
            .OrderBy(d => d.MentionA, StringComparer.Ordinal)
            .ThenBy(d => d.MentionB, StringComparer.Ordinal)
            .ToList();
        await transaction.CommitAsync(cancellationToken);
        return new StoredClaims(facts, sortedDecisions);
    }

    private static string LocalKey(string articleId, string claimId) =>
        claimId.Length > articleId.Length && claimId.StartsWith(articleId + "#", StringComparison.Ordinal)
            ? claimId[(articleId.Length + 1)..]
            : throw new InvalidOperationException($"Stored claim id \"{claimId}\" does not belong to article \"{articleId}\".");

    private static TimePoint? Time(SqliteDataReader r, int first) => r.IsDBNull(first)
        ? null
        : DateColumns.Read(r.GetString(first), r.GetString(first + 1), r.GetString(first + 2), r.GetString(first + 3), r.NullableString(first + 4));

    private static async Task<List<T>> ListAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string sql,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        using var command = Sql.Command(connection, sql);
        command.Transaction = transaction;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(read(reader));
        return list;
    }
}
