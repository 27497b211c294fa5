RETURN EXISTS { MATCH (:MergeDecision) } AS any
