MATCH (c:CurationAction)
RETURN c.seq AS seq, c.at AS at, c.actor AS actor, c.action AS action, c.targets AS targets, c.results AS results, c.note AS note
ORDER BY seq
