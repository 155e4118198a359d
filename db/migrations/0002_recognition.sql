-- 0002: recognition and acknowledgement (herkenning en erkenning) and the legal clock.

-- Markers of a possible lifelong condition, recorded per conversation (feed the signals).
CREATE TABLE conversation_markers (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    marker          TEXT NOT NULL CHECK (marker IN
                        ('intellectual_disability', 'chronic_condition', 'dementia', 'psychiatric')),
    PRIMARY KEY (conversation_id, marker)
) WITHOUT ROWID;

-- The professional's decision on a signal, always with a reason; the rule's title is kept
-- so the decision still reads correctly after the rules change.
CREATE TABLE signal_decisions (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    rule_id         TEXT NOT NULL,
    rule_title      TEXT NOT NULL,
    decision        TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_at      TEXT NOT NULL,
    PRIMARY KEY (conversation_id, rule_id)
) WITHOUT ROWID;

-- Weighing: does the resident recognise the picture (in their own words), and independent
-- client support offered / accepted / declined. The legal clock: application and decision
-- dates, and the day the conversation report was made final.
ALTER TABLE conversations ADD COLUMN resident_recognises TEXT
    CHECK (resident_recognises IN ('yes', 'partly', 'no'));
ALTER TABLE conversations ADD COLUMN resident_view TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN client_support TEXT
    CHECK (client_support IN ('offered', 'accepted', 'declined'));
ALTER TABLE conversations ADD COLUMN client_support_date TEXT;
ALTER TABLE conversations ADD COLUMN application_date TEXT;  -- aanvraag: starts the 2 weeks
ALTER TABLE conversations ADD COLUMN decision_date TEXT;     -- beschikking sent
ALTER TABLE conversations ADD COLUMN finalised_on TEXT;      -- written report made final
