UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS reportId, r.articleId AS articleId, r.quote AS quote
