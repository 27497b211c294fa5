// One step of the closure over shared keys: the mentions filed under these keys, with all their keys.
UNWIND $keys AS key
MATCH (:MentionKey {value: key})<-[:HAS_KEY]-(m:Mention)
WITH DISTINCT m
MATCH (m)-[:HAS_KEY]->(k:MentionKey)
RETURN m.id AS mentionId, collect(k.value) AS keys
