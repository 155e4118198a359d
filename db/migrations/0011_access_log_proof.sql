-- 0011: a purge of the access log proves itself from the chain (issue 14).
--
-- Before, one row in the purge marker lifted the delete trigger for any line and a checkpoint
-- row was taken on its word. Now:
--  * the delete trigger lets a line go only while the purge's marker covers it AND the line
--    is older than five years by the clock, so a forged marker cannot remove recent lines;
--  * a checkpoint keeps the whole last removed line (so the check recomputes the hash the
--    kept chain follows and sees its age) and the id of the log_purge line written in the same
--    transaction, whose detail repeats the checkpoint: the purge is itself in the chain.
-- Existing lines and their hashes are unchanged, so existing logs keep verifying. A checkpoint
-- from before this version has no removed line and is reported by the check (none can exist
-- that is genuine: the log is younger than its five-year retention).

ALTER TABLE access_log_checkpoints ADD COLUMN last_removed_line TEXT;
ALTER TABLE access_log_checkpoints ADD COLUMN purge_line_id INTEGER;

DROP TRIGGER access_log_no_delete;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
WHEN NOT EXISTS (SELECT 1 FROM access_log_purge_marker m WHERE OLD.id <= m.through_id)
  OR OLD.at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-5 years')
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
