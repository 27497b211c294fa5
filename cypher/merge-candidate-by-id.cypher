MATCH (c:MergeCandidate {id: $id})
RETURN c.leftEntityId AS leftEntityId, c.rightEntityId AS rightEntityId
