UNWIND $ids AS id
MATCH (:Mention {id: id})-[:HAS_KEY]->(k:MentionKey)
RETURN DISTINCT k.value AS key
