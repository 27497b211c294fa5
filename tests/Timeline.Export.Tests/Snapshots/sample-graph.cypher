// Timeline graph export for an empty Neo4j 5.26+ database, in the Neo4j store's graph model (cypher/README.md).
// Load it with: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -d neo4j -f <this file>

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

// Articles
UNWIND [
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", url: null, title: "No timeline as US to move remaining combat troops out of Iraq", publisher: "Al Jazeera", published: date("2021-04-07"), language: "en", contentHash: "d7e71337a11adaefad8bbc4ff73c7fe9e583889fe7167e02687f4348de944ba1"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", url: null, title: "US Pledges Iraq Troop Withdrawal But Without Timeline", publisher: "NDTV", published: date("2021-04-08"), language: "en", contentHash: "b1dc26df36d0d539c1b8b48062c0d563503fd7de8b26a30e916f63e438bd57eb"}
] AS row
CREATE (a:Article) SET a = row;

// Mentions
UNWIND [
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#abu-mahdi-al-muhandis", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Abu Mahdi al-Muhandis", aliases: [], externalIds: "{}", sameAs: [], description: "Deputy of Iraq's Hashd al-Shaabi", quote: "deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#afghanistan", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "Afghanistan", aliases: [], externalIds: "{\"wikidata\":\"Q889\"}", sameAs: [], description: null, quote: "a drawdown from Iraq as well as Afghanistan"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#baghdad-airport", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "Baghdad airport", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "in a US attack near Baghdad airport in January 2020"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Barack Obama", aliases: ["Obama"], externalIds: "{\"wikidata\":\"Q76\"}", sameAs: [], description: "Former president of the United States", quote: "Former President Barack Obama, under whom Biden served as vice president"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Donald Trump", aliases: ["Trump"], externalIds: "{\"wikidata\":\"Q22686\"}", sameAs: [], description: "Former president of the United States, Biden's predecessor", quote: "his predecessor Donald Trump"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Fuad Hassan", aliases: [], externalIds: "{}", sameAs: ["Fuad Hussein"], description: "Foreign Minister of Iraq", quote: "Iraq’s Foreign Minister Fuad Hassan"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#hashd-al-shaabi", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "Hashd al-Shaabi", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "Iraq’s Hashd al-Shaabi"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "Iran", aliases: [], externalIds: "{\"wikidata\":\"Q794\"}", sameAs: [], description: null, quote: "paramilitary groups linked to Iran"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "paramilitary groups linked to Iran", aliases: ["Iran-backed armed groups"], externalIds: "{}", sameAs: ["Iranian-linked Shiite paramilitary groups"], description: "Iran-linked paramilitary groups that fire rockets at US forces and bases in Iraq", quote: "rocket fire on United States forces attributed to paramilitary groups linked to Iran"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "Iraq", aliases: [], externalIds: "{\"wikidata\":\"Q796\"}", sameAs: [], description: null, quote: "Iraq and the United States have agreed"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "Iraq Security Forces", aliases: ["ISF", "Iraqi military", "Iraqi army"], externalIds: "{}", sameAs: ["Iraqi security forces"], description: null, quote: "the ISF (Iraq Security Forces)"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraqi-parliament", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "Iraqi parliament", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "the Iraqi parliament voted"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "ISIL", aliases: ["ISIS"], externalIds: "{\"wikidata\":\"Q2429253\"}", sameAs: ["Islamic State group"], description: null, quote: "to fight ISIL (ISIS)"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Joe Biden", aliases: ["Biden"], externalIds: "{\"wikidata\":\"Q6279\"}", sameAs: [], description: "President of the United States", quote: "US President Joe Biden"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#john-kirby", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "John Kirby", aliases: [], externalIds: "{}", sameAs: [], description: "Pentagon press secretary", quote: "John Kirby, the Pentagon press secretary"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#mustafa-al-kadhimi", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Mustafa al-Kadhimi", aliases: [], externalIds: "{}", sameAs: [], description: "Prime Minister of Iraq", quote: "Iraqi Prime Minister Mustafa al-Kadhimi"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#pentagon", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "Pentagon", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "the Pentagon press secretary"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#qassem-soleimani", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Qassem Soleimani", aliases: [], externalIds: "{}", sameAs: ["Qasem Soleimani"], description: "Commander of Iran's Quds Force", quote: "Iran’s elite Quds Force commander, General Qassem Soleimani"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#quds-force", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "organization", name: "Quds Force", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "Iran’s elite Quds Force"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#syria", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "Syria", aliases: [], externalIds: "{\"wikidata\":\"Q858\"}", sameAs: [], description: null, quote: "air strikes on affiliated camps in Syria"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "place", name: "United States", aliases: ["US"], externalIds: "{\"wikidata\":\"Q30\"}", sameAs: [], description: null, quote: "Iraq and the United States have agreed on the withdrawal of all remaining US and coalition combat troops"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#yahya-rasool", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", kind: "person", name: "Yahya Rasool", aliases: [], externalIds: "{}", sameAs: [], description: "Iraqi military spokesman, brigadier general", quote: "Iraqi military spokesman Brigadier General Yahya Rasool"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#afghanistan", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Afghanistan", aliases: [], externalIds: "{\"wikidata\":\"Q889\"}", sameAs: [], description: null, quote: "from Iraq as well as Afghanistan"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#antony-blinken", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Antony Blinken", aliases: [], externalIds: "{}", sameAs: [], description: "US Secretary of State", quote: "Secretary of State Antony Blinken"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#baghdad", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Baghdad", aliases: [], externalIds: "{\"wikidata\":\"Q1530\"}", sameAs: [], description: null, quote: "the assassination in Baghdad"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Barack Obama", aliases: ["Obama"], externalIds: "{\"wikidata\":\"Q76\"}", sameAs: [], description: "Former president of the United States", quote: "Former president Barack Obama, under whom Biden served as vice president"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-administration", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "Biden administration", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "The Biden administration"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#china", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "China", aliases: [], externalIds: "{\"wikidata\":\"Q148\"}", sameAs: [], description: null, quote: "a global rivalry with China"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Donald Trump", aliases: ["Trump"], externalIds: "{\"wikidata\":\"Q22686\"}", sameAs: [], description: "Former president of the United States", quote: "former president Donald Trump"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#fuad-hussein", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Fuad Hussein", aliases: [], externalIds: "{}", sameAs: ["Fuad Hassan"], description: "Foreign Minister of Iraq", quote: "Foreign Minister Fuad Hussein"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Iran", aliases: [], externalIds: "{\"wikidata\":\"Q794\"}", sameAs: [], description: null, quote: "balancing its relations between the United States and Iran"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "Iranian-linked Shiite paramilitary groups", aliases: ["Iranian-linked paramilitaries"], externalIds: "{}", sameAs: ["paramilitary groups linked to Iran"], description: "Shiite paramilitary groups in Iraq linked to Iran", quote: "Iranian-linked Shiite paramilitary groups fire rockets nearly daily at bases with foreign troops"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Iraq", aliases: [], externalIds: "{\"wikidata\":\"Q796\"}", sameAs: [], description: null, quote: "The first “strategic dialogue” with Iraq"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraqi-security-forces", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "Iraqi security forces", aliases: ["Iraqi forces"], externalIds: "{}", sameAs: ["Iraq Security Forces"], description: null, quote: "the (Iraqi security forces’) continued efforts"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "Islamic State group", aliases: ["ISIS"], externalIds: "{\"wikidata\":\"Q2429253\"}", sameAs: ["ISIL"], description: null, quote: "the Islamic State group rampaged across Iraq and Syria"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Joe Biden", aliases: ["Biden"], externalIds: "{\"wikidata\":\"Q6279\"}", sameAs: [], description: "President of the United States", quote: "US President Joe Biden"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#john-kirby", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "John Kirby", aliases: [], externalIds: "{}", sameAs: [], description: "Pentagon spokesman", quote: "Pentagon spokesman John Kirby"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#pentagon", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "Pentagon", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "The Pentagon declined to specify a timeline for a withdrawal"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qasem-soleimani", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Qasem Soleimani", aliases: [], externalIds: "{}", sameAs: ["Qassem Soleimani"], description: "Top Iranian commander", quote: "top Iranian commander Qasem Soleimani"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qassem-al-araji", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "person", name: "Qassem al-Araji", aliases: [], externalIds: "{}", sameAs: [], description: "National security advisor of Iraq", quote: "Iraq’s national security advisor, Qassem al-Araji"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#saudi-arabia", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Saudi Arabia", aliases: [], externalIds: "{\"wikidata\":\"Q851\"}", sameAs: [], description: null, quote: "ally Saudi Arabia"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Syria", aliases: [], externalIds: "{\"wikidata\":\"Q858\"}", sameAs: [], description: null, quote: "airstrikes against targets in Syria"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "United States", aliases: ["US"], externalIds: "{\"wikidata\":\"Q30\"}", sameAs: [], description: null, quote: "The United States committed Wednesday to move all remaining combat forces from Iraq"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#us-led-coalition", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "organization", name: "US-led coalition", aliases: [], externalIds: "{}", sameAs: [], description: null, quote: "a contractor for the US-led coalition"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Vienna", aliases: [], externalIds: "{\"wikidata\":\"Q1741\"}", sameAs: [], description: null, quote: "indirect talks in Vienna"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#yemen", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", kind: "place", name: "Yemen", aliases: [], externalIds: "{\"wikidata\":\"Q805\"}", sameAs: [], description: null, quote: "its devastating war in Yemen"}
] AS row
MATCH (a:Article {id: row.articleId}) CREATE (a)-[:MENTIONS]->(m:Mention) SET m = row;

// Mention keys
UNWIND [
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#abu-mahdi-al-muhandis", key: "person:abu mahdi muhandis"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#afghanistan", key: "place:afghanistan"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#afghanistan", key: "wikidata:Q889"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#baghdad-airport", key: "place:baghdad airpurt"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", key: "person:barack ubama"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", key: "person:ubama"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", key: "wikidata:Q76"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", key: "person:dunald trump"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", key: "person:trump"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", key: "wikidata:Q22686"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan", key: "person:fuad hasan"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan", key: "person:fuad husain"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#hashd-al-shaabi", key: "organization:hashd shaabi"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran", key: "place:iran"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran", key: "wikidata:Q794"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", key: "organization:iran backed armed grups"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", key: "organization:iranian linked shiite paramilitary grups"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", key: "organization:paramilitary grups linked tu iran"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", key: "place:iraq"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", key: "wikidata:Q796"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", key: "organization:iraq security furces"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", key: "organization:iraqi army"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", key: "organization:iraqi military"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", key: "organization:iraqi security furces"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", key: "organization:isf"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraqi-parliament", key: "organization:iraqi parliament"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", key: "organization:isil"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", key: "organization:isis"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", key: "organization:islamic state grup"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", key: "wikidata:Q2429253"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", key: "person:biden"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", key: "person:jue biden"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", key: "wikidata:Q6279"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#john-kirby", key: "person:juhn qirby"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#mustafa-al-kadhimi", key: "person:mustafa qazimi"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#pentagon", key: "organization:pentagun"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#qassem-soleimani", key: "person:qasem sulaimani"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#quds-force", key: "organization:quds furce"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#syria", key: "place:syria"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#syria", key: "wikidata:Q858"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", key: "place:united states"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", key: "place:us"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", key: "wikidata:Q30"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#yahya-rasool", key: "person:yahya rasul"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#afghanistan", key: "place:afghanistan"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#afghanistan", key: "wikidata:Q889"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#antony-blinken", key: "person:antuny blinken"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#baghdad", key: "place:baghdad"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#baghdad", key: "wikidata:Q1530"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", key: "person:barack ubama"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", key: "person:ubama"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", key: "wikidata:Q76"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-administration", key: "organization:biden administratiun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#china", key: "place:china"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#china", key: "wikidata:Q148"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", key: "person:dunald trump"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", key: "person:trump"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", key: "wikidata:Q22686"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#fuad-hussein", key: "person:fuad hasan"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#fuad-hussein", key: "person:fuad husain"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", key: "place:iran"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", key: "wikidata:Q794"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", key: "organization:iranian linked paramilitaries"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", key: "organization:iranian linked shiite paramilitary grups"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", key: "organization:paramilitary grups linked tu iran"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", key: "place:iraq"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", key: "wikidata:Q796"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraqi-security-forces", key: "organization:iraq security furces"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraqi-security-forces", key: "organization:iraqi furces"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraqi-security-forces", key: "organization:iraqi security furces"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", key: "organization:isil"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", key: "organization:isis"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", key: "organization:islamic state grup"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", key: "wikidata:Q2429253"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", key: "person:biden"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", key: "person:jue biden"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", key: "wikidata:Q6279"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#john-kirby", key: "person:juhn qirby"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#pentagon", key: "organization:pentagun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qasem-soleimani", key: "person:qasem sulaimani"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qassem-al-araji", key: "person:qasem araji"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#saudi-arabia", key: "place:saudi arabia"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#saudi-arabia", key: "wikidata:Q851"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", key: "place:syria"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", key: "wikidata:Q858"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", key: "place:united states"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", key: "place:us"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", key: "wikidata:Q30"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#us-led-coalition", key: "organization:us led cualitiun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna", key: "place:viena"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna", key: "wikidata:Q1741"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#yemen", key: "place:yemen"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#yemen", key: "wikidata:Q805"}
] AS row
MATCH (m:Mention {id: row.mention}) MERGE (k:MentionKey {value: row.key}) CREATE (m)-[:HAS_KEY]->(k);

// Reports
UNWIND [
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#biden-strikes-syria", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "airstrike", title: "Biden orders air strikes on affiliated camps in Syria", summary: "Air strikes on camps in Syria affiliated with the Iran-linked paramilitary groups; the article dates them only by Biden's presidency.", whenValue: "2021-01/2021-04", whenPrecision: "Month", earliest: date("2021-01-01"), latest: date("2021-04-30"), whenText: "US President Joe Biden", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#syria", tags: [], quote: "which led US President Joe Biden to order air strikes on affiliated camps in Syria"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "talks", title: "First strategic dialogue round under President Biden", summary: "The first round of the US–Iraq strategic dialogue under President Joe Biden's administration.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeMentionId: null, tags: [], quote: "Wednesday’s round centred on a number of issues, including the presence of US troops in Iraq."},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan-statement", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "statement", title: "Iraq's foreign minister says Iraq still needs US support", summary: null, whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeMentionId: null, tags: [], quote: "Iraq’s Foreign Minister Fuad Hassan said in a statement during Wednesday’s talks that Iraq still needs US support related to training, arming and advising its military."},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "joint-statement", title: "US and Iraq agree to redeploy remaining combat forces, without a timeline", summary: "The joint statement says the mission of US and coalition forces has moved to training and advising, allowing the redeployment of the remaining combat forces, with the timing left to upcoming technical talks.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "on Wednesday", placeMentionId: null, tags: [], quote: "the two countries said in a joint statement on Wednesday that the Iraqi military had made substantial improvements"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-return", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "troop-deployment", title: "Obama sends US troops back to Iraq after the rise of ISIL", summary: null, whenValue: "2014", whenPrecision: "Year", earliest: date("2014-01-01"), latest: date("2014-12-31"), whenText: "following the rise of ISIL", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", tags: [], quote: "had removed all US forces from Iraq but sent troops back following the rise of ISIL"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-withdrawal", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "troop-withdrawal", title: "Obama removes all US forces from Iraq", summary: "The article dates the withdrawal only by Obama's presidency, when Biden was his vice president.", whenValue: "2009/2016", whenPrecision: "Year", earliest: date("2009-01-01"), latest: date("2016-12-31"), whenText: "under whom Biden served as vice president", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", tags: [], quote: "Former President Barack Obama, under whom Biden served as vice president, had removed all US forces from Iraq"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#parliament-vote", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "parliamentary-vote", title: "Iraqi parliament votes for the withdrawal of all foreign troops", summary: null, whenValue: "2020-01-02/2020-02-10", whenPrecision: "Day", earliest: date("2020-01-02"), latest: date("2020-02-10"), whenText: "Days after that incident", placeMentionId: null, tags: [], quote: "Days after that incident, the Iraqi parliament voted in favour of a complete withdrawal of all foreign troops"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#rocket-attacks", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "rocket-attack", title: "Near daily rocket fire on US forces in Iraq", summary: null, whenValue: "2021-04", whenPrecision: "Month", earliest: date("2021-04-01"), latest: date("2021-04-30"), whenText: "near daily", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", tags: [], quote: "near daily rocket fire on United States forces attributed to paramilitary groups linked to Iran"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "targeted-killing", title: "US attack near Baghdad airport kills Qassem Soleimani and Abu Mahdi al-Muhandis", summary: null, whenValue: "2020-01", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2020-01-31"), whenText: "in January 2020", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#baghdad-airport", tags: [], quote: "the killing of Iran’s elite Quds Force commander, General Qassem Soleimani, and deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis, in a US attack near Baghdad airport in January 2020"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#strategic-dialogue", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "strategic-dialogue", title: "US–Iraq strategic dialogue", summary: "The series of US–Iraq talks begun under the Trump administration and held virtually because of the pandemic.", whenValue: "2020-06", whenPrecision: "Month", earliest: date("2020-06-01"), latest: date("2020-06-30"), whenText: "in June", placeMentionId: null, tags: [], quote: "The talks – held virtually because of the COVID-19 pandemic – began in June under the Trump administration."},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#technical-committee", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "committee-formation", title: "Kadhimi orders a committee for technical talks on the redeployment", summary: null, whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Later on Wednesday", placeMentionId: null, tags: [], quote: "Later on Wednesday, Iraqi military spokesman Brigadier General Yahya Rasool said Iraqi Prime Minister Mustafa al-Kadhimi has ordered the formation of a committee that would hold technical talks with the US side to approve “mechanisms and timings” related to the redeployment."},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#trump-drawdown", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "troop-drawdown", title: "Trump's drawdown to 2,500 troops in Iraq and Afghanistan", summary: null, whenValue: "2021-01-15", whenPrecision: "Day", earliest: date("2021-01-15"), latest: date("2021-01-15"), whenText: "by January 15", placeMentionId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", tags: [], quote: "In his final months in office, Trump had ordered a drawdown from Iraq as well as Afghanistan, with the number of US troops in each country dipping to 2,500 by January 15."},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#vow-to-avenge", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "threat", title: "Iran-backed armed groups vow to avenge the killings", summary: null, whenValue: "2020-01-02/2020-02-10", whenPrecision: "Day", earliest: date("2020-01-02"), latest: date("2020-02-10"), whenText: "Days after that incident", placeMentionId: null, tags: [], quote: "the Iraqi parliament voted in favour of a complete withdrawal of all foreign troops as Iran-backed armed groups vowed to avenge the killings"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#withdrawal-calls", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", type: "public-demand", title: "Calls for a complete US withdrawal from Iraq grow louder", summary: null, whenValue: "2020-01/2021-04", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2021-04-30"), whenText: "after the killing", placeMentionId: null, tags: [], quote: "Calls for a complete withdrawal of US troops from Iraq grew louder after the killing"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-strikes-syria", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "airstrike", title: "Biden orders airstrikes in Syria on Iranian-linked paramilitaries", summary: "Ordered after a rocket attack killed a contractor for the US-led coalition and injured US personnel.", whenValue: "2021-02", whenPrecision: "Month", earliest: date("2021-02-01"), latest: date("2021-02-28"), whenText: "in February", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", tags: [], quote: "Biden in February ordered airstrikes against targets in Syria of Iranian-linked paramilitaries after a rocket attack killed a contractor for the US-led coalition and injured US personnel."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "talks", title: "First strategic dialogue under President Biden, by videoconference", summary: "The first US–Iraq strategic dialogue under President Joe Biden's administration.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeMentionId: null, tags: [], quote: "The two nations agreed in a videoconference led by Secretary of State Antony Blinken and Foreign Minister Fuad Hussein that Iraqi forces were ready to take on more responsibility."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#invasion-2003", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "invasion", title: "The 2003 invasion of Iraq", summary: "The invasion of Iraq from which the article counts US withdrawals: the coming one would be the second since.", whenValue: "2003", whenPrecision: "Year", earliest: date("2003-01-01"), latest: date("2003-12-31"), whenText: "2003", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "The United States committed Wednesday to move all remaining combat forces from Iraq, although the two sides did not set a timeline in what would be the second withdrawal since the 2003 invasion."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-rampage", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "offensive", title: "The Islamic State group rampages across Iraq and Syria", summary: null, whenValue: "2014", whenPrecision: "Year", earliest: date("2014-01-01"), latest: date("2014-12-31"), whenText: "in 2014", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria, brutally slaying and enslaving all but Sunni Muslims as it established a self-styled “caliphate.”"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joint-statement-2021-04-07", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "joint-statement", title: "The US commits to move all remaining combat forces from Iraq, without a timeline", summary: "The joint statement says the mission of US and coalition forces has moved to training and advising, allowing the redeployment of the remaining combat forces, with the timing left to upcoming technical talks.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeMentionId: null, tags: [], quote: "The United States committed Wednesday to move all remaining combat forces from Iraq, although the two sides did not set a timeline in what would be the second withdrawal since the 2003 invasion."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "troop-deployment", title: "Obama sends US troops back to Iraq", summary: null, whenValue: "2014", whenPrecision: "Year", earliest: date("2014-01-01"), latest: date("2014-12-31"), whenText: "in 2014", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "But Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-withdrawal", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "troop-withdrawal", title: "Obama removes all US forces from Iraq", summary: "The first US withdrawal since the 2003 invasion; the article dates it only by Obama's presidency, when Biden was his vice president.", whenValue: "2009/2016", whenPrecision: "Year", earliest: date("2009-01-01"), latest: date("2016-12-31"), whenText: "under whom Biden served as vice president", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "Former president Barack Obama, under whom Biden served as vice president, had removed all US forces from Iraq in a fulfillment of his pledges after opposing the 2003 invasion."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#rocket-attacks", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "rocket-attack", title: "Near daily rocket fire at bases with foreign troops", summary: null, whenValue: "2021-04", whenPrecision: "Month", earliest: date("2021-04-01"), latest: date("2021-04-30"), whenText: "nearly daily", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "Iranian-linked Shiite paramilitary groups fire rockets nearly daily at bases with foreign troops in hopes of forcing a US exit."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#sanctions-waiver", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "sanctions-waiver", title: "US extends the sanctions waiver for Iraq's imports of Iranian gas", summary: null, whenValue: "2021-W13", whenPrecision: "Week", earliest: date("2021-03-29"), latest: date("2021-04-04"), whenText: "last week", placeMentionId: null, tags: [], quote: "The Biden administration last week granted the maximum extension to a sanctions waiver for Iraq to stop importing gas from Iran — a major goal of the Trump administration."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "targeted-killing", title: "Trump orders the assassination of Qasem Soleimani in Baghdad", summary: null, whenValue: "2020-01", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2020-01-31"), whenText: "in January 2020", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#baghdad", tags: [], quote: "Iraqi calls soared for a withdrawal of US troops in January 2020 after former president Donald Trump ordered the assassination in Baghdad of top Iranian commander Qasem Soleimani"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#trump-drawdown", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "troop-drawdown", title: "Trump's drawdown to 2,500 troops in Iraq and Afghanistan", summary: null, whenValue: "2021-01-15", whenPrecision: "Day", earliest: date("2021-01-15"), latest: date("2021-01-15"), whenText: "by January 15", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", tags: [], quote: "Trump had ordered a drawdown in his final months from Iraq as well as Afghanistan with the number of US troops in each country dipping to 2,500 by January 15."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna-talks", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "talks", title: "Indirect talks in Vienna on returning to the nuclear agreement with Iran", summary: null, whenValue: "2021-W14", whenPrecision: "Week", earliest: date("2021-04-05"), latest: date("2021-04-11"), whenText: "this week", placeMentionId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna", tags: [], quote: "A US envoy this week is taking part in indirect talks in Vienna on returning to a denuclearization agreement with Iran."},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#withdrawal-calls", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", type: "public-demand", title: "Iraqi calls for a US withdrawal soar", summary: null, whenValue: "2020-01", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2020-01-31"), whenText: "in January 2020", placeMentionId: null, tags: [], quote: "Iraqi calls soared for a withdrawal of US troops in January 2020"}
] AS row
MATCH (a:Article {id: row.articleId}) CREATE (a)-[:REPORTS]->(r:Report) SET r = row;

// Report places
MATCH (r:Report) WHERE r.placeMentionId IS NOT NULL MATCH (m:Mention {id: r.placeMentionId}) CREATE (r)-[:AT_PLACE]->(m);

// Report participants
UNWIND [
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#biden-strikes-syria", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", ordinal: 0, role: "agent", quote: "which led US President Joe Biden to order air strikes on affiliated camps in Syria"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#biden-strikes-syria", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", ordinal: 1, role: "target", quote: "paramilitary groups linked to Iran, which led US President Joe Biden to order air strikes on affiliated camps in Syria"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", ordinal: 0, role: "participant", quote: "Wednesday’s round centred on a number of issues, including the presence of US troops in Iraq."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", ordinal: 1, role: "participant", quote: "Wednesday’s round centred on a number of issues, including the presence of US troops in Iraq."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan-statement", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan", ordinal: 0, role: "speaker", quote: "Iraq’s Foreign Minister Fuad Hassan said in a statement during Wednesday’s talks that Iraq still needs US support related to training, arming and advising its military."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", ordinal: 0, role: "agent", quote: "Iraq and the United States have agreed on the withdrawal of all remaining US and coalition combat troops"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", ordinal: 1, role: "agent", quote: "Iraq and the United States have agreed on the withdrawal of all remaining US and coalition combat troops"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-return", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", ordinal: 0, role: "agent", quote: "Former President Barack Obama, under whom Biden served as vice president, had removed all US forces from Iraq but sent troops back following the rise of ISIL."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-return", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", ordinal: 1, role: "target", quote: "had removed all US forces from Iraq but sent troops back following the rise of ISIL"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-withdrawal", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", ordinal: 0, role: "agent", quote: "Former President Barack Obama, under whom Biden served as vice president, had removed all US forces from Iraq"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#parliament-vote", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraqi-parliament", ordinal: 0, role: "agent", quote: "Days after that incident, the Iraqi parliament voted in favour of a complete withdrawal of all foreign troops"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#rocket-attacks", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", ordinal: 0, role: "agent", quote: "near daily rocket fire on United States forces attributed to paramilitary groups linked to Iran"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#rocket-attacks", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", ordinal: 1, role: "target", quote: "near daily rocket fire on United States forces attributed to paramilitary groups linked to Iran"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", ordinal: 0, role: "agent", quote: "the killing of Iran’s elite Quds Force commander, General Qassem Soleimani, and deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis, in a US attack near Baghdad airport in January 2020"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#qassem-soleimani", ordinal: 1, role: "target", quote: "the killing of Iran’s elite Quds Force commander, General Qassem Soleimani, and deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis, in a US attack near Baghdad airport in January 2020"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#abu-mahdi-al-muhandis", ordinal: 2, role: "target", quote: "the killing of Iran’s elite Quds Force commander, General Qassem Soleimani, and deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis, in a US attack near Baghdad airport in January 2020"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#strategic-dialogue", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", ordinal: 0, role: "participant", quote: "statement after US-Iraq talks says"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#strategic-dialogue", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", ordinal: 1, role: "participant", quote: "statement after US-Iraq talks says"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#technical-committee", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#mustafa-al-kadhimi", ordinal: 0, role: "agent", quote: "Later on Wednesday, Iraqi military spokesman Brigadier General Yahya Rasool said Iraqi Prime Minister Mustafa al-Kadhimi has ordered the formation of a committee that would hold technical talks with the US side to approve “mechanisms and timings” related to the redeployment."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#technical-committee", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#yahya-rasool", ordinal: 1, role: "speaker", quote: "Later on Wednesday, Iraqi military spokesman Brigadier General Yahya Rasool said Iraqi Prime Minister Mustafa al-Kadhimi has ordered the formation of a committee that would hold technical talks with the US side to approve “mechanisms and timings” related to the redeployment."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#trump-drawdown", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", ordinal: 0, role: "agent", quote: "In his final months in office, Trump had ordered a drawdown from Iraq as well as Afghanistan, with the number of US troops in each country dipping to 2,500 by January 15."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#trump-drawdown", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#afghanistan", ordinal: 1, role: "location", quote: "In his final months in office, Trump had ordered a drawdown from Iraq as well as Afghanistan, with the number of US troops in each country dipping to 2,500 by January 15."},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#vow-to-avenge", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", ordinal: 0, role: "agent", quote: "the Iraqi parliament voted in favour of a complete withdrawal of all foreign troops as Iran-backed armed groups vowed to avenge the killings"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#withdrawal-calls", mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", ordinal: 0, role: "location", quote: "Calls for a complete withdrawal of US troops from Iraq grew louder after the killing"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-strikes-syria", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", ordinal: 0, role: "agent", quote: "Biden in February ordered airstrikes against targets in Syria of Iranian-linked paramilitaries after a rocket attack killed a contractor for the US-led coalition and injured US personnel."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-strikes-syria", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", ordinal: 1, role: "target", quote: "Biden in February ordered airstrikes against targets in Syria of Iranian-linked paramilitaries after a rocket attack killed a contractor for the US-led coalition and injured US personnel."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#antony-blinken", ordinal: 0, role: "chair", quote: "The two nations agreed in a videoconference led by Secretary of State Antony Blinken and Foreign Minister Fuad Hussein that Iraqi forces were ready to take on more responsibility."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#fuad-hussein", ordinal: 1, role: "chair", quote: "The two nations agreed in a videoconference led by Secretary of State Antony Blinken and Foreign Minister Fuad Hussein that Iraqi forces were ready to take on more responsibility."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", ordinal: 2, role: "participant", quote: "The first “strategic dialogue” with Iraq under US President Joe Biden’s administration"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", ordinal: 3, role: "participant", quote: "The first “strategic dialogue” with Iraq under US President Joe Biden’s administration"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#invasion-2003", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", ordinal: 0, role: "agent", quote: "The United States committed Wednesday to move all remaining combat forces from Iraq, although the two sides did not set a timeline in what would be the second withdrawal since the 2003 invasion."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-rampage", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", ordinal: 0, role: "agent", quote: "Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria, brutally slaying and enslaving all but Sunni Muslims as it established a self-styled “caliphate.”"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-rampage", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", ordinal: 1, role: "location", quote: "Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria, brutally slaying and enslaving all but Sunni Muslims as it established a self-styled “caliphate.”"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joint-statement-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", ordinal: 0, role: "agent", quote: "The United States committed Wednesday to move all remaining combat forces from Iraq, although the two sides did not set a timeline in what would be the second withdrawal since the 2003 invasion."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joint-statement-2021-04-07", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", ordinal: 1, role: "agent", quote: "“The parties confirmed that the mission of US and coalition forces has now transitioned to one focused on training and advisory tasks, thereby allowing for the redeployment of any remaining combat forces from Iraq, with the timing to be established in upcoming technical talks,” a joint statement said."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", ordinal: 0, role: "agent", quote: "But Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", ordinal: 1, role: "target", quote: "But Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-withdrawal", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", ordinal: 0, role: "agent", quote: "Former president Barack Obama, under whom Biden served as vice president, had removed all US forces from Iraq in a fulfillment of his pledges after opposing the 2003 invasion."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#rocket-attacks", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", ordinal: 0, role: "agent", quote: "Iranian-linked Shiite paramilitary groups fire rockets nearly daily at bases with foreign troops in hopes of forcing a US exit."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#sanctions-waiver", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-administration", ordinal: 0, role: "agent", quote: "The Biden administration last week granted the maximum extension to a sanctions waiver for Iraq to stop importing gas from Iran — a major goal of the Trump administration."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#sanctions-waiver", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", ordinal: 1, role: "beneficiary", quote: "The Biden administration last week granted the maximum extension to a sanctions waiver for Iraq to stop importing gas from Iran — a major goal of the Trump administration."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#sanctions-waiver", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", ordinal: 2, role: "participant", quote: "The Biden administration last week granted the maximum extension to a sanctions waiver for Iraq to stop importing gas from Iran — a major goal of the Trump administration."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", ordinal: 0, role: "agent", quote: "Iraqi calls soared for a withdrawal of US troops in January 2020 after former president Donald Trump ordered the assassination in Baghdad of top Iranian commander Qasem Soleimani"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qasem-soleimani", ordinal: 1, role: "target", quote: "Iraqi calls soared for a withdrawal of US troops in January 2020 after former president Donald Trump ordered the assassination in Baghdad of top Iranian commander Qasem Soleimani"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#trump-drawdown", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", ordinal: 0, role: "agent", quote: "Trump had ordered a drawdown in his final months from Iraq as well as Afghanistan with the number of US troops in each country dipping to 2,500 by January 15."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#trump-drawdown", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#afghanistan", ordinal: 1, role: "location", quote: "Trump had ordered a drawdown in his final months from Iraq as well as Afghanistan with the number of US troops in each country dipping to 2,500 by January 15."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna-talks", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", ordinal: 0, role: "participant", quote: "A US envoy"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna-talks", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", ordinal: 1, role: "participant", quote: "A US envoy this week is taking part in indirect talks in Vienna on returning to a denuclearization agreement with Iran."},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#withdrawal-calls", mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", ordinal: 0, role: "agent", quote: "Iraqi calls soared for a withdrawal of US troops in January 2020"}
] AS row
MATCH (r:Report {id: row.report}) MATCH (m:Mention {id: row.mention}) CREATE (r)-[:HAS_PARTICIPANT {ordinal: row.ordinal, role: row.role, quote: row.quote}]->(m);

// Relation claims
UNWIND [
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@0", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 0, type: "partOf", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#strategic-dialogue", quote: "After a first “strategic dialogue” under President Joe Biden’s administration"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@1", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 1, type: "partOf", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", quote: "After a first “strategic dialogue” under President Joe Biden’s administration, the two countries said in a joint statement on Wednesday"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@2", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 2, type: "partOf", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan-statement", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", quote: "said in a statement during Wednesday’s talks"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@3", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 3, type: "responseTo", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#technical-committee", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", quote: "the timing was to be established “in upcoming technical talks”"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@4", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 4, type: "responseTo", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#withdrawal-calls", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", quote: "Calls for a complete withdrawal of US troops from Iraq grew louder after the killing"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@5", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 5, type: "responseTo", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#parliament-vote", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", quote: "Days after that incident, the Iraqi parliament voted in favour of a complete withdrawal of all foreign troops"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@6", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 6, type: "responseTo", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#vow-to-avenge", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", quote: "Iran-backed armed groups vowed to avenge the killings"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@7", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 7, type: "caused", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#rocket-attacks", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#biden-strikes-syria", quote: "near daily rocket fire on United States forces attributed to paramilitary groups linked to Iran, which led US President Joe Biden to order air strikes on affiliated camps in Syria"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@8", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 8, type: "followedBy", ends: "event", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-withdrawal", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-return", quote: "had removed all US forces from Iraq but sent troops back following the rise of ISIL"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@9", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 9, type: "leads", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", quote: "US President Joe Biden"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@10", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 10, type: "leads", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#mustafa-al-kadhimi", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", quote: "Iraqi Prime Minister Mustafa al-Kadhimi"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@11", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 11, type: "leads", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#qassem-soleimani", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#quds-force", quote: "Iran’s elite Quds Force commander, General Qassem Soleimani"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@12", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 12, type: "memberOf", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#abu-mahdi-al-muhandis", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#hashd-al-shaabi", quote: "deputy of Iraq’s Hashd al-Shaabi, Abu Mahdi al-Muhandis"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@13", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 13, type: "memberOf", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#john-kirby", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#pentagon", quote: "John Kirby, the Pentagon press secretary"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@14", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 14, type: "memberOf", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#yahya-rasool", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", quote: "Iraqi military spokesman Brigadier General Yahya Rasool"},
  {id: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq@15", articleId: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", ordinal: 15, type: "alliedWith", ends: "entity", subjectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", objectRef: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran", quote: "paramilitary groups linked to Iran"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@0", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 0, type: "followedBy", ends: "event", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#invasion-2003", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-withdrawal", quote: "had removed all US forces from Iraq in a fulfillment of his pledges after opposing the 2003 invasion"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@1", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 1, type: "followedBy", ends: "event", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-withdrawal", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", quote: "But Obama sent troops back in 2014"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@2", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 2, type: "responseTo", ends: "event", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-rampage", quote: "Obama sent troops back in 2014 as the Islamic State group rampaged across Iraq and Syria"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@3", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 3, type: "responseTo", ends: "event", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#withdrawal-calls", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing", quote: "Iraqi calls soared for a withdrawal of US troops in January 2020 after former president Donald Trump ordered the assassination in Baghdad of top Iranian commander Qasem Soleimani"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@4", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 4, type: "partOf", ends: "event", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joint-statement-2021-04-07", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", quote: "The two nations agreed in a videoconference"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@5", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 5, type: "leads", ends: "entity", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", quote: "US President Joe Biden"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@6", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 6, type: "leads", ends: "entity", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-administration", quote: "US President Joe Biden’s administration"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@7", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 7, type: "memberOf", ends: "entity", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#john-kirby", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#pentagon", quote: "Pentagon spokesman John Kirby"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@8", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 8, type: "alliedWith", ends: "entity", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", quote: "Iranian-linked Shiite paramilitary groups"},
  {id: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal@9", articleId: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal", ordinal: 9, type: "alliedWith", ends: "entity", subjectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", objectRef: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#saudi-arabia", quote: "Biden has also taken a greater distance from ally Saudi Arabia"}
] AS row
MATCH (a:Article {id: row.articleId}) CREATE (a)-[:CLAIMS]->(c:RelationClaim) SET c = row;

// Curation decisions

// Entities
UNWIND [
  {id: "organization-biden-administratiun", kind: "organization", name: "Biden administration", description: null, externalIds: "{}", aliases: []},
  {id: "organization-hashd-shaabi", kind: "organization", name: "Hashd al-Shaabi", description: null, externalIds: "{}", aliases: []},
  {id: "organization-iran-backed-armed-grups", kind: "organization", name: "Iranian-linked Shiite paramilitary groups", description: "Iran-linked paramilitary groups that fire rockets at US forces and bases in Iraq", externalIds: "{}", aliases: ["Iran-backed armed groups", "Iranian-linked paramilitaries", "paramilitary groups linked to Iran"]},
  {id: "organization-iraq-security-furces", kind: "organization", name: "Iraqi security forces", description: null, externalIds: "{}", aliases: ["ISF", "Iraq Security Forces", "Iraqi army", "Iraqi forces", "Iraqi military"]},
  {id: "organization-iraqi-parliament", kind: "organization", name: "Iraqi parliament", description: null, externalIds: "{}", aliases: []},
  {id: "organization-pentagun", kind: "organization", name: "Pentagon", description: null, externalIds: "{}", aliases: []},
  {id: "organization-quds-furce", kind: "organization", name: "Quds Force", description: null, externalIds: "{}", aliases: []},
  {id: "organization-us-led-cualitiun", kind: "organization", name: "US-led coalition", description: null, externalIds: "{}", aliases: []},
  {id: "organization-wikidata-q2429253", kind: "organization", name: "Islamic State group", description: null, externalIds: "{\"wikidata\":\"Q2429253\"}", aliases: ["ISIL", "ISIS"]},
  {id: "person-abu-mahdi-muhandis", kind: "person", name: "Abu Mahdi al-Muhandis", description: "Deputy of Iraq's Hashd al-Shaabi", externalIds: "{}", aliases: []},
  {id: "person-antuny-blinken", kind: "person", name: "Antony Blinken", description: "US Secretary of State", externalIds: "{}", aliases: []},
  {id: "person-fuad-hasan", kind: "person", name: "Fuad Hussein", description: "Foreign Minister of Iraq", externalIds: "{}", aliases: ["Fuad Hassan"]},
  {id: "person-juhn-qirby", kind: "person", name: "John Kirby", description: "Pentagon press secretary", externalIds: "{}", aliases: []},
  {id: "person-mustafa-qazimi", kind: "person", name: "Mustafa al-Kadhimi", description: "Prime Minister of Iraq", externalIds: "{}", aliases: []},
  {id: "person-qasem-araji", kind: "person", name: "Qassem al-Araji", description: "National security advisor of Iraq", externalIds: "{}", aliases: []},
  {id: "person-qasem-sulaimani", kind: "person", name: "Qassem Soleimani", description: "Commander of Iran's Quds Force", externalIds: "{}", aliases: ["Qasem Soleimani"]},
  {id: "person-wikidata-q22686", kind: "person", name: "Donald Trump", description: "Former president of the United States", externalIds: "{\"wikidata\":\"Q22686\"}", aliases: ["Trump"]},
  {id: "person-wikidata-q6279", kind: "person", name: "Joe Biden", description: "President of the United States", externalIds: "{\"wikidata\":\"Q6279\"}", aliases: ["Biden"]},
  {id: "person-wikidata-q76", kind: "person", name: "Barack Obama", description: "Former president of the United States", externalIds: "{\"wikidata\":\"Q76\"}", aliases: ["Obama"]},
  {id: "person-yahya-rasul", kind: "person", name: "Yahya Rasool", description: "Iraqi military spokesman, brigadier general", externalIds: "{}", aliases: []},
  {id: "place-baghdad-airpurt", kind: "place", name: "Baghdad airport", description: null, externalIds: "{}", aliases: []},
  {id: "place-wikidata-q148", kind: "place", name: "China", description: null, externalIds: "{\"wikidata\":\"Q148\"}", aliases: []},
  {id: "place-wikidata-q1530", kind: "place", name: "Baghdad", description: null, externalIds: "{\"wikidata\":\"Q1530\"}", aliases: []},
  {id: "place-wikidata-q1741", kind: "place", name: "Vienna", description: null, externalIds: "{\"wikidata\":\"Q1741\"}", aliases: []},
  {id: "place-wikidata-q30", kind: "place", name: "United States", description: null, externalIds: "{\"wikidata\":\"Q30\"}", aliases: ["US"]},
  {id: "place-wikidata-q794", kind: "place", name: "Iran", description: null, externalIds: "{\"wikidata\":\"Q794\"}", aliases: []},
  {id: "place-wikidata-q796", kind: "place", name: "Iraq", description: null, externalIds: "{\"wikidata\":\"Q796\"}", aliases: []},
  {id: "place-wikidata-q805", kind: "place", name: "Yemen", description: null, externalIds: "{\"wikidata\":\"Q805\"}", aliases: []},
  {id: "place-wikidata-q851", kind: "place", name: "Saudi Arabia", description: null, externalIds: "{\"wikidata\":\"Q851\"}", aliases: []},
  {id: "place-wikidata-q858", kind: "place", name: "Syria", description: null, externalIds: "{\"wikidata\":\"Q858\"}", aliases: []},
  {id: "place-wikidata-q889", kind: "place", name: "Afghanistan", description: null, externalIds: "{\"wikidata\":\"Q889\"}", aliases: []}
] AS row
CREATE (e:Entity) SET e = row;

// Mention entities
UNWIND [
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#abu-mahdi-al-muhandis", entity: "person-abu-mahdi-muhandis"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#afghanistan", entity: "place-wikidata-q889"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#baghdad-airport", entity: "place-baghdad-airpurt"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#barack-obama", entity: "person-wikidata-q76"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#donald-trump", entity: "person-wikidata-q22686"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan", entity: "person-fuad-hasan"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#hashd-al-shaabi", entity: "organization-hashd-shaabi"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran", entity: "place-wikidata-q794"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iran-linked-paramilitary-groups", entity: "organization-iran-backed-armed-grups"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq", entity: "place-wikidata-q796"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraq-security-forces", entity: "organization-iraq-security-furces"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#iraqi-parliament", entity: "organization-iraqi-parliament"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#isil", entity: "organization-wikidata-q2429253"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joe-biden", entity: "person-wikidata-q6279"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#john-kirby", entity: "person-juhn-qirby"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#mustafa-al-kadhimi", entity: "person-mustafa-qazimi"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#pentagon", entity: "organization-pentagun"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#qassem-soleimani", entity: "person-qasem-sulaimani"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#quds-force", entity: "organization-quds-furce"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#syria", entity: "place-wikidata-q858"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#united-states", entity: "place-wikidata-q30"},
  {mention: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#yahya-rasool", entity: "person-yahya-rasul"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#afghanistan", entity: "place-wikidata-q889"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#antony-blinken", entity: "person-antuny-blinken"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#baghdad", entity: "place-wikidata-q1530"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#barack-obama", entity: "person-wikidata-q76"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-administration", entity: "organization-biden-administratiun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#china", entity: "place-wikidata-q148"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#donald-trump", entity: "person-wikidata-q22686"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#fuad-hussein", entity: "person-fuad-hasan"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iran", entity: "place-wikidata-q794"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iranian-linked-paramilitary-groups", entity: "organization-iran-backed-armed-grups"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraq", entity: "place-wikidata-q796"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#iraqi-security-forces", entity: "organization-iraq-security-furces"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-group", entity: "organization-wikidata-q2429253"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joe-biden", entity: "person-wikidata-q6279"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#john-kirby", entity: "person-juhn-qirby"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#pentagon", entity: "organization-pentagun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qasem-soleimani", entity: "person-qasem-sulaimani"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#qassem-al-araji", entity: "person-qasem-araji"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#saudi-arabia", entity: "place-wikidata-q851"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#syria", entity: "place-wikidata-q858"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#united-states", entity: "place-wikidata-q30"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#us-led-coalition", entity: "organization-us-led-cualitiun"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna", entity: "place-wikidata-q1741"},
  {mention: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#yemen", entity: "place-wikidata-q805"}
] AS row
MATCH (m:Mention {id: row.mention}) SET m.entityId = row.entity;

// Events
UNWIND [
  {id: "event-103e0143132a", type: "airstrike", title: "Biden orders air strikes on affiliated camps in Syria", summary: "Air strikes on camps in Syria affiliated with the Iran-linked paramilitary groups; the article dates them only by Biden's presidency.", whenValue: "2021-02", whenPrecision: "Month", earliest: date("2021-02-01"), latest: date("2021-02-28"), whenText: "in February", placeId: "place-wikidata-q858", tags: [], sourceCount: 2},
  {id: "event-1bf3e3866c81", type: "targeted-killing", title: "Trump orders the assassination of Qasem Soleimani in Baghdad", summary: null, whenValue: "2020-01", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2020-01-31"), whenText: "in January 2020", placeId: "place-baghdad-airpurt", tags: [], sourceCount: 2},
  {id: "event-25fa758d43d6", type: "talks", title: "Indirect talks in Vienna on returning to the nuclear agreement with Iran", summary: null, whenValue: "2021-W14", whenPrecision: "Week", earliest: date("2021-04-05"), latest: date("2021-04-11"), whenText: "this week", placeId: "place-wikidata-q1741", tags: [], sourceCount: 1},
  {id: "event-2ab8688ecd2d", type: "strategic-dialogue", title: "US–Iraq strategic dialogue", summary: "The series of US–Iraq talks begun under the Trump administration and held virtually because of the pandemic.", whenValue: "2020-06", whenPrecision: "Month", earliest: date("2020-06-01"), latest: date("2020-06-30"), whenText: "in June", placeId: null, tags: [], sourceCount: 1},
  {id: "event-5a06dd5154fc", type: "parliamentary-vote", title: "Iraqi parliament votes for the withdrawal of all foreign troops", summary: null, whenValue: "2020-01-02/2020-02-10", whenPrecision: "Day", earliest: date("2020-01-02"), latest: date("2020-02-10"), whenText: "Days after that incident", placeId: null, tags: [], sourceCount: 1},
  {id: "event-743928f81119", type: "public-demand", title: "Calls for a complete US withdrawal from Iraq grow louder", summary: null, whenValue: "2020-01", whenPrecision: "Month", earliest: date("2020-01-01"), latest: date("2020-01-31"), whenText: "in January 2020", placeId: null, tags: [], sourceCount: 2},
  {id: "event-80a6e5a692af", type: "statement", title: "Iraq's foreign minister says Iraq still needs US support", summary: null, whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeId: null, tags: [], sourceCount: 1},
  {id: "event-820270939dfd", type: "sanctions-waiver", title: "US extends the sanctions waiver for Iraq's imports of Iranian gas", summary: null, whenValue: "2021-W13", whenPrecision: "Week", earliest: date("2021-03-29"), latest: date("2021-04-04"), whenText: "last week", placeId: null, tags: [], sourceCount: 1},
  {id: "event-9257d0d87ddb", type: "joint-statement", title: "The US commits to move all remaining combat forces from Iraq, without a timeline", summary: "The joint statement says the mission of US and coalition forces has moved to training and advising, allowing the redeployment of the remaining combat forces, with the timing left to upcoming technical talks.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "on Wednesday", placeId: null, tags: [], sourceCount: 2},
  {id: "event-9258830a604e", type: "rocket-attack", title: "Near daily rocket fire at bases with foreign troops", summary: null, whenValue: "2021-04", whenPrecision: "Month", earliest: date("2021-04-01"), latest: date("2021-04-30"), whenText: "near daily", placeId: "place-wikidata-q796", tags: [], sourceCount: 2},
  {id: "event-9361aea3fc9f", type: "invasion", title: "The 2003 invasion of Iraq", summary: "The invasion of Iraq from which the article counts US withdrawals: the coming one would be the second since.", whenValue: "2003", whenPrecision: "Year", earliest: date("2003-01-01"), latest: date("2003-12-31"), whenText: "2003", placeId: "place-wikidata-q796", tags: [], sourceCount: 1},
  {id: "event-aec21a08b104", type: "troop-withdrawal", title: "Obama removes all US forces from Iraq", summary: "The article dates the withdrawal only by Obama's presidency, when Biden was his vice president.", whenValue: "2009/2016", whenPrecision: "Year", earliest: date("2009-01-01"), latest: date("2016-12-31"), whenText: "under whom Biden served as vice president", placeId: "place-wikidata-q796", tags: [], sourceCount: 2},
  {id: "event-b4f05a47e0f5", type: "offensive", title: "The Islamic State group rampages across Iraq and Syria", summary: null, whenValue: "2014", whenPrecision: "Year", earliest: date("2014-01-01"), latest: date("2014-12-31"), whenText: "in 2014", placeId: "place-wikidata-q796", tags: [], sourceCount: 1},
  {id: "event-ba112a14b720", type: "committee-formation", title: "Kadhimi orders a committee for technical talks on the redeployment", summary: null, whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Later on Wednesday", placeId: null, tags: [], sourceCount: 1},
  {id: "event-cd5ff2ba8c4b", type: "troop-drawdown", title: "Trump's drawdown to 2,500 troops in Iraq and Afghanistan", summary: null, whenValue: "2021-01-15", whenPrecision: "Day", earliest: date("2021-01-15"), latest: date("2021-01-15"), whenText: "by January 15", placeId: "place-wikidata-q796", tags: [], sourceCount: 2},
  {id: "event-cea6591a6664", type: "troop-deployment", title: "Obama sends US troops back to Iraq", summary: null, whenValue: "2014", whenPrecision: "Year", earliest: date("2014-01-01"), latest: date("2014-12-31"), whenText: "following the rise of ISIL", placeId: "place-wikidata-q796", tags: [], sourceCount: 2},
  {id: "event-e860731d3451", type: "talks", title: "First strategic dialogue round under President Biden", summary: "The first US–Iraq strategic dialogue under President Joe Biden's administration.", whenValue: "2021-04-07", whenPrecision: "Day", earliest: date("2021-04-07"), latest: date("2021-04-07"), whenText: "Wednesday", placeId: null, tags: [], sourceCount: 2},
  {id: "event-ff8650574996", type: "threat", title: "Iran-backed armed groups vow to avenge the killings", summary: null, whenValue: "2020-01-02/2020-02-10", whenPrecision: "Day", earliest: date("2020-01-02"), latest: date("2020-02-10"), whenText: "Days after that incident", placeId: null, tags: [], sourceCount: 1}
] AS row
CREATE (e:Event) SET e = row;

// Report events
UNWIND [
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#biden-strikes-syria", event: "event-103e0143132a"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#biden-strikes-syria", event: "event-103e0143132a"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike", event: "event-1bf3e3866c81"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing", event: "event-1bf3e3866c81"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#vienna-talks", event: "event-25fa758d43d6"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#strategic-dialogue", event: "event-2ab8688ecd2d"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#parliament-vote", event: "event-5a06dd5154fc"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#withdrawal-calls", event: "event-743928f81119"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#withdrawal-calls", event: "event-743928f81119"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#fuad-hassan-statement", event: "event-80a6e5a692af"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#sanctions-waiver", event: "event-820270939dfd"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#joint-statement-2021-04-07", event: "event-9257d0d87ddb"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#joint-statement-2021-04-07", event: "event-9257d0d87ddb"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#rocket-attacks", event: "event-9258830a604e"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#rocket-attacks", event: "event-9258830a604e"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#invasion-2003", event: "event-9361aea3fc9f"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-withdrawal", event: "event-aec21a08b104"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-withdrawal", event: "event-aec21a08b104"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#islamic-state-rampage", event: "event-b4f05a47e0f5"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#technical-committee", event: "event-ba112a14b720"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#trump-drawdown", event: "event-cd5ff2ba8c4b"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#trump-drawdown", event: "event-cd5ff2ba8c4b"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#obama-return", event: "event-cea6591a6664"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#obama-return", event: "event-cea6591a6664"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#dialogue-round-2021-04-07", event: "event-e860731d3451"},
  {report: "ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#dialogue-round-2021-04-07", event: "event-e860731d3451"},
  {report: "aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#vow-to-avenge", event: "event-ff8650574996"}
] AS row
MATCH (r:Report {id: row.report}) SET r.eventId = row.event;

// Participations
UNWIND [
  {entity: "organization-iran-backed-armed-grups", event: "event-103e0143132a", roles: ["target"], earliest: date("2021-02-01"), latest: date("2021-02-28")},
  {entity: "person-wikidata-q6279", event: "event-103e0143132a", roles: ["agent"], earliest: date("2021-02-01"), latest: date("2021-02-28")},
  {entity: "person-abu-mahdi-muhandis", event: "event-1bf3e3866c81", roles: ["target"], earliest: date("2020-01-01"), latest: date("2020-01-31")},
  {entity: "person-qasem-sulaimani", event: "event-1bf3e3866c81", roles: ["target"], earliest: date("2020-01-01"), latest: date("2020-01-31")},
  {entity: "person-wikidata-q22686", event: "event-1bf3e3866c81", roles: ["agent"], earliest: date("2020-01-01"), latest: date("2020-01-31")},
  {entity: "place-wikidata-q30", event: "event-1bf3e3866c81", roles: ["agent"], earliest: date("2020-01-01"), latest: date("2020-01-31")},
  {entity: "place-wikidata-q30", event: "event-25fa758d43d6", roles: ["participant"], earliest: date("2021-04-05"), latest: date("2021-04-11")},
  {entity: "place-wikidata-q794", event: "event-25fa758d43d6", roles: ["participant"], earliest: date("2021-04-05"), latest: date("2021-04-11")},
  {entity: "place-wikidata-q30", event: "event-2ab8688ecd2d", roles: ["participant"], earliest: date("2020-06-01"), latest: date("2020-06-30")},
  {entity: "place-wikidata-q796", event: "event-2ab8688ecd2d", roles: ["participant"], earliest: date("2020-06-01"), latest: date("2020-06-30")},
  {entity: "organization-iraqi-parliament", event: "event-5a06dd5154fc", roles: ["agent"], earliest: date("2020-01-02"), latest: date("2020-02-10")},
  {entity: "place-wikidata-q796", event: "event-743928f81119", roles: ["agent", "location"], earliest: date("2020-01-01"), latest: date("2020-01-31")},
  {entity: "person-fuad-hasan", event: "event-80a6e5a692af", roles: ["speaker"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "organization-biden-administratiun", event: "event-820270939dfd", roles: ["agent"], earliest: date("2021-03-29"), latest: date("2021-04-04")},
  {entity: "place-wikidata-q794", event: "event-820270939dfd", roles: ["participant"], earliest: date("2021-03-29"), latest: date("2021-04-04")},
  {entity: "place-wikidata-q796", event: "event-820270939dfd", roles: ["beneficiary"], earliest: date("2021-03-29"), latest: date("2021-04-04")},
  {entity: "place-wikidata-q30", event: "event-9257d0d87ddb", roles: ["agent"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "place-wikidata-q796", event: "event-9257d0d87ddb", roles: ["agent"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "organization-iran-backed-armed-grups", event: "event-9258830a604e", roles: ["agent"], earliest: date("2021-04-01"), latest: date("2021-04-30")},
  {entity: "place-wikidata-q30", event: "event-9258830a604e", roles: ["target"], earliest: date("2021-04-01"), latest: date("2021-04-30")},
  {entity: "place-wikidata-q30", event: "event-9361aea3fc9f", roles: ["agent"], earliest: date("2003-01-01"), latest: date("2003-12-31")},
  {entity: "person-wikidata-q76", event: "event-aec21a08b104", roles: ["agent"], earliest: date("2009-01-01"), latest: date("2016-12-31")},
  {entity: "organization-wikidata-q2429253", event: "event-b4f05a47e0f5", roles: ["agent"], earliest: date("2014-01-01"), latest: date("2014-12-31")},
  {entity: "place-wikidata-q858", event: "event-b4f05a47e0f5", roles: ["location"], earliest: date("2014-01-01"), latest: date("2014-12-31")},
  {entity: "person-mustafa-qazimi", event: "event-ba112a14b720", roles: ["agent"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "person-yahya-rasul", event: "event-ba112a14b720", roles: ["speaker"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "person-wikidata-q22686", event: "event-cd5ff2ba8c4b", roles: ["agent"], earliest: date("2021-01-15"), latest: date("2021-01-15")},
  {entity: "place-wikidata-q889", event: "event-cd5ff2ba8c4b", roles: ["location"], earliest: date("2021-01-15"), latest: date("2021-01-15")},
  {entity: "organization-wikidata-q2429253", event: "event-cea6591a6664", roles: ["target"], earliest: date("2014-01-01"), latest: date("2014-12-31")},
  {entity: "person-wikidata-q76", event: "event-cea6591a6664", roles: ["agent"], earliest: date("2014-01-01"), latest: date("2014-12-31")},
  {entity: "person-antuny-blinken", event: "event-e860731d3451", roles: ["chair"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "person-fuad-hasan", event: "event-e860731d3451", roles: ["chair"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "place-wikidata-q30", event: "event-e860731d3451", roles: ["participant"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "place-wikidata-q796", event: "event-e860731d3451", roles: ["participant"], earliest: date("2021-04-07"), latest: date("2021-04-07")},
  {entity: "organization-iran-backed-armed-grups", event: "event-ff8650574996", roles: ["agent"], earliest: date("2020-01-02"), latest: date("2020-02-10")}
] AS row
MATCH (n:Entity {id: row.entity}) MATCH (e:Event {id: row.event}) CREATE (n)-[:PARTICIPATED_IN {roles: row.roles, earliest: row.earliest, latest: row.latest}]->(e);

// Conflicts
UNWIND [
  {id: "event-1bf3e3866c81|place|place-baghdad-airpurt", eventId: "event-1bf3e3866c81", field: "place", value: "place-baghdad-airpurt", reportIds: "[\"aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq#soleimani-strike\"]"},
  {id: "event-1bf3e3866c81|place|place-wikidata-q1530", eventId: "event-1bf3e3866c81", field: "place", value: "place-wikidata-q1530", reportIds: "[\"ndtv-afp-2021-04-08-us-pledges-iraq-troop-withdrawal#soleimani-killing\"]"}
] AS row
MATCH (e:Event {id: row.eventId}) CREATE (e)-[:HAS_CONFLICT]->(c:EventConflict) SET c = row;

