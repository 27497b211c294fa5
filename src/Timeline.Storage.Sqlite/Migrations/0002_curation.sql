-- Curation log: who did what, when. Kept apart from the graph (not exported): the graph is a function
-- of claims and decisions, the log is the history of how the decisions came to be.
CREATE TABLE curation_log (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    targets TEXT NOT NULL,
    results TEXT NOT NULL,
    note    TEXT
);
CREATE INDEX ix_curation_log_action ON curation_log (action, seq);

-- Blocking index of cross-document merge candidates: each entity under "{kind}:{first letters of a
-- word of a normalised name}", so entities resolved apart still meet a similar name of their kind.
CREATE TABLE entity_blocks (
    block     TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (block, entity_id)
) WITHOUT ROWID;
CREATE INDEX ix_entity_blocks_entity ON entity_blocks (entity_id);
