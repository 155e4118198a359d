-- 0009: what makes the caseload and its search fast at 100,000 residents.
--
-- 1. A counter that changes whenever the name order of the residents may change.
-- Search in name order (the caseload's default) sorts the full-text matches in memory by
-- each resident's place in that order, instead of looking every match up in `residents` and
-- sorting there. The place is read once and kept while this counter stays the same; the
-- triggers keep it right for every connection, also another window or an import.
-- No resident data: only a number.

CREATE TABLE resident_order_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO resident_order_version (id, version) VALUES (1, 0);

CREATE TRIGGER residents_order_after_insert AFTER INSERT ON residents
BEGIN
    UPDATE resident_order_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER residents_order_after_delete AFTER DELETE ON residents
BEGIN
    UPDATE resident_order_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER residents_order_after_update AFTER UPDATE OF sort_key ON residents
WHEN OLD.sort_key IS NOT NEW.sort_key
BEGIN
    UPDATE resident_order_version SET version = version + 1 WHERE id = 1;
END;

-- 2. The two caseload columns that came from the resident's conversations, kept on the resident
-- by triggers, so showing a block of caseload rows reads one row per resident instead of
-- searching the conversations twice for each. Same rules as before:
--   last_conversation: the date of the latest conversation;
--   next_deadline: the earliest open legal term (Wmo 2015): 42 days (6 weeks) after the
--   melding until the report is final, 14 days (2 weeks) after the application until the
--   decision is sent (domain/legal_clock.py: INVESTIGATION_DAYS, DECISION_DAYS; a test checks
--   that these numbers agree).
ALTER TABLE residents ADD COLUMN last_conversation TEXT;
ALTER TABLE residents ADD COLUMN next_deadline TEXT;

UPDATE residents SET
    last_conversation = (SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = residents.id),
    next_deadline = (SELECT min(due) FROM (
        SELECT date(c.melding_date, '+42 days') AS due FROM conversations c
         WHERE c.resident_id = residents.id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL
        UNION ALL
        SELECT date(c.application_date, '+14 days') FROM conversations c
         WHERE c.resident_id = residents.id AND c.application_date IS NOT NULL AND c.decision_date IS NULL));

CREATE TRIGGER conversations_caseload_after_insert AFTER INSERT ON conversations
BEGIN
    UPDATE residents SET
        last_conversation = (SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = NEW.resident_id),
        next_deadline = (SELECT min(due) FROM (
            SELECT date(c.melding_date, '+42 days') AS due FROM conversations c
             WHERE c.resident_id = NEW.resident_id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL
            UNION ALL
            SELECT date(c.application_date, '+14 days') FROM conversations c
             WHERE c.resident_id = NEW.resident_id AND c.application_date IS NOT NULL AND c.decision_date IS NULL))
    WHERE id = NEW.resident_id;
END;

CREATE TRIGGER conversations_caseload_after_update
AFTER UPDATE OF resident_id, held_on, melding_date, finalised_on, application_date, decision_date ON conversations
BEGIN
    UPDATE residents SET
        last_conversation = (SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = residents.id),
        next_deadline = (SELECT min(due) FROM (
            SELECT date(c.melding_date, '+42 days') AS due FROM conversations c
             WHERE c.resident_id = residents.id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL
            UNION ALL
            SELECT date(c.application_date, '+14 days') FROM conversations c
             WHERE c.resident_id = residents.id AND c.application_date IS NOT NULL AND c.decision_date IS NULL))
    WHERE id IN (OLD.resident_id, NEW.resident_id);
END;

CREATE TRIGGER conversations_caseload_after_delete AFTER DELETE ON conversations
BEGIN
    UPDATE residents SET
        last_conversation = (SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = OLD.resident_id),
        next_deadline = (SELECT min(due) FROM (
            SELECT date(c.melding_date, '+42 days') AS due FROM conversations c
             WHERE c.resident_id = OLD.resident_id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL
            UNION ALL
            SELECT date(c.application_date, '+14 days') FROM conversations c
             WHERE c.resident_id = OLD.resident_id AND c.application_date IS NOT NULL AND c.decision_date IS NULL))
    WHERE id = OLD.resident_id;
END;

