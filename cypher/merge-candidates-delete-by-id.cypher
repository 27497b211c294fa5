UNWIND $ids AS id
MATCH (c:MergeCandidate {id: id})
DELETE c
