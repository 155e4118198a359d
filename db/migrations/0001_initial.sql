-- 0001: residents, households and broad-view conversations.
-- Dates are ISO 8601 text (YYYY-MM-DD); timestamps are UTC ISO 8601 text.

CREATE TABLE residents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused
    first_names     TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',   -- tussenvoegsel
    surname         TEXT NOT NULL CHECK (surname <> ''),
    date_of_birth   TEXT NOT NULL,
    bsn             TEXT,                        -- NULL when not known; 11-proef checked
    street          TEXT NOT NULL DEFAULT '',   -- address and contact: to reach the resident
    house_number    TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL,               -- folded 'surname first names' for ordering
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX residents_bsn ON residents (bsn) WHERE bsn IS NOT NULL;
CREATE INDEX residents_sort_key ON residents (sort_key);
CREATE INDEX residents_date_of_birth ON residents (date_of_birth);

-- Diacritics-insensitive search: terms are folded by the application before indexing.
CREATE VIRTUAL TABLE resident_search USING fts5 (
    terms,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

CREATE TABLE household_members (
    id              INTEGER PRIMARY KEY,
    resident_id     INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('partner', 'child', 'other_adult')),
    first_names     TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    surname         TEXT NOT NULL,
    date_of_birth   TEXT                         -- required for children (their age matters)
);
CREATE INDEX household_members_resident ON household_members (resident_id, position);

CREATE TABLE conversations (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id         INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    held_on             TEXT NOT NULL,
    place               TEXT NOT NULL CHECK (place IN ('home', 'office', 'phone', 'video')),
    melding_date        TEXT,                    -- starts the legal clock (Wmo 2015)
    question            TEXT NOT NULL DEFAULT '', -- the resident's question, own words
    checklist_id        TEXT NOT NULL,
    checklist_version   TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX conversations_resident ON conversations (resident_id, held_on);

CREATE TABLE conversation_participants (
    id                  INTEGER PRIMARY KEY,
    conversation_id     INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    role                TEXT NOT NULL CHECK (role IN
                            ('resident', 'informal_carer', 'client_supporter', 'interpreter', 'other')),
    name                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conversation_participants_conversation
    ON conversation_participants (conversation_id, position);

-- One row per life domain of the checklist the conversation used; the label is kept
-- so the conversation still reads correctly after the checklist changes.
CREATE TABLE domain_assessments (
    conversation_id     INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    domain_key          TEXT NOT NULL,
    label               TEXT NOT NULL,
    position            INTEGER NOT NULL,
    discussed           INTEGER CHECK (discussed IN (0, 1)),
    not_discussed_reason TEXT NOT NULL DEFAULT '',
    level               INTEGER CHECK (level BETWEEN 1 AND 5),
    own_words           TEXT NOT NULL DEFAULT '',
    strengths           TEXT NOT NULL DEFAULT '',
    wishes              TEXT NOT NULL DEFAULT '',
    help_self           INTEGER NOT NULL DEFAULT 0 CHECK (help_self IN (0, 1)),
    help_network        INTEGER NOT NULL DEFAULT 0 CHECK (help_network IN (0, 1)),
    help_professional   INTEGER NOT NULL DEFAULT 0 CHECK (help_professional IN (0, 1)),
    wants_to_talk       INTEGER NOT NULL DEFAULT 0 CHECK (wants_to_talk IN (0, 1)),
    duration            TEXT CHECK (duration IN ('temporary', 'long_term', 'lifelong')),
    notes               TEXT NOT NULL DEFAULT '',
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (conversation_id, domain_key)
) WITHOUT ROWID;
