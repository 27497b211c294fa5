MATCH (e:Event)
OPTIONAL MATCH (e)-[:HAS_CONFLICT]->(c:EventConflict)
RETURN e {.*} AS row, collect(c {.*}) AS conflicts
