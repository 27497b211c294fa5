-- Event blocking looks up, for each entity of a report, the reports of its type filed under that
-- entity whose range comes within some days of the report's. Ordered by start alone, that scan is
-- bounded only by the longest range filed, so reports are now filed by span class too: 0 a day,
-- 1 up to a week, 2 a month, 3 a quarter, 4 a year, 5 longer. Each lookup scans, per class, starts
-- between (the window's start - the class's longest span) and the window's end; only class 5 (ranges
-- over a year, rare) is scanned unbounded below. Days are also kept as day numbers (days since
-- 1970-01-01), so that the window is plain integer arithmetic.
CREATE TABLE report_entities_by_span (
    entity_id  TEXT NOT NULL,
    type       TEXT NOT NULL,
    span_class INTEGER NOT NULL,
    first_day  INTEGER NOT NULL,
    last_day   INTEGER NOT NULL,
    earliest   TEXT NOT NULL,
    latest     TEXT NOT NULL,
    report_id  TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, type, span_class, first_day, report_id)
) WITHOUT ROWID;
INSERT INTO report_entities_by_span (entity_id, type, span_class, first_day, last_day, earliest, latest, report_id)
SELECT entity_id, type,
       CASE WHEN last_day = first_day THEN 0 WHEN last_day - first_day <= 6 THEN 1 WHEN last_day - first_day <= 30 THEN 2
            WHEN last_day - first_day <= 91 THEN 3 WHEN last_day - first_day <= 365 THEN 4 ELSE 5 END,
       first_day, last_day, earliest, latest, report_id
FROM (SELECT *, unixepoch(earliest) / 86400 AS first_day, unixepoch(latest) / 86400 AS last_day FROM report_entities);
DROP TABLE report_entities;
ALTER TABLE report_entities_by_span RENAME TO report_entities;
CREATE INDEX ix_report_entities_report ON report_entities (report_id);
