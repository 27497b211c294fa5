using Timeline.Domain.Curation;
using Timeline.Domain.Ports;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Neo4j.Curation;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>
/// Derives canonical entities again for the clusters that some changed mentions touch: the closure over
/// shared keys (plus, when curators have decided anything, members of the same entities and confirmed
/// partners), loaded with Cypher, resolved whole by <see cref="EntityResolver"/>, written back in the
/// same transaction. Entities keep their node when their id survives, so their relationships do too.
/// Every entity written or removed is noted in <c>touchedEntities</c> for the cross-document candidates.
/// </summary>
internal sealed class EntityDeriver(ICypherRunner cypher, HashSet<string> touchedEntities)
{
    // Bounds the closure walk; a component this deep means the keys are broken, not that the graph is big.
    private const int MaxClosureSteps = 10_000;

    public async Task<EntityChange> DeriveAsync(IReadOnlyCollection<string> seedKeys, IReadOnlyDictionary<string, string> removedMentionEntities,
        CancellationToken cancellationToken)
    {
        var component = await ComponentAsync(seedKeys, cancellationToken);
        var mentions = await LoadMentionsAsync(component, cancellationToken);
        var oldEntityOf = new Dictionary<string, string>(removedMentionEntities, StringComparer.Ordinal);
        foreach (var (mention, entityId) in mentions)
        {
            if (entityId is not null) oldEntityOf[mention.MentionId] = entityId;
        }

        var resolution = EntityResolver.Resolve(mentions.Select(m => m.Mention).ToList(), await LoadOverridesAsync(component, cancellationToken));
        var oldEntityIds = CypherParameters.Ids(oldEntityOf.Values);
        var newEntityIds = resolution.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        touchedEntities.UnionWith(oldEntityIds);
        touchedEntities.UnionWith(newEntityIds);
        await cypher.RunAsync("merge-candidates-delete", CypherParameters.Of(("ids", oldEntityIds)), cancellationToken);
        await cypher.RunAsync("entities-delete", CypherParameters.Of(("ids", oldEntityIds.Where(id => !newEntityIds.Contains(id)).ToList())), cancellationToken);

        var change = new EntityChange();
        var articleOf = mentions.ToDictionary(m => m.Mention.MentionId, m => m.Mention.ArticleId, StringComparer.Ordinal);
        await WriteAsync(resolution.Entities, articleOf, change, cancellationToken);
        var candidates = resolution.Candidates.Select(c => (object?)CypherParameters.Of(("id", c.Id), ("leftEntityId", c.LeftEntityId),
            ("rightEntityId", c.RightEntityId), ("score", c.Score), ("evidence", c.Evidence))).ToList();
        await cypher.RunAsync("merge-candidates-write", CypherParameters.Of(("rows", candidates)), cancellationToken);

        await FormerIds.RecordAsync(cypher, oldEntityOf, change.EntityOfMention, cancellationToken);
        foreach (var (mentionId, oldEntity) in oldEntityOf)
        {
            if (!change.EntityOfMention.TryGetValue(mentionId, out var now) || now != oldEntity) change.ChangedMentionIds.Add(mentionId);
        }
        foreach (var mentionId in change.EntityOfMention.Keys)
        {
            if (!oldEntityOf.ContainsKey(mentionId)) change.ChangedMentionIds.Add(mentionId);
        }
        return change;
    }

    private async Task WriteAsync(IReadOnlyList<ResolvedEntity> resolved, Dictionary<string, string> articleOf, EntityChange change, CancellationToken cancellationToken)
    {
        var entities = new List<object?>();
        var members = new List<object?>();
        foreach (var entity in resolved)
        {
            var names = entity.Aliases.Prepend(entity.Name).ToList();
            entities.Add(CypherParameters.Of(("id", entity.Id), ("kind", EntityKinds.Name(entity.Kind)), ("name", entity.Name),
                ("sortName", NameNormaliser.Normalise(entity.Name)), ("description", entity.Description), ("externalIds", JsonText.Map(entity.ExternalIds)),
                ("aliases", entity.Aliases.ToList()), ("keys", entity.Keys.ToList()), ("searchWords", NameWords.Of(names)),
                ("searchNames", string.Join(" | ", names))));
            var articles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mentionId in entity.MentionIds)
            {
                members.Add(CypherParameters.Of(("mentionId", mentionId), ("entityId", entity.Id)));
                change.EntityOfMention[mentionId] = entity.Id;
                articles.Add(articleOf[mentionId]);
            }
            change.ArticlesOfEntity[entity.Id] = articles;
        }
        await cypher.RunAsync("entities-write", CypherParameters.Of(("rows", entities)), cancellationToken);
        await cypher.RunAsync("entity-members-write", CypherParameters.Of(("rows", members)), cancellationToken);
    }

    private async Task<HashSet<string>> ComponentAsync(IReadOnlyCollection<string> seedKeys, CancellationToken cancellationToken)
    {
        var component = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(seedKeys, StringComparer.Ordinal);
        await CloseOverKeysAsync(component, keys, keys.ToList(), cancellationToken);
        var anyDecision = await cypher.RunAsync("merge-decisions-exist", CypherParameters.None, cancellationToken);
        if (anyDecision.Count == 0 || anyDecision[0]["decided"] is not true) return component;
        // Curated merges join mentions that share no key; follow them (and the entities they built) to a fixed point.
        for (var step = 0; step < MaxClosureSteps; step++)
        {
            var extra = await IdsAsync("mention-co-members", "mentionId", component, cancellationToken);
            extra.ExceptWith(component);
            if (extra.Count == 0) return component;
            component.UnionWith(extra);
            var extraKeys = await IdsAsync("mention-keys-of", "key", extra, cancellationToken);
            extraKeys.ExceptWith(keys);
            keys.UnionWith(extraKeys);
            await CloseOverKeysAsync(component, keys, extraKeys.ToList(), cancellationToken);
        }
        throw new InvalidOperationException($"Entity resolution found no fixed point of curated merges within {MaxClosureSteps} steps.");
    }

    /// <summary>Adds every mention reachable from <paramref name="frontier"/> through shared keys, a step per hop.</summary>
    private async Task CloseOverKeysAsync(HashSet<string> component, HashSet<string> keys, List<string> frontier, CancellationToken cancellationToken)
    {
        for (var step = 0; frontier.Count > 0; step++)
        {
            if (step >= MaxClosureSteps) throw new InvalidOperationException($"The closure over mention keys did not end within {MaxClosureSteps} steps.");
            var next = new List<string>();
            var rows = await cypher.RunAsync("mention-component-step", CypherParameters.Of(("keys", CypherParameters.Ids(frontier))), cancellationToken);
            foreach (var row in rows)
            {
                component.Add(row.Text("mentionId"));
                foreach (var key in row.TextList("keys"))
                {
                    if (keys.Add(key)) next.Add(key);
                }
            }
            frontier = next;
        }
    }

    private async Task<List<(EntityMention Mention, string? EntityId)>> LoadMentionsAsync(HashSet<string> component, CancellationToken cancellationToken)
    {
        var rows = await cypher.RunAsync("mentions-load", CypherParameters.Of(("ids", CypherParameters.Ids(component))), cancellationToken);
        return rows.Select(r => (new EntityMention(r.Text("id"), r.Text("articleId"), EntityKinds.Parse(r.Text("kind")), r.Text("name"),
            r.TextList("aliases"), JsonText.ReadMap(r.Text("externalIds")), r.TextList("sameAs"), r.TextOrNull("description"), r.Text("quote")),
            r.TextOrNull("entityId"))).ToList();
    }

    private async Task<ResolutionOverrides> LoadOverridesAsync(HashSet<string> component, CancellationToken cancellationToken) =>
        StoredDecision.ToOverrides(await CurationClaims.LoadDecisionsAsync(cypher, component, cancellationToken));

    private async Task<HashSet<string>> IdsAsync(string statement, string field, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in await cypher.RunAsync(statement, CypherParameters.Of(("ids", CypherParameters.Ids(ids))), cancellationToken))
        {
            if (row[field] is string id) result.Add(id);
        }
        return result;
    }
}
