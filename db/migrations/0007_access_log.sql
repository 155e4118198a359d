-- 0007: the access log (NEN 7513 style), the history of corrected resident details
-- (AVG art. 16) and the retention of closed dossiers (AVG art. 17, legal retention).
--
-- Privacy: a log line says who did what with which dossier, when, where and with what result;
-- never a name, BSN, search text or changed value. `resident_id` is the internal id (never
-- reused) and has no foreign key: the lines outlive a purged dossier until they are 5 years
-- old (docs/security.md, "Toegangslog").

CREATE TABLE access_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- consecutive; never reused
    at              TEXT NOT NULL,                       -- UTC ISO 8601, second precision
    actor           TEXT NOT NULL,                       -- operating-system user
    profile         TEXT NOT NULL,                       -- the app's data profile
    workstation     TEXT NOT NULL,                       -- host name
    resident_id     INTEGER,                             -- which dossier (NULL: none, e.g. search)
    conversation_id INTEGER,                             -- which conversation, if any
    action          TEXT NOT NULL CHECK (action IN (
                        'view', 'search', 'create', 'change', 'export', 'print', 'import',
                        'delete', 'restore', 'log_export', 'log_purge')),
    detail          TEXT NOT NULL DEFAULT '',            -- a code or field name, never a value
    result          TEXT NOT NULL CHECK (result IN ('ok', 'refused', 'failed')),
    prev_hash       TEXT NOT NULL,                       -- the hash of the line before
    hash            TEXT NOT NULL                        -- SHA-256(prev_hash + canonical line)
);
CREATE INDEX access_log_resident ON access_log (resident_id, id);
CREATE INDEX access_log_at ON access_log (at);

-- Present only inside the transaction of a log purge (store/access_log.py): while it holds a
-- row, lines up to and including `through_id` may be deleted; nothing else ever may.
CREATE TABLE access_log_purge_marker (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    through_id  INTEGER NOT NULL
);

-- One row per log purge: where the chain now starts, so the check still passes.
CREATE TABLE access_log_checkpoints (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    at                TEXT NOT NULL,
    removed_through   INTEGER NOT NULL,   -- the last removed line's id
    removed_count     INTEGER NOT NULL,
    last_removed_hash TEXT NOT NULL       -- the next line's prev_hash must equal this
);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
WHEN NOT EXISTS (SELECT 1 FROM access_log_purge_marker m WHERE OLD.id <= m.through_id)
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;

CREATE TRIGGER access_log_checkpoints_no_update BEFORE UPDATE ON access_log_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'access_log_checkpoints is append-only');
END;

CREATE TRIGGER access_log_checkpoints_no_delete BEFORE DELETE ON access_log_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'access_log_checkpoints is append-only');
END;

-- Rectification (AVG art. 16): what changed in the resident's details, when and by whom. The
-- old and new values are the resident's own data, so they live in the dossier and go with it.
CREATE TABLE resident_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,                 -- UTC ISO 8601
    actor       TEXT NOT NULL DEFAULT '',      -- operating-system user
    field       TEXT NOT NULL,                 -- e.g. 'surname', 'bsn', 'household'
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX resident_changes_resident ON resident_changes (resident_id, id);

-- Closing a dossier sets its retention: the law that applies, the day help ended and the day
-- from which the dossier may be purged (help end + 15 years Wmo, + 20 years Jeugdwet, or as
-- configured). An open dossier has none of these.
ALTER TABLE residents ADD COLUMN closed_on TEXT;
ALTER TABLE residents ADD COLUMN retention_law TEXT CHECK (retention_law IN ('wmo', 'youth'));
ALTER TABLE residents ADD COLUMN help_ended_on TEXT;
ALTER TABLE residents ADD COLUMN retain_until TEXT;
CREATE INDEX residents_retain_until ON residents (retain_until) WHERE retain_until IS NOT NULL;
