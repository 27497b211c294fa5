UNWIND $rows AS row
MERGE (e:Event {id: row.props.id})
SET e = row.props
WITH e, row
UNWIND row.conflicts AS conflict
MERGE (c:EventConflict {id: conflict.id})
SET c = conflict
MERGE (e)-[:HAS_CONFLICT]->(c)
