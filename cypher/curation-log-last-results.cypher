MATCH (c:CurationAction {action: $action, targets: $targets})
RETURN c.results AS results
ORDER BY c.seq DESC
LIMIT 1
