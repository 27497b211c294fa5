MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (m:Mention {id: row.props.id})
SET m = row.props
MERGE (a)-[:MENTIONS]->(m)
WITH m, row
UNWIND row.keys AS key
MERGE (k:MentionKey {value: key})
MERGE (m)-[:HAS_KEY]->(k)
