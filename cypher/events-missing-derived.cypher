// Events loaded from an export without their search words.
MATCH (e:Event)
WHERE e.searchWords IS NULL
RETURN e.id AS id, e.title AS title, e.summary AS summary
