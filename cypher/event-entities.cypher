UNWIND $ids AS id
MATCH (entity:Entity)-[p:PARTICIPATED_IN]->(:Event {id: id})
RETURN id AS eventId, entity.id AS entityId, p.roles AS roles
