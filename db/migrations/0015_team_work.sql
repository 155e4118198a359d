-- 0015: the team view of the caseload (issue 17). The team's list kept on the laptop gets what
-- the team view shows besides name, date of birth, coordinator and next legal term: who is
-- involved, the last contact, whether the coordinator is still in the team (red for the team
-- leader), a stand-in and until when, how residents reach the coordinator, and the logins (to
-- know "my" dossiers and whom a handover goes to). Filled from the server at every sync;
-- nothing here is typed on this laptop.

ALTER TABLE team_caseload ADD COLUMN coordinator_login TEXT NOT NULL DEFAULT '';
ALTER TABLE team_caseload ADD COLUMN on_the_road_login TEXT NOT NULL DEFAULT '';
ALTER TABLE team_caseload ADD COLUMN involved TEXT NOT NULL DEFAULT '';
ALTER TABLE team_caseload ADD COLUMN involved_logins TEXT NOT NULL DEFAULT '[]';  -- JSON array
ALTER TABLE team_caseload ADD COLUMN last_contact TEXT;
ALTER TABLE team_caseload ADD COLUMN coordinator_active INTEGER NOT NULL DEFAULT 1
    CHECK (coordinator_active IN (0, 1));
ALTER TABLE team_caseload ADD COLUMN stand_in_for TEXT NOT NULL DEFAULT '';
ALTER TABLE team_caseload ADD COLUMN stand_in_until TEXT;
ALTER TABLE team_caseload ADD COLUMN coordinator_contact TEXT NOT NULL DEFAULT '';

-- What this laptop last told the server of each dossier's derived fields (signals not yet
-- weighed, a due plan evaluation, the last contact; services/team_summary.py): a summary goes
-- up only when they changed.
CREATE TABLE team_summary_sent (
    resident_uuid   TEXT PRIMARY KEY,
    extras          TEXT NOT NULL               -- JSON, as it went up
) WITHOUT ROWID;
