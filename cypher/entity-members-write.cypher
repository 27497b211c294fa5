UNWIND $rows AS row
MATCH (m:Mention {id: row.mentionId})
SET m.entityId = row.entityId
