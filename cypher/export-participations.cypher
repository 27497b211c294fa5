MATCH (entity:Entity)-[p:PARTICIPATED_IN]->(event:Event)
RETURN entity.id AS entityId, event.id AS eventId, p.roles AS roles, p.earliest AS earliest, p.latest AS latest
