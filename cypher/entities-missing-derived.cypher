// Entities loaded from an export without the store's helper properties (sort and search forms, keys).
MATCH (e:Entity)
WHERE e.sortName IS NULL OR e.searchWords IS NULL OR e.keys IS NULL
OPTIONAL MATCH (:Mention {entityId: e.id})-[:HAS_KEY]->(k:MentionKey)
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, collect(DISTINCT k.value) AS keys
