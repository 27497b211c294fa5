MATCH (d:MergeDecision)
RETURN d {.*} AS row
