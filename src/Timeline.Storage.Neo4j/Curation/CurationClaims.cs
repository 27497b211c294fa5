using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Curation;

/// <summary>The mention claims and curation decisions behind entities, read back for curation.</summary>
internal static class CurationClaims
{
    /// <summary>The mentions of the given ids, ordered by id.</summary>
    public static async Task<List<EntityMention>> LoadMentionsAsync(ICypherRunner cypher, IEnumerable<string> mentionIds, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("mentions-load", CypherParameters.Of(("ids", CypherParameters.Ids(mentionIds))), cancellationToken);
        var mentions = rows.Select(r => new EntityMention(r.Text("id"), r.Text("articleId"), EntityKinds.Parse(r.Text("kind")), r.Text("name"),
            r.TextList("aliases"), JsonText.ReadMap(r.Text("externalIds")), r.TextList("sameAs"), r.TextOrNull("description"), r.Text("quote"))).ToList();
        mentions.Sort((a, b) => string.CompareOrdinal(a.MentionId, b.MentionId));
        return mentions;
    }

    /// <summary>Decisions whose two mentions are both among the given ones, ordered by pair.</summary>
    public static async Task<List<StoredDecision>> LoadDecisionsAsync(ICypherRunner cypher, IEnumerable<string> mentionIds, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("merge-decisions-load", CypherParameters.Of(("ids", CypherParameters.Ids(mentionIds))), cancellationToken);
        var decisions = rows.Select(r => new StoredDecision(r.Text("mentionA"), r.Text("mentionB"), r.Text("decision") == "same", r.TextOrNull("note"))).ToList();
        decisions.Sort((a, b) =>
        {
            var first = string.CompareOrdinal(a.MentionA, b.MentionA);
            return first != 0 ? first : string.CompareOrdinal(a.MentionB, b.MentionB);
        });
        return decisions;
    }
}
