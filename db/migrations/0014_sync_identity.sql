-- 0014: every record of a dossier gets a global identity, and the tables a team's sync keeps
-- (issue 16). With no team joined nothing here changes what the app does: the sync's capture
-- triggers are installed only when the store joins a team (store/sync_outbox.py).
--
-- 1. A `uuid` (UUID v7, lowercase with dashes) on every table that belongs to a dossier: on the
-- wire a record and its foreign keys are uuids, local integer ids never leave the laptop. The
-- access log (uploaded on its own), the learning loop, the partner directory and the store's
-- identity get none. Existing rows are given one here; a new row gets one from its AFTER INSERT
-- trigger (`AND uuid IS NULL`: the sync's own insert trigger may have given it already). The uuid is made in plain SQL (SQLite 3.42+: unixepoch('subsec')), not by a Python
-- function registered on the app's connection, so every connection that writes the file (the
-- command line, a script, a test) makes them alike and no insert can fail for lack of it.
-- The copy made before this migration (store/connection.py) is the backup.

CREATE VIEW sync_new_uuid AS SELECT lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' ||
    printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' ||
    substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) AS uuid;

ALTER TABLE residents ADD COLUMN uuid TEXT;
UPDATE residents SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX residents_uuid ON residents (uuid);
CREATE TRIGGER residents_uuid AFTER INSERT ON residents WHEN NEW.uuid IS NULL
BEGIN
    UPDATE residents SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE household_members ADD COLUMN uuid TEXT;
UPDATE household_members SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX household_members_uuid ON household_members (uuid);
CREATE TRIGGER household_members_uuid AFTER INSERT ON household_members WHEN NEW.uuid IS NULL
BEGIN
    UPDATE household_members SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE conversations ADD COLUMN uuid TEXT;
UPDATE conversations SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX conversations_uuid ON conversations (uuid);
CREATE TRIGGER conversations_uuid AFTER INSERT ON conversations WHEN NEW.uuid IS NULL
BEGIN
    UPDATE conversations SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE conversation_participants ADD COLUMN uuid TEXT;
UPDATE conversation_participants SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX conversation_participants_uuid ON conversation_participants (uuid);
CREATE TRIGGER conversation_participants_uuid AFTER INSERT ON conversation_participants WHEN NEW.uuid IS NULL
BEGIN
    UPDATE conversation_participants SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE domain_assessments ADD COLUMN uuid TEXT;
UPDATE domain_assessments SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX domain_assessments_uuid ON domain_assessments (uuid);
CREATE TRIGGER domain_assessments_uuid AFTER INSERT ON domain_assessments WHEN NEW.uuid IS NULL
BEGIN
    UPDATE domain_assessments SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND domain_key = NEW.domain_key AND uuid IS NULL;
END;

ALTER TABLE conversation_markers ADD COLUMN uuid TEXT;
UPDATE conversation_markers SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX conversation_markers_uuid ON conversation_markers (uuid);
CREATE TRIGGER conversation_markers_uuid AFTER INSERT ON conversation_markers WHEN NEW.uuid IS NULL
BEGIN
    UPDATE conversation_markers SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND marker = NEW.marker AND uuid IS NULL;
END;

ALTER TABLE signal_decisions ADD COLUMN uuid TEXT;
UPDATE signal_decisions SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX signal_decisions_uuid ON signal_decisions (uuid);
CREATE TRIGGER signal_decisions_uuid AFTER INSERT ON signal_decisions WHEN NEW.uuid IS NULL
BEGIN
    UPDATE signal_decisions SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND rule_id = NEW.rule_id AND uuid IS NULL;
END;

ALTER TABLE conversation_routes ADD COLUMN uuid TEXT;
UPDATE conversation_routes SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX conversation_routes_uuid ON conversation_routes (uuid);
CREATE TRIGGER conversation_routes_uuid AFTER INSERT ON conversation_routes WHEN NEW.uuid IS NULL
BEGIN
    UPDATE conversation_routes SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE route_connections ADD COLUMN uuid TEXT;
UPDATE route_connections SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX route_connections_uuid ON route_connections (uuid);
CREATE TRIGGER route_connections_uuid AFTER INSERT ON route_connections WHEN NEW.uuid IS NULL
BEGIN
    UPDATE route_connections SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND connection = NEW.connection AND uuid IS NULL;
END;

ALTER TABLE agreements ADD COLUMN uuid TEXT;
UPDATE agreements SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX agreements_uuid ON agreements (uuid);
CREATE TRIGGER agreements_uuid AFTER INSERT ON agreements WHEN NEW.uuid IS NULL
BEGIN
    UPDATE agreements SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE agreement_domains ADD COLUMN uuid TEXT;
UPDATE agreement_domains SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX agreement_domains_uuid ON agreement_domains (uuid);
CREATE TRIGGER agreement_domains_uuid AFTER INSERT ON agreement_domains WHEN NEW.uuid IS NULL
BEGIN
    UPDATE agreement_domains SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE agreement_id = NEW.agreement_id AND domain_key = NEW.domain_key AND uuid IS NULL;
END;

ALTER TABLE safety_records ADD COLUMN uuid TEXT;
UPDATE safety_records SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX safety_records_uuid ON safety_records (uuid);
CREATE TRIGGER safety_records_uuid AFTER INSERT ON safety_records WHEN NEW.uuid IS NULL
BEGIN
    UPDATE safety_records SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE safety_consultations ADD COLUMN uuid TEXT;
UPDATE safety_consultations SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX safety_consultations_uuid ON safety_consultations (uuid);
CREATE TRIGGER safety_consultations_uuid AFTER INSERT ON safety_consultations WHEN NEW.uuid IS NULL
BEGIN
    UPDATE safety_consultations SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND position = NEW.position AND uuid IS NULL;
END;

ALTER TABLE investigation_topics ADD COLUMN uuid TEXT;
UPDATE investigation_topics SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX investigation_topics_uuid ON investigation_topics (uuid);
CREATE TRIGGER investigation_topics_uuid AFTER INSERT ON investigation_topics WHEN NEW.uuid IS NULL
BEGIN
    UPDATE investigation_topics SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE conversation_id = NEW.conversation_id AND topic = NEW.topic AND uuid IS NULL;
END;

ALTER TABLE dossier_events ADD COLUMN uuid TEXT;
UPDATE dossier_events SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX dossier_events_uuid ON dossier_events (uuid);
CREATE TRIGGER dossier_events_uuid AFTER INSERT ON dossier_events WHEN NEW.uuid IS NULL
BEGIN
    UPDATE dossier_events SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

ALTER TABLE resident_changes ADD COLUMN uuid TEXT;
UPDATE resident_changes SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX resident_changes_uuid ON resident_changes (uuid);
CREATE TRIGGER resident_changes_uuid AFTER INSERT ON resident_changes WHEN NEW.uuid IS NULL
BEGIN
    UPDATE resident_changes SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

-- The journal's entries (0013) are append-only; their triggers let the uuid be set: it is not
-- among the columns they guard.
ALTER TABLE journal_entries ADD COLUMN uuid TEXT;
UPDATE journal_entries SET uuid = lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' || printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX journal_entries_uuid ON journal_entries (uuid);
CREATE TRIGGER journal_entries_uuid AFTER INSERT ON journal_entries WHEN NEW.uuid IS NULL
BEGIN
    UPDATE journal_entries SET uuid = (SELECT uuid FROM sync_new_uuid) WHERE rowid = NEW.rowid AND uuid IS NULL;
END;

-- 2. The outbox: each local change as an operation, oldest first, until the server answered.
-- `sent` is set before an operation first leaves the laptop and never cleared: once sent, the
-- server may have applied it, so it is never changed again (a later edit becomes a new one).
CREATE TABLE sync_outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT NOT NULL UNIQUE,               -- UUID v7: the server's idempotence key
    kind         TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete', 'summary')),
    table_name   TEXT NOT NULL,
    record_id    TEXT NOT NULL,                      -- the record's uuid
    resident_id  TEXT,                               -- the dossier's uuid
    field        TEXT,                               -- update only
    before       TEXT,                               -- JSON, update only
    after        TEXT,                               -- JSON, update only
    data         TEXT,                               -- JSON object: insert and summary
    at           TEXT NOT NULL,                      -- UTC, the device's clock
    sent         INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    -- When the server answered (applied, duplicate, conflict or refused). Answered operations
    -- are kept a while: a server restored from an older backup gets them again.
    acked_at     TEXT,
    status       TEXT
);
CREATE INDEX sync_outbox_record ON sync_outbox (table_name, record_id, seq);
-- What waits for an answer, oldest first (the push and the status bar read only these).
CREATE INDEX sync_outbox_unanswered ON sync_outbox (seq) WHERE acked_at IS NULL;
CREATE INDEX sync_outbox_answered ON sync_outbox (acked_at) WHERE acked_at IS NOT NULL;

-- Holds its one row only inside the transaction that applies pulled changes: the capture
-- triggers skip what happens while it exists, so a pulled change never goes back out.
CREATE TABLE sync_applying (
    id  INTEGER PRIMARY KEY CHECK (id = 1)
);

-- Where the pull stands (the server's sequence and the change id there), and the status bar's
-- facts. Advanced in the same transaction as the page it follows.
CREATE TABLE sync_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq            INTEGER NOT NULL DEFAULT 0,
    last_change         TEXT,
    last_synced_at      TEXT,                        -- UTC
    last_error          TEXT NOT NULL DEFAULT '',    -- a problem code ('' after a good sync)
    open_conflicts      INTEGER NOT NULL DEFAULT 0,
    log_uploaded_through INTEGER NOT NULL DEFAULT 0  -- the last access_log id the server has
);

-- The team's server and this professional's login, inside the encrypted store (never in the
-- settings file). One row while the store is in a team.
CREATE TABLE team_connection (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    host                TEXT NOT NULL,
    port                INTEGER NOT NULL,
    database            TEXT NOT NULL,
    tls_mode            TEXT NOT NULL,
    ca_certificate_pem  TEXT NOT NULL DEFAULT '',
    user_name           TEXT NOT NULL,
    password            TEXT NOT NULL,
    device_label        TEXT NOT NULL DEFAULT '',
    team_name           TEXT NOT NULL DEFAULT '',
    member_name         TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL DEFAULT '',
    joined_at           TEXT NOT NULL
);

-- The team's caseload list (to find a resident; nothing of the dossier itself), as the server
-- gave it at the last sync. `terms` is the folded name and date of birth for searching.
CREATE TABLE team_caseload (
    resident_uuid       TEXT PRIMARY KEY,
    display_name        TEXT NOT NULL,
    terms               TEXT NOT NULL,
    date_of_birth       TEXT,
    coordinator         TEXT NOT NULL DEFAULT '',
    next_legal_term     TEXT,
    on_the_road_with    TEXT NOT NULL DEFAULT '',
    on_the_road_until   TEXT
) WITHOUT ROWID;

-- A pulled record whose parent has not arrived yet (pages are in the server's order, not in
-- the order of the foreign keys): kept here and applied as soon as its parent is.
CREATE TABLE sync_parked (
    seq     INTEGER PRIMARY KEY,                     -- the server's sequence number
    record  TEXT NOT NULL                            -- the record as pulled (JSON)
);
