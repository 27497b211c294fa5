UNWIND $rows AS row
MERGE (c:MergeCandidate {id: row.id})
SET c = row
