UNWIND $ids AS id
MATCH (m:Mention {id: id})
RETURN m.id AS id, m.articleId AS articleId, m.kind AS kind, m.name AS name, m.aliases AS aliases,
       m.externalIds AS externalIds, m.sameAs AS sameAs, m.description AS description, m.quote AS quote,
       m.entityId AS entityId
