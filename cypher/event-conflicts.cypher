UNWIND $ids AS id
MATCH (c:EventConflict {eventId: id})
RETURN c.eventId AS eventId, c.field AS field, c.value AS value, c.reportIds AS reportIds
ORDER BY eventId, field, value
