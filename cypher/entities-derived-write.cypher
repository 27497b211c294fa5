UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.sortName = row.sortName, e.searchWords = row.searchWords, e.searchNames = row.searchNames, e.keys = row.keys
