-- 0008: the learning loop (leerloop): bottlenecks (knelpunten) and neighbourhood signals
-- (wijksignalen), reported to policy without personal data.
-- Free text here has passed the personal-data check (domain/personal_data.py) before it was
-- saved; it stays on this workstation: reports and aggregate files carry counts only.

-- Where help got stuck. Linked to the conversation it came from only to find it back there;
-- the link goes (SET NULL) when the conversation is deleted, the bottleneck stays.
CREATE TABLE bottlenecks (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,   -- ids are never reused
    conversation_id  INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    -- What kind of block: the main axis of the report.
    category         TEXT NOT NULL CHECK (category IN (
                         'waiting_list', 'blocking_rule', 'wall_between_laws',
                         'missing_facility', 'unclear_information', 'unreachable_service',
                         'other')),
    -- The organisation involved (never a person): where policy can talk to.
    partner_id       INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
    -- What happened and what would have helped, without personal data (checked).
    what_happened    TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
    what_would_help  TEXT NOT NULL DEFAULT '',
    occurred_on      TEXT NOT NULL,                        -- YYYY-MM-DD: counts per period
    solved_on        TEXT,                                  -- NULL while it is not solved
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (solved_on IS NULL OR solved_on >= occurred_on)
);
CREATE INDEX bottlenecks_occurred ON bottlenecks (occurred_on);
CREATE INDEX bottlenecks_conversation ON bottlenecks (conversation_id);
CREATE INDEX bottlenecks_partner ON bottlenecks (partner_id);

-- The life domains involved (checklist keys): which combinations of problems get stuck.
CREATE TABLE bottleneck_domains (
    bottleneck_id    INTEGER NOT NULL REFERENCES bottlenecks (id) ON DELETE CASCADE,
    domain_key       TEXT NOT NULL,
    PRIMARY KEY (bottleneck_id, domain_key)
) WITHOUT ROWID;

-- The laws involved: where the walls between laws are.
CREATE TABLE bottleneck_laws (
    bottleneck_id    INTEGER NOT NULL REFERENCES bottlenecks (id) ON DELETE CASCADE,
    law              TEXT NOT NULL CHECK (law IN (
                         'wmo', 'youth_act', 'participation_act', 'health_insurance_act',
                         'long_term_care_act', 'debt_help_act', 'other')),
    PRIMARY KEY (bottleneck_id, law)
) WITHOUT ROWID;

-- A theme noticed across residents, not tied to any resident: the neighbourhood's thermometer.
CREATE TABLE neighbourhood_signals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    theme            TEXT NOT NULL CHECK (theme IN (
                         'loneliness', 'energy_poverty', 'poverty_debt', 'housing',
                         'youth_school', 'safety_nuisance', 'health_care_access',
                         'mobility_access', 'other')),
    area             TEXT NOT NULL CHECK (length(trim(area)) > 0),  -- neighbourhood, street
    noticed_on       TEXT NOT NULL,                                  -- YYYY-MM-DD
    description      TEXT NOT NULL CHECK (length(trim(description)) > 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX neighbourhood_signals_noticed ON neighbourhood_signals (noticed_on);
