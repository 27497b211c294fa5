UNWIND $keys AS key
MATCH (k:MentionKey {value: key})
WHERE NOT EXISTS { (k)<-[:HAS_KEY]-(:Mention) }
DELETE k
