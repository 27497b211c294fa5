-- Event blocking looks up, for an entity and a type, the reports whose range shares a day with a
-- window. Ordered by earliest date alone, that scan is bounded only by the longest range filed, so
-- reports are now filed by span class too: 0 a day, 1 up to a week, 2 a month, 3 a quarter, 4 a year,
-- 5 longer. Each lookup scans, per class, earliest between (window start - the class's longest span)
-- and the window's end; only class 5 (ranges over a year, rare) is scanned unbounded below.
CREATE TABLE report_entities_by_span (
    entity_id  TEXT NOT NULL,
    type       TEXT NOT NULL,
    span_class INTEGER NOT NULL,
    earliest   TEXT NOT NULL,
    latest     TEXT NOT NULL,
    report_id  TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, type, span_class, earliest, report_id)
) WITHOUT ROWID;
INSERT INTO report_entities_by_span (entity_id, type, span_class, earliest, latest, report_id)
SELECT entity_id, type,
       CASE WHEN s = 0 THEN 0 WHEN s <= 6 THEN 1 WHEN s <= 30 THEN 2 WHEN s <= 91 THEN 3 WHEN s <= 365 THEN 4 ELSE 5 END,
       earliest, latest, report_id
FROM (SELECT *, julianday(latest) - julianday(earliest) AS s FROM report_entities);
DROP TABLE report_entities;
ALTER TABLE report_entities_by_span RENAME TO report_entities;
CREATE INDEX ix_report_entities_report ON report_entities (report_id);
