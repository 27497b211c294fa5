// For each pair of entities: whether a curator decided that a mention of one and a mention of the other differ.
UNWIND $pairs AS pair
RETURN pair.left AS left, pair.right AS right, EXISTS {
  MATCH (a:Mention {entityId: pair.left})
  MATCH (d:MergeDecision)
  WHERE d.decision = 'different' AND (d.mentionA = a.id OR d.mentionB = a.id)
  MATCH (b:Mention {entityId: pair.right})
  WHERE b.id = d.mentionA OR b.id = d.mentionB
} AS different
