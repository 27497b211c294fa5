MATCH (e:Entity)
RETURN e {.*} AS row
