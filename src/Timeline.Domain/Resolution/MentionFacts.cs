namespace Timeline.Domain.Resolution;

/// <summary>A mention with what resolution reads from it computed once: keys, external ids, names as written and in folded form.</summary>
internal sealed record MentionFacts(
    EntityMention Mention,
    IReadOnlyList<string> Keys,
    IReadOnlyList<(string Scheme, string Value)> ExternalIds,
    IReadOnlyList<string> Names,
    string DisplayName)
{
    public static MentionFacts Of(EntityMention mention)
    {
        var names = EntityKeys.NamesOf(mention);
        var display = NameKey.Split(mention.Name).Main;
        return new MentionFacts(
            mention,
            EntityKeys.For(mention),
            EntityKeys.ExternalIdsOf(mention),
            names,
            display.Length > 0 ? display : mention.Name.Trim());
    }
}
