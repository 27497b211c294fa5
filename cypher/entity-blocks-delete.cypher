UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:IN_BLOCK]->(:EntityBlock)
DELETE r
