UNWIND $rows AS row
MATCH (r:Report {id: row.reportId})
MATCH (m:Mention {id: row.mentionId})
CREATE (r)-[:HAS_PARTICIPANT {ordinal: row.ordinal, role: row.role, quote: row.quote}]->(m)
