UNWIND $rows AS row
MATCH (f:FormerId {currentId: row.oldId})
SET f.currentId = row.currentId
