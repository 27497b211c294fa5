namespace Timeline.Storage.Sqlite.Writing;

/// <summary>What the store held for an article before a new version replaces it.</summary>
internal sealed class PreviousVersion
{
    public string? ContentHash { get; init; }

    /// <summary>Mention id to digest of its fields.</summary>
    public Dictionary<string, string> Mentions { get; } = new(StringComparer.Ordinal);

    /// <summary>Report id to digest of its fields.</summary>
    public Dictionary<string, string> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys the article's mentions were filed under.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public bool Exists => ContentHash is not null;

    public static PreviousVersion Load(CommandCache commands, string articleId)
    {
        var hash = commands.Scalar("SELECT content_hash FROM articles WHERE id = $p0", articleId) as string;
        var previous = new PreviousVersion { ContentHash = hash };
        if (hash is null) return previous;
        using (var reader = commands.Query("SELECT mention_id, digest FROM mentions WHERE article_id = $p0", articleId))
        {
            while (reader.Read()) previous.Mentions[reader.GetString(0)] = reader.GetString(1);
        }
        using (var reader = commands.Query("SELECT report_id, digest FROM reports WHERE article_id = $p0", articleId))
        {
            while (reader.Read()) previous.Reports[reader.GetString(0)] = reader.GetString(1);
        }
        using (var reader = commands.Query(
            "SELECT mk.key FROM mentions m JOIN mention_keys mk ON mk.mention_id = m.mention_id WHERE m.article_id = $p0", articleId))
        {
            while (reader.Read()) previous.Keys.Add(reader.GetString(0));
        }
        return previous;
    }
}
