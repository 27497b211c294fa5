using Timeline.Neo4j.QueryApi;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// What the store held for an article before a new version replaces it, including where its mentions and
/// reports belonged: once the claims are deleted, that is the only record of which derived nodes they touched.
/// </summary>
internal sealed class PreviousVersion
{
    public string? ContentHash { get; private init; }

    /// <summary>Mention id to digest of its fields.</summary>
    public Dictionary<string, string> Mentions { get; } = new(StringComparer.Ordinal);

    /// <summary>Report id to digest of its fields.</summary>
    public Dictionary<string, string> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Mention id to the entity it belonged to.</summary>
    public Dictionary<string, string> EntityOfMention { get; } = new(StringComparer.Ordinal);

    /// <summary>Report id to the event it belonged to.</summary>
    public Dictionary<string, string> EventOfReport { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys the article's mentions were filed under.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public bool Exists => ContentHash is not null;

    public static async Task<PreviousVersion> LoadAsync(ICypherRunner cypher, string articleId, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("article-previous-version", CypherParameters.Of(("articleId", articleId)), cancellationToken);
        if (rows.Count == 0) return new PreviousVersion();
        var row = rows[0];
        var previous = new PreviousVersion { ContentHash = row.Text("contentHash") };
        foreach (var m in row.MapList("mentions"))
        {
            var id = m.Text("id");
            // A graph loaded from an export may lack digests: such a claim then counts as changed.
            previous.Mentions[id] = m.TextOrNull("digest") ?? string.Empty;
            if (m.TextOrNull("entityId") is { } entity) previous.EntityOfMention[id] = entity;
        }
        foreach (var r in row.MapList("reports"))
        {
            var id = r.Text("id");
            previous.Reports[id] = r.TextOrNull("digest") ?? string.Empty;
            if (r.TextOrNull("eventId") is { } evt) previous.EventOfReport[id] = evt;
        }
        previous.Keys.UnionWith(row.TextList("keys"));
        return previous;
    }
}
