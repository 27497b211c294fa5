// How many events the filters of timeline-page-asc match, without paging.
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
RETURN count(e) AS total
