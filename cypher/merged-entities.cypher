// Entities of two or more mentions: the ones that hold merges.
MATCH (m:Mention)
WHERE m.entityId IS NOT NULL
WITH m.entityId AS id, count(m) AS members
WHERE members > 1
RETURN id
ORDER BY id
