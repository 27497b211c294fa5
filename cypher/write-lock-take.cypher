// Every write transaction starts here: the write lock on this one node serialises writers across
// processes, because deriving a component assumes nobody else changes it meanwhile.
MERGE (l:TimelineLock {name: 'writer'})
SET l.writes = coalesce(l.writes, 0) + 1
