MATCH (c:MergeCandidate)
RETURN c {.*} AS row
