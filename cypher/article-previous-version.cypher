MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(m:Mention)
  RETURN collect(m {.id, .digest, .entityId}) AS mentions
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(r:Report)
  RETURN collect(r {.id, .digest, .eventId}) AS reports
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(:Mention)-[:HAS_KEY]->(k:MentionKey)
  RETURN collect(DISTINCT k.value) AS keys
}
RETURN a.contentHash AS contentHash, mentions, reports, keys
