// Both directions; a relation between two requested events appears once for each side.
UNWIND $ids AS id
MATCH (s:Report {eventId: id})
MATCH (c:RelationClaim {subjectRef: s.id})
WHERE c.ends = 'event'
MATCH (o:Report {id: c.objectRef})
WHERE o.eventId IS NOT NULL
RETURN c.type AS type, s.eventId AS subjectId, o.eventId AS objectId, c.articleId AS articleId, c.quote AS quote, id AS owner
UNION ALL
UNWIND $ids AS id
MATCH (o:Report {eventId: id})
MATCH (c:RelationClaim {objectRef: o.id})
WHERE c.ends = 'event'
MATCH (s:Report {id: c.subjectRef})
WHERE s.eventId IS NOT NULL
RETURN c.type AS type, s.eventId AS subjectId, o.eventId AS objectId, c.articleId AS articleId, c.quote AS quote, id AS owner
