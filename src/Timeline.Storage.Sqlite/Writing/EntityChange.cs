namespace Timeline.Storage.Sqlite.Writing;

/// <summary>What deriving entities again changed: which mentions now belong elsewhere, and where each now belongs.</summary>
internal sealed class EntityChange
{
    /// <summary>Mentions whose entity id changed, appeared or disappeared.</summary>
    public HashSet<string> ChangedMentionIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Current entity of every mention of the derived clusters.</summary>
    public Dictionary<string, string> EntityOfMention { get; } = new(StringComparer.Ordinal);

    /// <summary>Articles supporting each derived entity.</summary>
    public Dictionary<string, HashSet<string>> ArticlesOfEntity { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Entities that new mentions joined without their members being read (absorbing): every member they
    /// had comes from an article other than the one being ingested, which is new.
    /// </summary>
    public HashSet<string> HeldByOtherArticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds what a derivation of other entities changed.</summary>
    public void Add(EntityChange other)
    {
        ChangedMentionIds.UnionWith(other.ChangedMentionIds);
        foreach (var (mention, entity) in other.EntityOfMention) EntityOfMention[mention] = entity;
        foreach (var (entity, articles) in other.ArticlesOfEntity) ArticlesOfEntity[entity] = articles;
        HeldByOtherArticles.UnionWith(other.HeldByOtherArticles);
    }
}
