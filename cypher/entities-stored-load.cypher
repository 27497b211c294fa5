// Stored entities as resolution sees them: names, keys and member mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (m:Mention {entityId: e.id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description,
       e.externalIds AS externalIds, e.keys AS keys, collect(m.id) AS members
