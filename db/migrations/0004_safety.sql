-- 0004: the reporting code (Meldcode huiselijk geweld en kindermishandeling).
-- RESTRICTED: these rows are read only by the reporting-code dialog of one conversation
-- (SafetyService.record). No list, summary or search index reads them; the dossier export carries them, marked restricted, because an access request or a move must be complete.
-- One record per conversation; it goes when the conversation (or the resident) goes.

CREATE TABLE safety_records (
    conversation_id     INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    -- Marks every row as restricted, so a query or export written later can see it must
    -- not show these rows; it cannot be set to anything else.
    restricted          INTEGER NOT NULL DEFAULT 1 CHECK (restricted = 1),
    -- Per step what the professional wrote and whether they consider the step done: the
    -- reporting code asks that signals and every step are recorded.
    signals_note        TEXT NOT NULL DEFAULT '',   -- step 1: the signals, as observed
    signals_done        INTEGER NOT NULL DEFAULT 0 CHECK (signals_done IN (0, 1)),
    consult_note        TEXT NOT NULL DEFAULT '',   -- step 2: what the consultations gave
    consult_done        INTEGER NOT NULL DEFAULT 0 CHECK (consult_done IN (0, 1)),
    talk_note           TEXT NOT NULL DEFAULT '',   -- step 3: what the person concerned said
    talk_done           INTEGER NOT NULL DEFAULT 0 CHECK (talk_done IN (0, 1)),
    weigh_note          TEXT NOT NULL DEFAULT '',   -- step 4: the weighing (afwegingskader)
    weigh_done          INTEGER NOT NULL DEFAULT 0 CHECK (weigh_done IN (0, 1)),
    decide_note         TEXT NOT NULL DEFAULT '',   -- step 5: anything beside the reason
    decide_done         INTEGER NOT NULL DEFAULT 0 CHECK (decide_done IN (0, 1)),
    -- Step 3: when the talk took place, or why it did not (e.g. it would endanger someone).
    talked_on           TEXT,                        -- YYYY-MM-DD
    why_not_talked      TEXT NOT NULL DEFAULT '',
    -- Step 5: the questions of the framework, asked in turn. NULL = not known (yet);
    -- kept so the decision can be traced back to the answers it rests on.
    suspicion                       INTEGER CHECK (suspicion IN (0, 1)),
    acute_or_structural_unsafety    INTEGER CHECK (acute_or_structural_unsafety IN (0, 1)),
    can_offer_help                  INTEGER CHECK (can_offer_help IN (0, 1)),
    help_accepted                   INTEGER CHECK (help_accepted IN (0, 1)),
    brings_safety_in_time           INTEGER CHECK (brings_safety_in_time IN (0, 1)),
    -- What was decided, when and why: the reporting code requires it to be recorded.
    decision            TEXT CHECK (decision IN
                            ('report_to_veilig_thuis', 'organise_help', 'report_and_help',
                             'no_further_action')),
    decided_on          TEXT,                        -- YYYY-MM-DD
    reason              TEXT NOT NULL DEFAULT '',
    -- The framework's advice when the decision was saved, so a decision that departs from
    -- it still shows so after the advice logic changes.
    advice_at_decision  TEXT CHECK (advice_at_decision IN
                            ('report_to_veilig_thuis', 'organise_help', 'report_and_help',
                             'no_further_action')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (decision IS NULL OR (decided_on IS NOT NULL AND length(trim(reason)) > 0))
);

-- Step 2: who was consulted (role or name), when, and whether it was Veilig Thuis. The
-- reporting code asks to record who was consulted and when.
CREATE TABLE safety_consultations (
    conversation_id     INTEGER NOT NULL
                            REFERENCES safety_records (conversation_id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    who                 TEXT NOT NULL CHECK (length(trim(who)) > 0),
    consulted_on        TEXT NOT NULL,               -- YYYY-MM-DD
    with_veilig_thuis   INTEGER NOT NULL DEFAULT 0 CHECK (with_veilig_thuis IN (0, 1)),
    PRIMARY KEY (conversation_id, position)
) WITHOUT ROWID;
