using Timeline.Domain.Resolution;
using Timeline.Storage.Sqlite.Columns;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite.Curation;

/// <summary>
/// Keeps merge candidates complete across documents. Derivation resolves one key component at a time,
/// so two similar names that share no key ("Fuad Hassan", "Fuad Hussein") never meet there. After each
/// write, every entity the write touched is filed under its blocks (<see cref="MergeCandidateFinder.BlocksOf"/>)
/// and compared with the entities sharing a block, with the same rule as within one resolution. Derivation
/// deletes the candidates of every entity it rebuilds, so the candidates held are those of the resolutions
/// plus these, each a function of its two entities and the decisions between them: the result does not
/// depend on the order documents arrive in.
/// </summary>
internal static class CrossDocumentCandidates
{
    /// <summary>
    /// The connection-local record of touched entities: temporary triggers note every entity whose row,
    /// names or keys a write changes, whatever code path does the writing, and apart from them every
    /// entity whose members alone change. Members matter to a candidate only through curators'
    /// decisions (a mention confirmed different from one of the other entity), so those entities are
    /// compared again only while decisions exist: a hub gaining a mention with each article is not.
    /// </summary>
    public const string Setup = """
        CREATE TEMP TABLE IF NOT EXISTS touched_entities (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS touched_members (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_entity_insert AFTER INSERT ON main.entities BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (new.id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_entity_update AFTER UPDATE ON main.entities BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (new.id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_alias_insert AFTER INSERT ON main.entity_aliases BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (new.entity_id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_alias_delete AFTER DELETE ON main.entity_aliases BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (old.entity_id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_key_insert AFTER INSERT ON main.entity_keys BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (new.entity_id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_key_delete AFTER DELETE ON main.entity_keys BEGIN INSERT OR IGNORE INTO touched_entities (id) VALUES (old.entity_id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_member_insert AFTER INSERT ON main.entity_members BEGIN INSERT OR IGNORE INTO touched_members (id) VALUES (new.entity_id); END;
        CREATE TEMP TRIGGER IF NOT EXISTS touched_member_delete AFTER DELETE ON main.entity_members BEGIN INSERT OR IGNORE INTO touched_members (id) VALUES (old.entity_id); END;
        INSERT OR IGNORE INTO touched_entities (id)
            SELECT e.id FROM main.entities e WHERE NOT EXISTS (SELECT 1 FROM main.entity_blocks b WHERE b.entity_id = e.id);
        """;

    private const string Touched = """
        SELECT id FROM temp.touched_entities
        UNION
        SELECT id FROM temp.touched_members WHERE EXISTS (SELECT 1 FROM main.merge_decisions)
        ORDER BY id
        """;
    private const string ClearTouched = "DELETE FROM temp.touched_entities; DELETE FROM temp.touched_members;";
    private const string DeleteBlocks = "DELETE FROM entity_blocks WHERE entity_id IN (SELECT value FROM json_each($p0))";
    private const string DeleteCandidate = "DELETE FROM merge_candidates WHERE id = $p0";
    private const string InsertBlock = "INSERT OR IGNORE INTO entity_blocks (block, entity_id) VALUES ($p0, $p1)";
    private const string AnyDifferent = "SELECT EXISTS (SELECT 1 FROM merge_decisions WHERE decision = 'different')";
    private const string SharingBlocks = "SELECT block, entity_id FROM entity_blocks WHERE block IN (SELECT value FROM json_each($p0))";
    private const string InsertCandidate = "INSERT OR REPLACE INTO merge_candidates (id, left_entity_id, right_entity_id, score, evidence) VALUES ($p0, $p1, $p2, $p3, $p4)";
    private const string ConfirmedDifferent = """
        SELECT EXISTS (
            SELECT 1 FROM merge_decisions d
            JOIN entity_members ma ON ma.mention_id = d.mention_a
            JOIN entity_members mb ON mb.mention_id = d.mention_b
            WHERE d.decision = 'different'
              AND ((ma.entity_id = $p0 AND mb.entity_id = $p1) OR (ma.entity_id = $p1 AND mb.entity_id = $p0)))
        """;

    /// <summary>Files the touched entities under their blocks and proposes again every candidate involving one of them.</summary>
    public static void Refresh(CommandCache commands)
    {
        var touched = new List<string>();
        using (var reader = commands.Query(Touched))
        {
            while (reader.Read()) touched.Add(reader.GetString(0));
        }
        commands.Execute(ClearTouched);
        if (touched.Count == 0) return;

        commands.Execute(DeleteBlocks, JsonColumns.List(touched));
        // Candidates are computed from names, keys and ids, not members (decisions are read apart).
        var entities = StoredEntities.Load(commands, touched, members: false);
        var blocksOf = entities.Values.ToDictionary(e => e.Id, MergeCandidateFinder.BlocksOf, StringComparer.Ordinal);
        foreach (var (id, blocks) in blocksOf)
        {
            foreach (var block in blocks) commands.Execute(InsertBlock, block, id);
        }

        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = commands.Query(SharingBlocks, JsonColumns.List(blocksOf.Values.SelectMany(b => b).Distinct(StringComparer.Ordinal))))
        {
            while (reader.Read())
            {
                if (!members.TryGetValue(reader.GetString(0), out var list)) members[reader.GetString(0)] = list = [];
                list.Add(reader.GetString(1));
            }
        }

        var pairs = new SortedSet<(string, string)>();
        foreach (var (id, blocks) in blocksOf)
        {
            foreach (var other in blocks.SelectMany(b => members.GetValueOrDefault(b) ?? []))
            {
                if (other != id) pairs.Add(string.CompareOrdinal(id, other) < 0 ? (id, other) : (other, id));
            }
        }
        if (pairs.Count == 0) return;

        var missing = pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Where(id => !entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (id, entity) in StoredEntities.Load(commands, missing, members: false)) entities[id] = entity;
        var anyDifferent = commands.Scalar(AnyDifferent) is long d && d != 0;
        foreach (var (a, b) in pairs)
        {
            // The rule is the resolver's own, so a pair it also compared gets the same answer here.
            var candidate = MergeCandidateFinder.Propose(entities[a], entities[b]);
            if (candidate is null) continue;
            if (anyDifferent && commands.Scalar(ConfirmedDifferent, candidate.LeftEntityId, candidate.RightEntityId) is long n && n != 0)
            {
                commands.Execute(DeleteCandidate, candidate.Id);
                continue;
            }
            commands.Execute(InsertCandidate, candidate.Id, candidate.LeftEntityId, candidate.RightEntityId, candidate.Score, candidate.Evidence);
        }
    }
}
