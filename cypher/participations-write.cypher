UNWIND $rows AS row
MATCH (entity:Entity {id: row.entityId})
MATCH (event:Event {id: row.eventId})
MERGE (entity)-[p:PARTICIPATED_IN]->(event)
SET p.roles = row.roles, p.earliest = row.earliest, p.latest = row.latest
