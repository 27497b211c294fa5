// Rows after $lower and before $upper in (published, id) order; the caller maps after/before to bounds.
MATCH (a:Article)
WHERE ($lower IS NULL OR a.published > $lower.published OR (a.published = $lower.published AND a.id > $lower.id))
  AND ($upper IS NULL OR a.published < $upper.published OR (a.published = $upper.published AND a.id < $upper.id))
RETURN a.id AS id, a.url AS url, a.title AS title, a.publisher AS publisher, a.published AS published,
       a.language AS language, a.contentHash AS contentHash
ORDER BY a.published ASC, a.id ASC
LIMIT $limit
