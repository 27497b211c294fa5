// Reports loaded from an export without the blocking key of event merging.
MATCH (r:Report)
WHERE r.entityIds IS NULL
RETURN r.id AS id
