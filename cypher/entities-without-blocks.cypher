MATCH (e:Entity)
WHERE NOT EXISTS { (e)-[:IN_BLOCK]->(:EntityBlock) }
RETURN e.id AS id
ORDER BY id
