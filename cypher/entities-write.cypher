// Entities keep their node (and so their relationships) when their id survives a derivation.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row
