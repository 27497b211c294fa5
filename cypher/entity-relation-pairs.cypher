UNWIND $ids AS id
MATCH (s:Mention {entityId: id})
MATCH (c:RelationClaim {subjectRef: s.id})
WHERE c.ends = 'entity'
MATCH (o:Mention {id: c.objectRef})
WHERE o.entityId IS NOT NULL
RETURN DISTINCT c.type AS type, s.entityId AS subjectId, o.entityId AS objectId
UNION
UNWIND $ids AS id
MATCH (o:Mention {entityId: id})
MATCH (c:RelationClaim {objectRef: o.id})
WHERE c.ends = 'entity'
MATCH (s:Mention {id: c.subjectRef})
WHERE s.entityId IS NOT NULL
RETURN DISTINCT c.type AS type, s.entityId AS subjectId, o.entityId AS objectId
