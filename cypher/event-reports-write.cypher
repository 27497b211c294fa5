UNWIND $rows AS row
MATCH (r:Report {id: row.reportId})
SET r.eventId = row.eventId
