MATCH (r:Report)
OPTIONAL MATCH (r)-[p:HAS_PARTICIPANT]->(m:Mention)
RETURN r {.*} AS row, collect({ordinal: p.ordinal, mentionId: m.id, role: p.role, quote: p.quote}) AS participants
