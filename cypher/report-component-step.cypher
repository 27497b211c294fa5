// One step of the closure of reports that may merge: same type, a shared resolved entity, times
// within the dispute reach (the merger's window plus one: a gap of the window's days still disputes);
// plus every report of an event already touched.
UNWIND $ids AS id
MATCH (a:Report {id: id})
MATCH (b:Report {type: a.type})
WHERE b.earliest <= a.latest + duration({days: $windowDays})
  AND b.latest >= a.earliest - duration({days: $windowDays})
  AND any(x IN b.entityIds WHERE x IN a.entityIds)
RETURN b.id AS reportId
UNION
UNWIND $ids AS id
MATCH (a:Report {id: id})
MATCH (b:Report {eventId: a.eventId})
RETURN b.id AS reportId
UNION
UNWIND $eventIds AS eventId
MATCH (b:Report {eventId: eventId})
RETURN b.id AS reportId
