MATCH (c:RelationClaim)
RETURN c {.*} AS row
