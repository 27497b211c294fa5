UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.url AS url, a.title AS title, a.publisher AS publisher, a.published AS published,
       a.language AS language, a.contentHash AS contentHash
