UNWIND $rows AS row
MERGE (d:MergeDecision {id: row.id})
SET d = row
