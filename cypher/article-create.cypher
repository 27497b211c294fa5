MERGE (a:Article {id: $article.id})
SET a = $article
