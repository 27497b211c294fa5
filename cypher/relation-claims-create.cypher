MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (c:RelationClaim {id: row.id})
SET c = row
MERGE (a)-[:CLAIMS]->(c)
