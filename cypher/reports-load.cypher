UNWIND $ids AS id
MATCH (r:Report {id: id})
OPTIONAL MATCH (r)-[:AT_PLACE]->(place:Mention)
CALL (r) {
  OPTIONAL MATCH (r)-[p:HAS_PARTICIPANT]->(m:Mention)
  WITH p, m WHERE m.entityId IS NOT NULL
  RETURN collect({ordinal: p.ordinal, entityId: m.entityId, role: p.role}) AS participants
}
RETURN r.id AS id, r.articleId AS articleId, r.type AS type, r.title AS title, r.summary AS summary,
       r.whenValue AS whenValue, r.whenPrecision AS whenPrecision, r.earliest AS earliest, r.latest AS latest,
       r.whenText AS whenText, place.entityId AS placeEntityId, r.tags AS tags, r.quote AS quote,
       r.eventId AS eventId, participants
