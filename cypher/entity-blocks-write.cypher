UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (b:EntityBlock {value: row.block})
MERGE (e)-[:IN_BLOCK]->(b)
