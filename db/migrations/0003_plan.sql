-- 0003: route and plan (passend indicatieproces; afspraken) and the partner directory.
-- Every field has a purpose (AVG): it is said beside the column. Free text is optional
-- unless a choice cannot be understood without it.

-- The route chosen in a conversation, 1:1 with the conversation.
CREATE TABLE conversation_routes (
    conversation_id      INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    -- One integrated plan with one coordinating professional: the resident and the partners
    -- know whom to turn to; the name is required when the choice is made.
    integrated_plan      INTEGER NOT NULL DEFAULT 0 CHECK (integrated_plan IN (0, 1)),
    coordinator          TEXT NOT NULL DEFAULT '',
    -- A long-lasting indication for a lifelong need spares the resident repeated
    -- re-assessment; the reason makes the choice reviewable.
    long_term_indication INTEGER NOT NULL DEFAULT 0 CHECK (long_term_indication IN (0, 1)),
    long_term_reason     TEXT NOT NULL DEFAULT '',
    -- The connections themselves are in route_connections; 'other' needs a description.
    other_connection     TEXT NOT NULL DEFAULT '',
    -- Custom (maatwerk) or bridging budget: money may be spent before a law is found to pay.
    budget               TEXT CHECK (budget IN ('custom', 'bridging')),
    budget_note          TEXT NOT NULL DEFAULT '',
    -- A rule that blocks help (knelpunt) is escalated; the note says what blocks, without
    -- personal data, because it feeds the anonymised learning loop.
    escalation           INTEGER NOT NULL DEFAULT 0 CHECK (escalation IN (0, 1)),
    escalation_note      TEXT NOT NULL DEFAULT '',
    -- More than assessing: what the team does itself, what it refers, and that it stays
    -- involved when specialist help starts; the resident sees who does what.
    team_does_itself     TEXT NOT NULL DEFAULT '',
    refers_to            TEXT NOT NULL DEFAULT '',
    stays_involved       INTEGER NOT NULL DEFAULT 1 CHECK (stays_involved IN (0, 1)),
    evaluation_date      TEXT,                    -- when plan and agreements are evaluated
    updated_at           TEXT NOT NULL,
    CHECK (integrated_plan = 0 OR length(trim(coordinator)) > 0),
    CHECK (long_term_indication = 0 OR length(trim(long_term_reason)) > 0)
);

-- The connections to make across the walls between laws and organisations.
CREATE TABLE route_connections (
    conversation_id INTEGER NOT NULL
                        REFERENCES conversation_routes (conversation_id) ON DELETE CASCADE,
    connection      TEXT NOT NULL CHECK (connection IN
                        ('work_income', 'debt_help', 'wmo', 'youth_act', 'gp', 'poh_ggz',
                         'care_office_wlz', 'school', 'housing_corporation', 'veilig_thuis',
                         'other')),
    PRIMARY KEY (conversation_id, connection)
) WITHOUT ROWID;

-- The partner directory: organisations agreements are made with. Rows are deactivated,
-- never deleted, so an agreement always names its partner.
CREATE TABLE partners (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused
    organisation     TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    organisation_key TEXT NOT NULL UNIQUE,    -- folded name: one entry per organisation
    contact          TEXT NOT NULL DEFAULT '', -- how to reach them (a desk, not a person)
    offers           TEXT NOT NULL DEFAULT '', -- what they offer: helps choose the partner
    from_file        INTEGER NOT NULL DEFAULT 0 CHECK (from_file IN (0, 1)),
    -- The folded name the partner file used when it added this row: pre-filling again
    -- never adds it twice, also after the professional renamed it.
    source_key       TEXT UNIQUE,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Agreements (afspraken): what, who carries it out, by when, and how far it got, so the
-- resident knows what happens next and the evaluation can check it.
CREATE TABLE agreements (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    what            TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner           TEXT NOT NULL CHECK (owner IN ('resident', 'network', 'team', 'partner')),
    partner_id      INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((owner = 'partner') = (partner_id IS NOT NULL))
);
CREATE INDEX agreements_conversation ON agreements (conversation_id, position);
CREATE INDEX agreements_partner ON agreements (partner_id);

-- The life domains an agreement serves: only domains of the agreement's own conversation.
CREATE TABLE agreement_domains (
    agreement_id    INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL,
    domain_key      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, domain_key),
    FOREIGN KEY (conversation_id, domain_key)
        REFERENCES domain_assessments (conversation_id, domain_key) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX agreement_domains_domain ON agreement_domains (conversation_id, domain_key);
