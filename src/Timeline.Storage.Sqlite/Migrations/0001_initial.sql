-- Claims: what each article states, exactly as it states it. Deleting an article deletes its claims.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    title        TEXT NOT NULL,
    publisher    TEXT,
    published    TEXT NOT NULL,
    language     TEXT,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_articles_published ON articles (published, id);

CREATE TABLE mentions (
    mention_id   TEXT PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    aliases      TEXT NOT NULL,
    external_ids TEXT NOT NULL,
    same_as      TEXT NOT NULL,
    description  TEXT,
    quote        TEXT NOT NULL,
    digest       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_mentions_article ON mentions (article_id);

-- The keys under which mentions meet (EntityKeys.For): the index that finds a mention's cluster.
CREATE TABLE mention_keys (
    key        TEXT NOT NULL,
    mention_id TEXT NOT NULL REFERENCES mentions (mention_id) ON DELETE CASCADE,
    PRIMARY KEY (key, mention_id)
) WITHOUT ROWID;
CREATE INDEX ix_mention_keys_mention ON mention_keys (mention_id, key);

CREATE TABLE reports (
    report_id        TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type             TEXT NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT,
    when_value       TEXT NOT NULL,
    when_precision   TEXT NOT NULL,
    earliest         TEXT NOT NULL,
    latest           TEXT NOT NULL,
    when_text        TEXT,
    place_mention_id TEXT,
    tags             TEXT NOT NULL,
    quote            TEXT NOT NULL,
    digest           TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_reports_article ON reports (article_id);
CREATE INDEX ix_reports_place ON reports (place_mention_id) WHERE place_mention_id IS NOT NULL;

CREATE TABLE report_participants (
    report_id  TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    mention_id TEXT NOT NULL,
    role       TEXT NOT NULL,
    quote      TEXT NOT NULL,
    PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_report_participants_mention ON report_participants (mention_id);

-- subject_ref/object_ref are mention ids (ends = 'entity') or report ids (ends = 'event').
CREATE TABLE relation_claims (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    type           TEXT NOT NULL,
    ends           TEXT NOT NULL,
    subject_ref    TEXT NOT NULL,
    object_ref     TEXT NOT NULL,
    start_value    TEXT,
    start_precision TEXT,
    start_earliest TEXT,
    start_latest   TEXT,
    start_text     TEXT,
    end_value      TEXT,
    end_precision  TEXT,
    end_earliest   TEXT,
    end_latest     TEXT,
    end_text       TEXT,
    quote          TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_relation_claims_subject ON relation_claims (subject_ref);
CREATE INDEX ix_relation_claims_object ON relation_claims (object_ref);

-- Curation decisions on pairs of mentions (mention_a < mention_b).
CREATE TABLE merge_decisions (
    mention_a TEXT NOT NULL,
    mention_b TEXT NOT NULL,
    decision  TEXT NOT NULL,
    note      TEXT,
    PRIMARY KEY (mention_a, mention_b)
) WITHOUT ROWID;
CREATE INDEX ix_merge_decisions_b ON merge_decisions (mention_b);

-- Derived canonical graph: a function of the claims and the decisions, rebuilt cluster by cluster.
CREATE TABLE entities (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    sort_name    TEXT NOT NULL,
    description  TEXT,
    external_ids TEXT NOT NULL
);
CREATE INDEX ix_entities_sort ON entities (sort_name, id);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX ix_entity_keys_entity ON entity_keys (entity_id);

-- Which entity each mention belongs to: a mention id always finds its current entity.
CREATE TABLE entity_members (
    mention_id TEXT PRIMARY KEY,
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_entity_members_entity ON entity_members (entity_id);

CREATE TABLE merge_candidates (
    id              TEXT PRIMARY KEY,
    left_entity_id  TEXT NOT NULL,
    right_entity_id TEXT NOT NULL,
    score           REAL NOT NULL,
    evidence        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_merge_candidates_left ON merge_candidates (left_entity_id);
CREATE INDEX ix_merge_candidates_right ON merge_candidates (right_entity_id);

CREATE TABLE events (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT,
    when_value      TEXT NOT NULL,
    when_precision  TEXT NOT NULL,
    earliest        TEXT NOT NULL,
    latest          TEXT NOT NULL,
    when_text       TEXT,
    place_entity_id TEXT,
    tags            TEXT NOT NULL,
    source_count    INTEGER NOT NULL
);
CREATE INDEX ix_events_time ON events (earliest, latest, id);
CREATE INDEX ix_events_type_time ON events (type, earliest, latest, id);
CREATE INDEX ix_events_place_time ON events (place_entity_id, earliest, latest, id) WHERE place_entity_id IS NOT NULL;

CREATE TABLE event_reports (
    report_id TEXT PRIMARY KEY,
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_event_reports_event ON event_reports (event_id);

-- One row per (entity, event), ordered for an entity's timeline; roles as a JSON array.
CREATE TABLE participations (
    entity_id TEXT NOT NULL,
    earliest  TEXT NOT NULL,
    latest    TEXT NOT NULL,
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    roles     TEXT NOT NULL,
    PRIMARY KEY (entity_id, earliest, latest, event_id)
) WITHOUT ROWID;
CREATE INDEX ix_participations_event ON participations (event_id, entity_id);

CREATE TABLE event_tags (
    tag      TEXT NOT NULL,
    earliest TEXT NOT NULL,
    latest   TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, earliest, latest, event_id)
) WITHOUT ROWID;
CREATE INDEX ix_event_tags_event ON event_tags (event_id);

CREATE TABLE conflicts (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    report_ids TEXT NOT NULL,
    PRIMARY KEY (event_id, field, value)
) WITHOUT ROWID;

-- The blocking index of event merging: each report under each resolved entity it involves.
CREATE TABLE report_entities (
    entity_id TEXT NOT NULL,
    type      TEXT NOT NULL,
    earliest  TEXT NOT NULL,
    latest    TEXT NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, type, earliest, report_id)
) WITHOUT ROWID;
CREATE INDEX ix_report_entities_report ON report_entities (report_id);

-- Former ids of merged or split nodes, so links made to them keep working. Not part of the
-- deterministic export: which ids existed in between depends on arrival order.
CREATE TABLE former_ids (
    old_id     TEXT PRIMARY KEY,
    current_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_former_ids_current ON former_ids (current_id);

CREATE VIRTUAL TABLE event_fts USING fts5 (title, summary, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE entity_fts USING fts5 (names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
