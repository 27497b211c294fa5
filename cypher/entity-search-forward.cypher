// Every word must start a word of one of the entity's names; keyset order is (sortName, id).
MATCH (e:Entity)
WHERE ($words IS NULL OR all(w IN $words WHERE any(x IN e.searchWords WHERE x STARTS WITH w)))
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($after IS NULL OR e.sortName > $after.key OR (e.sortName = $after.key AND e.id > $after.id))
  AND ($before IS NULL OR e.sortName < $before.key OR (e.sortName = $before.key AND e.id < $before.id))
RETURN e.id AS id, e.sortName AS sortName
ORDER BY e.sortName ASC, e.id ASC
LIMIT $limit
