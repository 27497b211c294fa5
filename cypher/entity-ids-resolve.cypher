// Any id a caller may hold finds the current entity: its own id, a mention id, or a former id.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (m:Mention {id: id})
OPTIONAL MATCH (f:FormerId {oldId: id})
OPTIONAL MATCH (fe:Entity {id: f.currentId})
WITH id, coalesce(e.id, m.entityId, fe.id) AS current
WHERE current IS NOT NULL
RETURN id, current
