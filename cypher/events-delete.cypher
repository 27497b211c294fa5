UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:HAS_CONFLICT]->(c:EventConflict)
DETACH DELETE c, e
