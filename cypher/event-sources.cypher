UNWIND $ids AS id
MATCH (a:Article)-[:REPORTS]->(r:Report {eventId: id})
RETURN id AS eventId, r.id AS reportId, r.quote AS quote, a.id AS articleId, a.url AS url, a.title AS title,
       a.publisher AS publisher, a.published AS published, a.language AS language, a.contentHash AS contentHash
ORDER BY eventId, published, articleId, reportId
