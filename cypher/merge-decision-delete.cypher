MATCH (d:MergeDecision {id: $id})
DELETE d
