using Timeline.Domain.Curation;
using Timeline.Domain.Ports;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Curation;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Derives canonical entities again for the clusters that some changed mentions touch. The clusters
/// are found through the keys table: every mention sharing a key with a changed mention, transitively
/// (plus, when curators have decided anything, members of the same entities and confirmed partners).
/// That component is resolved whole, so the result equals resolving every mention in the store.
/// </summary>
internal sealed class EntityDeriver(CommandCache commands)
{
    private readonly MentionCache _cache = new();
    private readonly EntityAbsorber _absorber = new(commands);

    // CROSS JOIN keeps SQLite driving from the small key set into the index, never scanning the keys table.
    private const string ComponentByKeys = """
        WITH RECURSIVE k(key) AS (
            SELECT value FROM json_each($p0)
            UNION
            SELECT mk2.key FROM k CROSS JOIN mention_keys mk1 ON mk1.key = k.key CROSS JOIN mention_keys mk2 ON mk2.mention_id = mk1.mention_id)
        SELECT DISTINCT mk.mention_id FROM k CROSS JOIN mention_keys mk ON mk.key = k.key
        """;

    private const string KeysOfMentions = "SELECT DISTINCT key FROM mention_keys WHERE mention_id IN (SELECT value FROM json_each($p0))";

    private const string CoMembers = """
        SELECT em2.mention_id FROM entity_members em1 JOIN entity_members em2 ON em2.entity_id = em1.entity_id
        WHERE em1.mention_id IN (SELECT value FROM json_each($p0))
        UNION
        SELECT mention_b FROM merge_decisions WHERE decision = 'same' AND mention_a IN (SELECT value FROM json_each($p0))
        UNION
        SELECT mention_a FROM merge_decisions WHERE decision = 'same' AND mention_b IN (SELECT value FROM json_each($p0))
        """;

    private const string OldMembers = "SELECT mention_id, entity_id FROM entity_members WHERE mention_id IN (SELECT value FROM json_each($p0))";

    private const string MentionDigests = "SELECT mention_id, digest FROM mentions WHERE mention_id IN (SELECT value FROM json_each($p0))";

    private const string DeleteFts = "DELETE FROM entity_fts WHERE rowid IN (SELECT rowid FROM entities WHERE id IN (SELECT value FROM json_each($p0)))";
    private const string DeleteCandidates = """
        DELETE FROM merge_candidates WHERE left_entity_id IN (SELECT value FROM json_each($p0)) OR right_entity_id IN (SELECT value FROM json_each($p0))
        """;
    private const string DeleteEntities = "DELETE FROM entities WHERE id IN (SELECT value FROM json_each($p0))";
    private static readonly string InsertEntities = RowBatch.InsertSql("entities", "id, kind, name, sort_name, description, external_ids");
    // Right after the entity's own INSERT, so last_insert_rowid() is that entity's rowid.
    private const string InsertFts = "INSERT INTO entity_fts (rowid, names) VALUES (last_insert_rowid(), $p0)";
    private static readonly string InsertAliases = RowBatch.InsertSql("entity_aliases", "entity_id, alias", "INSERT OR IGNORE");
    private static readonly string InsertKeys = RowBatch.InsertSql("entity_keys", "key, entity_id", "INSERT OR IGNORE");
    // A mention moving to an entity while the one it leaves stays: its row is replaced, whichever entity is written first.
    private static readonly string UpsertMember = RowBatch.InsertSql("entity_members", "mention_id, entity_id", "INSERT OR REPLACE");
    private const string UpdateEntity = "UPDATE entities SET kind = $p1, name = $p2, sort_name = $p3, description = $p4, external_ids = $p5 WHERE id = $p0";
    private const string DeleteFtsRow = "DELETE FROM entity_fts WHERE rowid = $p0";
    private const string InsertFtsRow = "INSERT INTO entity_fts (rowid, names) VALUES ($p0, $p1)";
    private const string DeleteAlias = "DELETE FROM entity_aliases WHERE entity_id = $p0 AND alias = $p1";
    private const string DeleteKey = "DELETE FROM entity_keys WHERE entity_id = $p0 AND key = $p1";
    private const string DeleteMember = "DELETE FROM entity_members WHERE entity_id = $p0 AND mention_id = $p1";
    private static readonly string InsertCandidates = RowBatch.InsertSql("merge_candidates", "id, left_entity_id, right_entity_id, score, evidence", "INSERT OR REPLACE");

    /// <param name="rewriteAll">
    /// Deletes and writes again every entity of the component, so that everything derived from them
    /// (candidates, blocks) is computed again: for curation decisions, which change candidates between
    /// entities that themselves stay as they were. Otherwise only rows that differ are written.
    /// </param>
    public EntityChange Derive(IReadOnlyCollection<string> seedKeys, IReadOnlyCollection<string> removedMentionIds, bool rewriteAll = false)
    {
        var decisions = CurationClaims.AnyDecisions(commands);
        var component = Component(seedKeys, decisions);
        var oldEntityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = commands.Query(OldMembers, JsonColumns.List(component.Concat(removedMentionIds))))
        {
            while (reader.Read()) oldEntityOf[reader.GetString(0)] = reader.GetString(1);
        }

        var mentions = LoadComponentMentions(component);
        var resolution = EntityResolver.Resolve(mentions, LoadOverrides(component));
        var oldEntityIds = oldEntityOf.Values.Distinct(StringComparer.Ordinal).ToList();
        var stored = rewriteAll ? [] : StoredEntity.Load(commands, oldEntityIds);
        var kept = resolution.Entities.Select(e => e.Id).Where(stored.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var gone = oldEntityIds.Where(id => !kept.Contains(id)).ToList();
        var goneJson = JsonColumns.List(gone);
        commands.Execute(DeleteFts, goneJson);
        commands.Execute(DeleteCandidates, goneJson);
        commands.Execute(DeleteEntities, goneJson);

        var change = new EntityChange();
        var articleOf = mentions.ToDictionary(m => m.MentionId, m => m.ArticleId, StringComparer.Ordinal);
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in resolution.Entities)
        {
            Record(entity, articleOf, change);
            if (!stored.TryGetValue(entity.Id, out var before)) Insert(entity);
            else if (!Update(entity, before, decisions)) unchanged.Add(entity.Id);
        }
        var changedJson = JsonColumns.List(kept.Where(id => !unchanged.Contains(id)));
        commands.Execute(DeleteCandidates, changedJson);
        // A candidate between two entities that stay as they were, as far as candidates go, is a function
        // of those two (and of decisions, which ingestion does not change): the stored row already says it.
        var candidates = new RowBatch();
        foreach (var c in resolution.Candidates)
        {
            if (unchanged.Contains(c.LeftEntityId) && unchanged.Contains(c.RightEntityId)) continue;
            candidates.Add(c.Id, c.LeftEntityId, c.RightEntityId, c.Score, c.Evidence);
        }
        candidates.InsertWith(commands, InsertCandidates);

        FormerIds.Record(commands, oldEntityOf, change.EntityOfMention);
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

    /// <summary>
    /// Brings entities up to date with new mentions that join them on their own (<see cref="EntityAbsorber"/>),
    /// writing what differs; returns the change and the mentions dealt with.
    /// </summary>
    public (EntityChange Change, HashSet<string> Absorbed) Absorb(IReadOnlyList<EntityMention> newMentions)
    {
        var change = new EntityChange();
        var absorbed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, entity, joining) in _absorber.Plan(newMentions))
        {
            // The stored members were not loaded, so the joining ones are added and none removed. As in a
            // full derivation, a changed entity's candidates go, to be proposed again after the write.
            if (Update(entity, before, decisions: false)) commands.Execute(DeleteCandidates, JsonColumns.List([entity.Id]));
            foreach (var mention in joining)
            {
                change.EntityOfMention[mention.MentionId] = entity.Id;
                change.ChangedMentionIds.Add(mention.MentionId);
                absorbed.Add(mention.MentionId);
            }
            change.HeldByOtherArticles.Add(entity.Id);
        }
        return (change, absorbed);
    }

    private static void Record(ResolvedEntity entity, Dictionary<string, string> articleOf, EntityChange change)
    {
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentionId in entity.MentionIds)
        {
            change.EntityOfMention[mentionId] = entity.Id;
            articles.Add(articleOf[mentionId]);
        }
        change.ArticlesOfEntity[entity.Id] = articles;
    }

    private static object?[] RowOf(ResolvedEntity entity) =>
        [EntityKinds.Name(entity.Kind), entity.Name, NameNormaliser.Normalise(entity.Name), entity.Description, JsonColumns.Map(entity.ExternalIds)];

    private static string FtsNames(ResolvedEntity entity) => string.Join(" | ", entity.Aliases.Prepend(entity.Name));

    private void Insert(ResolvedEntity entity)
    {
        commands.Execute(InsertEntities, [entity.Id, .. RowOf(entity)]);
        commands.Execute(InsertFts, FtsNames(entity));
        foreach (var alias in entity.Aliases) commands.Execute(InsertAliases, entity.Id, alias);
        foreach (var key in entity.Keys) commands.Execute(InsertKeys, key, entity.Id);
        foreach (var mentionId in entity.MentionIds) commands.Execute(UpsertMember, mentionId, entity.Id);
    }

    /// <summary>
    /// Writes what differs between the stored entity and its new derivation. True when what its merge
    /// candidates are computed from differed: its row, names or keys, or its members while curators'
    /// decisions exist (a mention confirmed different bears on its entity's pairs).
    /// </summary>
    private bool Update(ResolvedEntity entity, StoredEntity before, bool decisions)
    {
        var changed = false;
        var row = RowOf(entity);
        if (!before.SameRow(row))
        {
            commands.Execute(UpdateEntity, [entity.Id, .. row]);
            changed = true;
        }
        var aliasesChanged = !before.AliasSet.SetEquals(entity.Aliases);
        if (aliasesChanged || !Equals(before.Row[1], entity.Name))
        {
            commands.Execute(DeleteFtsRow, before.RowId);
            commands.Execute(InsertFtsRow, before.RowId, FtsNames(entity));
            changed = true;
        }
        changed |= Reconcile(entity.Id, before.AliasSet, entity.Aliases, DeleteAlias, (id, alias) => commands.Execute(InsertAliases, id, alias));
        changed |= Reconcile(entity.Id, before.KeySet, entity.Keys, DeleteKey, (id, key) => commands.Execute(InsertKeys, key, id));
        var members = Reconcile(entity.Id, before.MemberSet, entity.MentionIds, DeleteMember, (id, mentionId) => commands.Execute(UpsertMember, mentionId, id));
        return changed || (members && decisions);
    }

    private bool Reconcile(string entityId, HashSet<string> before, IReadOnlyList<string> now, string deleteSql, Action<string, string> insert)
    {
        var changed = false;
        var nowSet = now.ToHashSet(StringComparer.Ordinal);
        foreach (var value in before)
        {
            if (nowSet.Contains(value)) continue;
            commands.Execute(deleteSql, entityId, value);
            changed = true;
        }
        foreach (var value in now)
        {
            if (before.Contains(value)) continue;
            insert(entityId, value);
            changed = true;
        }
        return changed;
    }

    private HashSet<string> Component(IReadOnlyCollection<string> seedKeys, bool decisions)
    {
        var component = ReadIds(ComponentByKeys, JsonColumns.List(seedKeys));
        if (!decisions) return component;
        // Curated merges join mentions that share no key; follow them (and the entities they built) to a fixed point.
        while (true)
        {
            var extra = ReadIds(CoMembers, JsonColumns.List(component));
            extra.ExceptWith(component);
            if (extra.Count == 0) return component;
            component.UnionWith(extra);
            var keys = ReadIds(KeysOfMentions, JsonColumns.List(extra));
            component.UnionWith(ReadIds(ComponentByKeys, JsonColumns.List(keys)));
        }
    }

    private List<EntityMention> LoadComponentMentions(HashSet<string> component)
    {
        var mentions = new List<EntityMention>(component.Count);
        var missing = new List<string>();
        using (var reader = commands.Query(MentionDigests, JsonColumns.List(component)))
        {
            while (reader.Read())
            {
                if (_cache.Find(reader.GetString(0), reader.GetString(1)) is { } known) mentions.Add(known);
                else missing.Add(reader.GetString(0));
            }
        }
        if (missing.Count == 0) return mentions;
        foreach (var (mention, digest) in CurationClaims.LoadMentionsWithDigests(commands, missing))
        {
            _cache.Add(digest, mention);
            mentions.Add(mention);
        }
        return mentions;
    }

    private ResolutionOverrides LoadOverrides(HashSet<string> component) =>
        StoredDecision.ToOverrides(CurationClaims.LoadDecisions(commands, component));

    private HashSet<string> ReadIds(string sql, string json)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = commands.Query(sql, json);
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
