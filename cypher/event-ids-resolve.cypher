// Any id a caller may hold finds the current event: its own id, a report id, or a former id.
UNWIND $ids AS id
OPTIONAL MATCH (e:Event {id: id})
OPTIONAL MATCH (r:Report {id: id})
OPTIONAL MATCH (f:FormerId {oldId: id})
OPTIONAL MATCH (fe:Event {id: f.currentId})
WITH id, coalesce(e.id, r.eventId, fe.id) AS current
WHERE current IS NOT NULL
RETURN id, current
