using Timeline.Domain.Resolution;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Mentions read back for derivation, kept across documents by id and digest. A hub's key component is
/// derived again with every article that names it, and its mentions do not change in between; a mention
/// whose digest differs (a new version of its article) is read again. Emptied when full.
/// </summary>
internal sealed class MentionCache
{
    private const int Capacity = 20_000;
    private readonly Dictionary<string, (string Digest, EntityMention Mention)> _mentions = new(StringComparer.Ordinal);

    public EntityMention? Find(string mentionId, string digest) =>
        _mentions.TryGetValue(mentionId, out var known) && known.Digest == digest ? known.Mention : null;

    public void Add(string digest, EntityMention mention)
    {
        if (_mentions.Count >= Capacity) _mentions.Clear();
        _mentions[mention.MentionId] = (digest, mention);
    }
}
