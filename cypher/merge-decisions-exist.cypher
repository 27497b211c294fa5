RETURN EXISTS { MATCH (:MergeDecision) } AS decided
