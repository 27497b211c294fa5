// The same as entity-search-forward, read from the end of the order (for last/before pages).
MATCH (e:Entity)
WHERE ($words IS NULL OR all(w IN $words WHERE any(x IN e.searchWords WHERE x STARTS WITH w)))
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($after IS NULL OR e.sortName > $after.key OR (e.sortName = $after.key AND e.id > $after.id))
  AND ($before IS NULL OR e.sortName < $before.key OR (e.sortName = $before.key AND e.id < $before.id))
RETURN e.id AS id, e.sortName AS sortName
ORDER BY e.sortName DESC, e.id DESC
LIMIT $limit
