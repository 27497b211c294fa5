UNWIND $ids AS id
CALL (id) {
  MATCH (c:MergeCandidate {leftEntityId: id})
  RETURN c
  UNION
  MATCH (c:MergeCandidate {rightEntityId: id})
  RETURN c
}
DETACH DELETE c
