MATCH (d:MergeDecision)
WHERE d.mentionA IN $ids AND d.mentionB IN $ids
RETURN d.mentionA AS mentionA, d.mentionB AS mentionB, d.decision AS decision, d.note AS note
