// The same as timeline-page-asc, walking the time order from the end.
MATCH (e:Event)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($placeIds IS NULL OR e.placeId IN $placeIds)
  AND ($tags IS NULL OR any(t IN e.tags WHERE t IN $tags))
  AND ($entityIds IS NULL OR EXISTS { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $entityIds })
  AND ($articleIds IS NULL OR EXISTS { MATCH (r:Report {eventId: e.id}) WHERE r.articleId IN $articleIds })
  AND ($words IS NULL OR all(w IN $words WHERE any(x IN e.searchWords WHERE x STARTS WITH w)))
  AND ($minSources IS NULL OR e.sourceCount >= $minSources)
  AND ($maxSources IS NULL OR e.sourceCount <= $maxSources)
  AND ($to IS NULL OR e.earliest <= $to)
  AND ($from IS NULL OR e.latest >= $from)
  AND ($lower IS NULL OR e.earliest > $lower.earliest
       OR (e.earliest = $lower.earliest AND (e.latest > $lower.latest OR (e.latest = $lower.latest AND e.id > $lower.id))))
  AND ($upper IS NULL OR e.earliest < $upper.earliest
       OR (e.earliest = $upper.earliest AND (e.latest < $upper.latest OR (e.latest = $upper.latest AND e.id < $upper.id))))
RETURN e.id AS id, e.type AS type, e.title AS title, e.summary AS summary, e.whenValue AS whenValue,
       e.whenPrecision AS whenPrecision, e.earliest AS earliest, e.latest AS latest, e.whenText AS whenText,
       e.placeId AS placeId, e.tags AS tags, e.sourceCount AS sourceCount
ORDER BY e.earliest DESC, e.latest DESC, e.id DESC
LIMIT $limit
