// The blocking key of event merging: the resolved entities each report involves (participants and place).
UNWIND $ids AS id
MATCH (r:Report {id: id})
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_PARTICIPANT|AT_PLACE]->(m:Mention)
  WITH m WHERE m.entityId IS NOT NULL
  RETURN collect(DISTINCT m.entityId) AS entityIds
}
SET r.entityIds = entityIds
