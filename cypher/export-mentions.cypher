MATCH (m:Mention)
OPTIONAL MATCH (m)-[:HAS_KEY]->(k:MentionKey)
RETURN m {.*} AS row, collect(k.value) AS keys
