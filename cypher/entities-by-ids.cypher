// A place's partOf is the smallest object entity of the partOf relation claims about its mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (subject:Mention {entityId: e.id})
  OPTIONAL MATCH (c:RelationClaim {subjectRef: subject.id})
  WHERE c.ends = 'entity' AND c.type = 'partOf'
  OPTIONAL MATCH (object:Mention {id: c.objectRef})
  RETURN min(object.entityId) AS partOf
}
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description,
       e.externalIds AS externalIds, partOf
