UNWIND $rows AS row
MERGE (f:FormerId {oldId: row.oldId})
SET f.currentId = row.currentId
