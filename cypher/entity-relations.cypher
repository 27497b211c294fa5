// Both directions; a relation between two requested entities appears once for each side.
UNWIND $ids AS id
MATCH (s:Mention {entityId: id})
MATCH (c:RelationClaim {subjectRef: s.id})
WHERE c.ends = 'entity'
MATCH (o:Mention {id: c.objectRef})
WHERE o.entityId IS NOT NULL
RETURN c {.*} AS claim, s.entityId AS subjectId, o.entityId AS objectId, id AS owner
UNION ALL
UNWIND $ids AS id
MATCH (o:Mention {entityId: id})
MATCH (c:RelationClaim {objectRef: o.id})
WHERE c.ends = 'entity'
MATCH (s:Mention {id: c.subjectRef})
WHERE s.entityId IS NOT NULL
RETURN c {.*} AS claim, s.entityId AS subjectId, o.entityId AS objectId, id AS owner
