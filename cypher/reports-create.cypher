MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (r:Report {id: row.id})
SET r = row
MERGE (a)-[:REPORTS]->(r)
WITH r
MATCH (place:Mention {id: r.placeMentionId})
MERGE (r)-[:AT_PLACE]->(place)
