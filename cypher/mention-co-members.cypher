// Mentions that curation ties to these: members of the same entity, and partners of a 'same' decision.
UNWIND $ids AS id
MATCH (m:Mention {id: id})
MATCH (other:Mention {entityId: m.entityId})
RETURN other.id AS mentionId
UNION
UNWIND $ids AS id
MATCH (d:MergeDecision {mentionA: id, decision: 'same'})
RETURN d.mentionB AS mentionId
UNION
UNWIND $ids AS id
MATCH (d:MergeDecision {mentionB: id, decision: 'same'})
RETURN d.mentionA AS mentionId
