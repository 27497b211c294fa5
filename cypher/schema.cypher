// Timeline's Neo4j schema: uniqueness constraints on every key that MERGE uses, and the indexes
// the store's reads drive from. Community Edition accepts all of them; every one is IF NOT EXISTS,
// so the store applies this file at every start-up, one statement per request.

// Claims: what each article states.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT mention_key_value IF NOT EXISTS FOR (k:MentionKey) REQUIRE k.value IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_claim_id IF NOT EXISTS FOR (c:RelationClaim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_decision_id IF NOT EXISTS FOR (d:MergeDecision) REQUIRE d.id IS UNIQUE;

// The derived canonical graph.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_conflict_id IF NOT EXISTS FOR (c:EventConflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_candidate_id IF NOT EXISTS FOR (c:MergeCandidate) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT former_id_old IF NOT EXISTS FOR (f:FormerId) REQUIRE f.oldId IS UNIQUE;

// Bookkeeping: the schema version and the node every write transaction locks first.
CREATE CONSTRAINT timeline_schema_name IF NOT EXISTS FOR (s:TimelineSchema) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT timeline_lock_name IF NOT EXISTS FOR (l:TimelineLock) REQUIRE l.name IS UNIQUE;

// Range indexes for the joins between claims and derived nodes.
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published, a.id);
CREATE INDEX mention_entity IF NOT EXISTS FOR (m:Mention) ON (m.entityId);
CREATE INDEX mention_article IF NOT EXISTS FOR (m:Mention) ON (m.articleId);
CREATE INDEX report_event IF NOT EXISTS FOR (r:Report) ON (r.eventId);
CREATE INDEX report_article IF NOT EXISTS FOR (r:Report) ON (r.articleId);
CREATE INDEX report_type_time IF NOT EXISTS FOR (r:Report) ON (r.type, r.earliest);
CREATE INDEX relation_claim_subject IF NOT EXISTS FOR (c:RelationClaim) ON (c.subjectRef);
CREATE INDEX relation_claim_object IF NOT EXISTS FOR (c:RelationClaim) ON (c.objectRef);
CREATE INDEX merge_decision_a IF NOT EXISTS FOR (d:MergeDecision) ON (d.mentionA);
CREATE INDEX merge_decision_b IF NOT EXISTS FOR (d:MergeDecision) ON (d.mentionB);
CREATE INDEX merge_candidate_left IF NOT EXISTS FOR (c:MergeCandidate) ON (c.leftEntityId);
CREATE INDEX merge_candidate_right IF NOT EXISTS FOR (c:MergeCandidate) ON (c.rightEntityId);
CREATE INDEX former_id_current IF NOT EXISTS FOR (f:FormerId) ON (f.currentId);
CREATE INDEX event_conflict_event IF NOT EXISTS FOR (c:EventConflict) ON (c.eventId);

// Range indexes for time order (keyset paging), filters and the entity list.
CREATE INDEX event_time IF NOT EXISTS FOR (e:Event) ON (e.earliest, e.latest, e.id);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_place IF NOT EXISTS FOR (e:Event) ON (e.placeId);
CREATE INDEX event_sources IF NOT EXISTS FOR (e:Event) ON (e.sourceCount);
CREATE INDEX entity_sort IF NOT EXISTS FOR (e:Entity) ON (e.sortName, e.id);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX participation_time IF NOT EXISTS FOR ()-[p:PARTICIPATED_IN]-() ON (p.earliest, p.latest);

// Text indexes (CONTAINS / STARTS WITH on names) and full-text indexes for ad hoc search in Browser.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE TEXT INDEX event_title_text IF NOT EXISTS FOR (e:Event) ON (e.title);
CREATE FULLTEXT INDEX event_fulltext IF NOT EXISTS FOR (e:Event) ON EACH [e.title, e.summary];
CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchNames];

// Curation: the blocks cross-document merge candidates meet under, and the log of curators' actions.
CREATE CONSTRAINT entity_block_value IF NOT EXISTS FOR (b:EntityBlock) REQUIRE b.value IS UNIQUE;
CREATE CONSTRAINT curation_action_seq IF NOT EXISTS FOR (c:CurationAction) REQUIRE c.seq IS UNIQUE;
CREATE INDEX curation_action_kind IF NOT EXISTS FOR (c:CurationAction) ON (c.action, c.targets);
CREATE INDEX merge_decision_kind IF NOT EXISTS FOR (d:MergeDecision) ON (d.decision);
