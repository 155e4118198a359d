-- 0013: the journal (journaal, contactmomenten; issue 18).
--
-- Every contact between conversations: when it took place (the professional's local clock
-- time, 'YYYY-MM-DDTHH:MM'), its kind, with whom, a short note, the life domains (checklist
-- keys, JSON array) and agreements (agreement ids, JSON array; no foreign key: an agreement
-- removed later leaves the note as it was written) it concerns, who wrote it and when (UTC).
--
-- Entries are append-only: what was written stays. A correction is a new entry whose
-- `corrects` names the earlier one, which stays and is shown as corrected. The triggers below
-- refuse every UPDATE except of `for_resident_report` (the professional's choice of what the
-- resident's report prints, not part of what was written) and every DELETE while the
-- resident still exists: erasing or purging a dossier deletes the resident row, whose ON
-- DELETE CASCADE runs after that row is gone, so the entries go with the dossier and nothing
-- else can remove one.

CREATE TABLE journal_entries (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id         INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    contact_at          TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN (
                            'phone', 'visit', 'email', 'partner_consultation',
                            'resident_message')),
    with_whom           TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL,
    domains             TEXT NOT NULL DEFAULT '[]',
    agreement_ids       TEXT NOT NULL DEFAULT '[]',
    written_by          TEXT NOT NULL,
    written_at          TEXT NOT NULL,
    corrects            INTEGER REFERENCES journal_entries (id),
    for_resident_report INTEGER NOT NULL DEFAULT 0 CHECK (for_resident_report IN (0, 1))
);
CREATE INDEX journal_entries_resident ON journal_entries (resident_id, contact_at);
CREATE INDEX journal_entries_corrects ON journal_entries (corrects) WHERE corrects IS NOT NULL;

-- A correction corrects an entry of the same dossier.
CREATE TRIGGER journal_entries_correction_same_dossier BEFORE INSERT ON journal_entries
WHEN NEW.corrects IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM journal_entries j WHERE j.id = NEW.corrects AND j.resident_id = NEW.resident_id)
BEGIN
    SELECT RAISE(ABORT, 'journal_entries: a correction corrects an entry of the same dossier');
END;

CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
WHEN NEW.id IS NOT OLD.id OR NEW.resident_id IS NOT OLD.resident_id
  OR NEW.contact_at IS NOT OLD.contact_at OR NEW.kind IS NOT OLD.kind
  OR NEW.with_whom IS NOT OLD.with_whom OR NEW.note IS NOT OLD.note
  OR NEW.domains IS NOT OLD.domains OR NEW.agreement_ids IS NOT OLD.agreement_ids
  OR NEW.written_by IS NOT OLD.written_by OR NEW.written_at IS NOT OLD.written_at
  OR NEW.corrects IS NOT OLD.corrects
BEGIN
    SELECT RAISE(ABORT, 'journal_entries is append-only');
END;

CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
WHEN EXISTS (SELECT 1 FROM residents r WHERE r.id = OLD.resident_id)
BEGIN
    SELECT RAISE(ABORT, 'journal_entries is append-only');
END;
