MATCH (c:MergeCandidate)
RETURN c.id AS id, c.leftEntityId AS leftEntityId, c.rightEntityId AS rightEntityId, c.score AS score, c.evidence AS evidence
ORDER BY id
