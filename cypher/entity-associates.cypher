MATCH (e:Entity {id: $id})-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(other:Entity)
WHERE other <> e
RETURN other.id AS entityId, count(*) AS shared
ORDER BY shared DESC, entityId ASC
LIMIT $limit
