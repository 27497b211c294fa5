namespace Timeline.Domain.Resolution;

/// <summary>
/// New mentions joining one resolved entity, computed from the entity and tallies of its members instead
/// of resolving every member again: a hub ("United States") gains a mention with most articles, and
/// resolving its whole key component each time costs as much as the hub is large.
/// <para>
/// The result is what <see cref="EntityResolver"/> gives for the members and the joining mentions
/// together, provided the caller has checked that their key component holds nothing else (no other
/// entity or mention shares a key with them) and that no curator decision concerns them. Absorbing then
/// needs, and this checks, that no union can be refused whatever the order: the joining mentions carry
/// no external id or sameAs, and the entity holds at most one external id of each scheme. The
/// component is then one cluster, whose name and description go by majority over all members, whose
/// names and keys are unions, and whose id must stay the same.
/// </para>
/// </summary>
public static class EntityAbsorption
{
    /// <summary>
    /// The entity with <paramref name="joining"/> among its members, or null when absorbing cannot be
    /// shown to equal resolving (the caller resolves the component).
    /// </summary>
    /// <param name="entity">
    /// The entity as resolved from its members. Its <see cref="ResolvedEntity.MentionIds"/> are the members the
    /// caller knows (the result lists them and the joining mentions); the tallies count every member.
    /// </param>
    /// <param name="memberNames">How many members give each name, as written.</param>
    /// <param name="memberDescriptions">How many members give each description (blank ones may be left out).</param>
    /// <param name="joining">New mentions of the entity's kind, none of them a member yet.</param>
    public static ResolvedEntity? Absorb(ResolvedEntity entity, IReadOnlyDictionary<string, int> memberNames,
        IReadOnlyDictionary<string, int> memberDescriptions, IReadOnlyList<EntityMention> joining)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(memberNames);
        ArgumentNullException.ThrowIfNull(memberDescriptions);
        ArgumentNullException.ThrowIfNull(joining);
        if (joining.Count == 0 || joining.Any(m => m.Kind != entity.Kind || m.ExternalIds.Count > 0 || m.SameAs.Count > 0)
            || !OneIdPerScheme(entity)
            || NameKey.Split(entity.Name).Main != entity.Name)
        {
            return null;
        }

        var facts = joining.Select(MentionFacts.Of).ToList();
        var keys = entity.Keys.Concat(facts.SelectMany(f => f.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var id = EntityIds.ForKey(entity.Kind, EntityIds.IdentifyingKey([.. entity.ExternalIds.Select(e => (e.Key, e.Value))], keys));
        if (id != entity.Id)
        {
            return null;
        }

        // The entity's name is one of its members' names (checked above), so its names are its name and aliases.
        var names = entity.Aliases.Append(entity.Name).Concat(facts.SelectMany(f => f.Names)).Distinct(StringComparer.Ordinal).ToList();
        var name = Majority.OfNames(Expand(memberNames.Select(p => (MentionFacts.DisplayNameOf(p.Key), p.Value)))
            .Concat(facts.Select(f => f.DisplayName)))!;
        var description = Majority.Of(Expand(memberDescriptions.Select(p => (p.Key, p.Value)))
            .Concat(joining.Select(m => m.Description).OfType<string>())
            .Where(d => !string.IsNullOrWhiteSpace(d)));
        return entity with
        {
            Name = name,
            Aliases = [.. names.Where(n => n != name).Order(StringComparer.Ordinal)],
            Description = description,
            MentionIds = [.. entity.MentionIds.Concat(joining.Select(m => m.MentionId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Keys = keys,
        };
    }

    /// <summary>Every external-id key of the entity is the one value of its scheme (web addresses aside, which never conflict).</summary>
    private static bool OneIdPerScheme(ResolvedEntity entity)
    {
        var namePrefix = EntityKeys.KindPrefix(entity.Kind) + ":";
        var external = entity.Keys.Count(k => !k.StartsWith(namePrefix, StringComparison.Ordinal)
            && !k.StartsWith(EntityKeys.UrlScheme + ":", StringComparison.Ordinal));
        return external == entity.ExternalIds.Count;
    }

    private static IEnumerable<string> Expand(IEnumerable<(string Value, int Count)> tallies) =>
        tallies.SelectMany(t => Enumerable.Repeat(t.Value, t.Count));
}
