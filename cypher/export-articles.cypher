MATCH (a:Article)
RETURN a {.*} AS row
