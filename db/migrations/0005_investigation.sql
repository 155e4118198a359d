-- 0005: the investigation (onderzoek, Wmo 2015 art. 2.3.2) and its six topics.
--
-- The law lists what the investigation covers. Per conversation the professional records for
-- each topic whether it was covered, or why it does not apply; the report is made final only
-- when every topic is handled (conversations.finalised_on, added in 0002, stops the 6-week term).
-- A topic without a row is open: nothing is written until the professional records something.

CREATE TABLE investigation_topics (
    -- Topics belong to one conversation and go with it when it is deleted.
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- The six topics of art. 2.3.2 lid 4, as stable keys (domain/investigation.py: Topic);
    -- the wording lives in the interface, so it can change without touching the data.
    topic           TEXT NOT NULL CHECK (topic IN (
                        'needs',                  -- needs, characteristics, preferences
                        'own_strength',           -- own strength, usual help from housemates
                        'informal_care_network',  -- informal care and social network
                        'carer_support',          -- support the informal carer needs
                        'general_facilities',     -- general facilities, social activities
                        'health_care'             -- coordination with health care
                    )),
    state           TEXT NOT NULL DEFAULT 'open'
                        CHECK (state IN ('open', 'covered', 'not_applicable')),
    -- What was found, for the written report. Optional free text (privacy: record only what
    -- the report needs).
    note            TEXT NOT NULL DEFAULT '',
    -- Why the topic does not apply: the resident must be able to read why it was left out.
    reason          TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (conversation_id, topic),
    -- The same rule as the service's validation, so no path can store a reasonless exception.
    CHECK (state <> 'not_applicable' OR length(trim(reason)) > 0)
) WITHOUT ROWID;
