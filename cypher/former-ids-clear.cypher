UNWIND $ids AS id
MATCH (f:FormerId {oldId: id})
DELETE f
