UNWIND $ids AS id
MATCH (r:Report {eventId: id})-[p:HAS_PARTICIPANT]->(m:Mention)
WHERE m.entityId IS NOT NULL
RETURN id AS eventId, m.entityId AS entityId, p.role AS role, r.articleId AS articleId, p.quote AS quote
