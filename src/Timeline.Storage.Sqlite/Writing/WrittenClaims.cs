using Timeline.Domain.Resolution;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>The claims of the new version of an article, as written.</summary>
internal sealed class WrittenClaims
{
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Every key the new mentions are filed under.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Mention id to digest of its fields.</summary>
    public Dictionary<string, string> MentionDigests { get; } = new(StringComparer.Ordinal);

    /// <summary>Report id to digest of its fields.</summary>
    public Dictionary<string, string> ReportDigests { get; } = new(StringComparer.Ordinal);
}
