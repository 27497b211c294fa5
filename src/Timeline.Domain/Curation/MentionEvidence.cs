using Timeline.Domain.Resolution;

namespace Timeline.Domain.Curation;

/// <summary>
/// What a mention can join others by: all its keys, the part of them that only its sameAs entries
/// give (so a shared key can be told apart as sameAs evidence), and its external ids.
/// </summary>
public sealed record MentionEvidence(EntityMention Mention, IReadOnlyList<string> Keys, HashSet<string> SameAsKeys,
    IReadOnlyList<(string Scheme, string Value)> ExternalIds)
{
    public static MentionEvidence Of(EntityMention mention)
    {
        var keys = EntityKeys.For(mention);
        var plain = mention.SameAs.Count == 0 ? keys : EntityKeys.For(mention with { SameAs = [] });
        var sameAs = keys.Except(plain, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return new MentionEvidence(mention, keys, sameAs, EntityKeys.ExternalIdsOf(mention));
    }
}
