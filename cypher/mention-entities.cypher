UNWIND $ids AS id
MATCH (m:Mention {id: id})
WHERE m.entityId IS NOT NULL
RETURN m.id AS mentionId, m.entityId AS entityId
