// Claims are mentions, reports, report participants and relation claims, as the SQLite store counts them.
RETURN COUNT { (:Event) } AS events,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Article) } AS articles,
       COUNT { (:Mention) } + COUNT { (:Report) } + COUNT { (:Report)-[:HAS_PARTICIPANT]->(:Mention) } + COUNT { (:RelationClaim) } AS claims
