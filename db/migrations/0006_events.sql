-- 0006: the dossier's event log (what was done with a dossier, e.g. a report exported).
--
-- Privacy: a row says who did what and when, never what it contained. `actor` is the
-- operating-system user name of the professional, not resident data; `detail` is a short
-- code (for a report: the variant, 'resident' or 'file'), never the report's content nor the
-- path it was written to (a file name or folder could reveal who it is about).
-- The log belongs to the resident's dossier and goes with it.

CREATE TABLE dossier_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused
    resident_id     INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    -- The conversation the event concerns, if any. When that conversation is deleted the
    -- event stays in the dossier: that a report was handed out remains true.
    conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    at              TEXT NOT NULL,                       -- UTC ISO 8601, second precision
    actor           TEXT NOT NULL DEFAULT '',            -- OS user name of the professional
    kind            TEXT NOT NULL CHECK (kind IN ('report_exported')),
    detail          TEXT NOT NULL DEFAULT ''             -- a code: the report variant, '+restricted' when the reporting-code record was included
);
CREATE INDEX dossier_events_resident ON dossier_events (resident_id, id);
CREATE INDEX dossier_events_conversation ON dossier_events (conversation_id);
