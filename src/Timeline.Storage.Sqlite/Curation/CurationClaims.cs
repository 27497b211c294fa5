using Timeline.Domain.Curation;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Domain.Model;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>The mention claims and curation decisions behind entities, read back for curation.</summary>
internal static class CurationClaims
{
    private const string Mentions = """
        SELECT mention_id, article_id, kind, name, aliases, external_ids, same_as, description, quote, digest
        FROM mentions WHERE mention_id IN (SELECT value FROM json_each($p0))
        """;

    private const string AnyDecision = "SELECT EXISTS (SELECT 1 FROM merge_decisions)";

    private const string Decisions = """
        SELECT mention_a, mention_b, decision, note FROM merge_decisions
        WHERE mention_a IN (SELECT value FROM json_each($p0)) AND mention_b IN (SELECT value FROM json_each($p0))
        """;

    /// <summary>The mentions of the given ids, ordered by id.</summary>
    public static List<EntityMention> LoadMentions(IRowReader rows, IEnumerable<string> mentionIds)
    {
        var mentions = LoadMentionsWithDigests(rows, mentionIds).Select(m => m.Mention).ToList();
        mentions.Sort((a, b) => string.CompareOrdinal(a.MentionId, b.MentionId));
        return mentions;
    }

    /// <summary>The mentions of the given ids, each with the digest of its fields.</summary>
    public static List<(EntityMention Mention, string Digest)> LoadMentionsWithDigests(IRowReader rows, IEnumerable<string> mentionIds)
    {
        var mentions = new List<(EntityMention, string)>();
        using var reader = rows.Query(Mentions, JsonColumns.List(mentionIds));
        while (reader.Read())
        {
            mentions.Add((new EntityMention(reader.GetString(0), reader.GetString(1), EntityKinds.Parse(reader.GetString(2)), reader.GetString(3),
                JsonColumns.ReadList(reader.GetString(4)), JsonColumns.ReadMap(reader.GetString(5)), JsonColumns.ReadList(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8)), reader.GetString(9)));
        }
        return mentions;
    }

    /// <summary>Whether any curator has decided on any pair of mentions.</summary>
    public static bool AnyDecisions(IRowReader rows)
    {
        using var reader = rows.Query(AnyDecision);
        return reader.Read() && reader.GetInt64(0) != 0;
    }

    /// <summary>Decisions whose two mentions are both among the given ones, ordered by pair.</summary>
    public static List<StoredDecision> LoadDecisions(IRowReader rows, IEnumerable<string> mentionIds)
    {
        var decisions = new List<StoredDecision>();
        using (var reader = rows.Query(Decisions, JsonColumns.List(mentionIds)))
        {
            while (reader.Read())
            {
                decisions.Add(new StoredDecision(reader.GetString(0), reader.GetString(1), reader.GetString(2) == "same",
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }
        decisions.Sort((a, b) =>
        {
            var first = string.CompareOrdinal(a.MentionA, b.MentionA);
            return first != 0 ? first : string.CompareOrdinal(a.MentionB, b.MentionB);
        });
        return decisions;
    }
}
