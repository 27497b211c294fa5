using System.Runtime.CompilerServices;

namespace Timeline.Domain.Resolution;

/// <summary>A mention with what resolution reads from it computed once: keys, external ids, names as written and in folded form.</summary>
internal sealed record MentionFacts(
    EntityMention Mention,
    IReadOnlyList<string> Keys,
    IReadOnlyList<(string Scheme, string Value)> ExternalIds,
    IReadOnlyList<string> Names,
    string DisplayName)
{
    // A store may hand the same mention to many resolutions (a hub's component is resolved with every
    // article that names it); what is read from it is computed once per mention object.
    private static readonly ConditionalWeakTable<EntityMention, MentionFacts> Known = [];

    public static MentionFacts Of(EntityMention mention) => Known.GetValue(mention, Compute);

    private static MentionFacts Compute(EntityMention mention)
    {
        return new MentionFacts(
            mention,
            EntityKeys.For(mention),
            EntityKeys.ExternalIdsOf(mention),
            EntityKeys.NamesOf(mention),
            DisplayNameOf(mention.Name));
    }

    /// <summary>The name a mention gives, as an entity's name is chosen from: without its parenthesised parts.</summary>
    public static string DisplayNameOf(string name)
    {
        var display = NameKey.Split(name).Main;
        return display.Length > 0 ? display : name.Trim();
    }
}
