// An entity's events for the graph walk: the newest $cap of them, and how many there are in all.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
CALL (entity) {
  MATCH (entity)-[p:PARTICIPATED_IN]->(event:Event)
  WITH p, event ORDER BY p.earliest DESC, p.latest DESC, event.id ASC
  LIMIT $cap
  RETURN collect({eventId: event.id, roles: p.roles}) AS edges
}
RETURN id AS entityId, edges, COUNT { (entity)-[:PARTICIPATED_IN]->(:Event) } AS degree
