"""The outbox: every local change of a dossier as an operation, captured by triggers.

The triggers are generated from the registry (store/sync_registry.py) and installed when the
store joins a team; without a team there are none and the app writes exactly as before. They
skip whatever happens while `sync_applying` holds its row (a pulled page being applied).

- insert: the whole record (foreign keys as the referenced records' uuids);
- update: one operation per changed field, with the value before and after. While an
  operation has not left the laptop, a later edit of the same field changes its `after` (and
  an edit of a record whose insert has not left yet changes the insert's data): autosave
  writes every few hundred milliseconds while someone types, the server needs the result;
- delete: the record's uuid (a record the server never saw just leaves the outbox; records
  removed with their parent need no operation of their own: the parent's delete takes them);
- summary: the dossier's derived next legal term, for the team's caseload list.
Append-only tables get only the insert trigger.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .database import Database
from .sync_registry import PARTNER_TABLE, SyncedTable, SyncRegistry

TRIGGER_PREFIX = "sync_capture_"
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# A new UUID v7, as migration 0014's view `sync_new_uuid` makes it. Written out, not read from
# the view: a subquery without a reference to its row is evaluated once per statement, so a
# statement that makes many operations (the first upload) would give them all one id.
NEW_ID = ("lower(printf('%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER) >> 16) || '-' ||"
          " printf('%04x', CAST(unixepoch('subsec') * 1000 AS INTEGER) & 65535) || '-7' ||"
          " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||"
          " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
KEEP_ANSWERED_DAYS = 30  # answered operations kept for a server restored from a backup


@dataclass(frozen=True)
class Operation:
    seq: int
    op_id: str
    kind: str
    table: str
    record_id: str
    resident_id: str | None
    field: str | None
    before: object
    after: object
    data: dict[str, Any] | None
    at: str

    def wire(self) -> dict[str, Any]:
        """The operation as docs/team-protocol.md describes it."""
        op: dict[str, Any] = {"op_id": self.op_id, "kind": self.kind, "table": self.table,
                              "record_id": self.record_id, "resident_id": self.resident_id,
                              "at": self.at}
        if self.kind == "update":
            op.update(field=self.field, before=self.before, after=self.after)
        if self.kind in ("insert", "summary"):
            op["data"] = self.data
        return op


@dataclass
class Pending:
    all: bool = False  # its insert: every field is still this laptop's
    deleted: bool = False
    fields: set[str] = field(default_factory=set)


# -- the triggers ---------------------------------------------------------------------------

def _wire_value(table: SyncedTable, column: str, row: str) -> str:
    """SQL for a column's value as it travels: a reference as the referenced record's uuid (a
    partner as its organisation's name)."""
    listed = table.id_lists.get(column)
    if listed is not None:
        # '' || : the array as text (a JSON value in json_object would nest as an array)
        return (f"CASE WHEN json_valid({row}.{column}) THEN '' || (SELECT json_group_array("
                f"l.uuid ORDER BY j.key) FROM json_each({row}.{column}) AS j"
                f" JOIN {listed} AS l ON l.id = j.value) ELSE {row}.{column} END")
    ref = table.reference(column)
    if ref is None:
        return f"{row}.{column}"
    if ref.table == PARTNER_TABLE:
        return f"(SELECT organisation FROM {PARTNER_TABLE} WHERE id = {row}.{column})"
    return f"(SELECT uuid FROM {ref.table} WHERE id = {row}.{column})"


def _resident_uuid(registry: SyncRegistry, table: SyncedTable, row: str) -> str:
    """SQL for the uuid of the dossier a row belongs to (NULL when its parent is gone)."""
    if table.name == "residents":
        return f"{row}.uuid"
    path = registry.path_to_resident(table.name)
    expr = f"{row}.{path[0].column}"
    for step, nxt in zip(path, [*path[1:], None], strict=True):
        if nxt is None:
            return f"(SELECT uuid FROM {step.table} WHERE id = {expr})"
        expr = f"(SELECT {nxt.column} FROM {step.table} WHERE id = {expr})"
    raise AssertionError("unreachable")


def _row_match(table: SyncedTable, alias: str) -> str:
    if table.rowid:
        return f"{alias}.rowid = NEW.rowid"
    return " AND ".join(f"{alias}.{c} = NEW.{c}" for c in table.pks)


def trigger_sql(registry: SyncRegistry) -> list[str]:
    """The CREATE TRIGGER statements of every synced table."""
    statements: list[str] = []
    for table in registry.tables.values():
        statements += _table_triggers(registry, table)
    statements.append(_summary_trigger())
    return statements


def _summary_of_new(t: SyncedTable) -> str:
    """A new dossier's line on the team's caseload list, right after its insert."""
    if t.name != "residents":
        return ""
    return f"""
    INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, data, at)
    SELECT {NEW_ID}, 'summary', 'residents', x.uuid, x.uuid, {_summary_data('x')}, {NOW}
      FROM residents AS x WHERE x.rowid = NEW.rowid;"""


def _table_triggers(registry: SyncRegistry, t: SyncedTable) -> list[str]:
    name = t.name
    data = ", ".join(f"'{c}', {_wire_value(t, c, 'x')}" for c in t.wire_columns)
    found = [
        f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_insert AFTER INSERT ON {name}
WHEN {NOT_APPLYING}
BEGIN
    UPDATE {name} SET uuid = {NEW_ID} WHERE {_row_match(t, name)} AND uuid IS NULL;
    INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, data, at)
    SELECT {NEW_ID}, 'insert', '{name}', x.uuid, {_resident_uuid(registry, t, 'x')},
           json_object({data}), {NOW}
      FROM {name} AS x WHERE {_row_match(t, 'x')};{_summary_of_new(t)}
END"""]
    for column in t.update_columns:
        last = (f"(SELECT max(seq) FROM sync_outbox WHERE table_name = '{name}'"
                f" AND record_id = NEW.uuid AND (kind IN ('insert', 'delete')"
                f" OR (kind = 'update' AND field = '{column}')))")
        new_value, old_value = _wire_value(t, column, "NEW"), _wire_value(t, column, "OLD")
        found.append(f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_{column} AFTER UPDATE OF {column} ON {name}
WHEN {NOT_APPLYING} AND OLD.uuid IS NOT NULL AND OLD.{column} IS NOT NEW.{column}
BEGIN
    UPDATE sync_outbox SET data = json_set(data, '$.{column}', {new_value})
     WHERE seq = {last} AND kind = 'insert' AND sent = 0;
    UPDATE sync_outbox SET after = json_quote({new_value}), at = {NOW}
     WHERE seq = {last} AND kind = 'update' AND sent = 0;
    INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, field, before,
                             after, at)
    SELECT {NEW_ID}, 'update', '{name}', NEW.uuid, {_resident_uuid(registry, t, 'NEW')},
           '{column}', json_quote({old_value}), json_quote({new_value}), {NOW}
     WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE seq = {last}
                        AND kind IN ('insert', 'update') AND sent = 0);
    DELETE FROM sync_outbox WHERE seq = {last} AND kind = 'update' AND sent = 0
       AND after IS before;
END""")
    if t.append_only:  # never deleted on the server: the dossier's removal takes them
        return found
    found.append(f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_delete AFTER DELETE ON {name}
WHEN {NOT_APPLYING} AND OLD.uuid IS NOT NULL
BEGIN
    INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, at)
    SELECT {NEW_ID}, 'delete', '{name}', OLD.uuid, {_resident_uuid(registry, t, 'OLD')}, {NOW}
     WHERE {_resident_uuid(registry, t, 'OLD')} IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = '{name}'
                        AND record_id = OLD.uuid AND kind = 'insert' AND sent = 0);
    DELETE FROM sync_outbox WHERE table_name = '{name}' AND record_id = OLD.uuid AND sent = 0
       AND EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = '{name}'
                    AND record_id = OLD.uuid AND kind = 'insert' AND sent = 0);
END""")
    return found


def _summary_data(row: str) -> str:
    """What the team's caseload list shows of a dossier (the server reads these three): the
    name as the app shows it (domain/resident.display_name), the date of birth and the
    derived next legal term, kept on the resident by migration 0009's triggers."""
    name = (f"trim({row}.first_names || iif({row}.prefix <> '', ' ' || {row}.prefix, '')"
            f" || ' ' || {row}.surname)")
    return (f"json_object('display_name', {name}, 'date_of_birth', {row}.date_of_birth,"
            f" 'next_legal_term', {row}.next_deadline)")


SUMMARY_COLUMNS = ("first_names", "prefix", "surname", "date_of_birth", "next_deadline")


def _summary_trigger() -> str:
    """A change of what the caseload list shows goes up as a summary (nobody typed the legal
    term; the server takes the newest); an unsent summary is brought up to date instead."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in SUMMARY_COLUMNS)
    return f"""CREATE TRIGGER {TRIGGER_PREFIX}residents_summary
AFTER UPDATE OF {', '.join(SUMMARY_COLUMNS)} ON residents
WHEN {NOT_APPLYING} AND NEW.uuid IS NOT NULL AND ({changed})
BEGIN
    UPDATE sync_outbox SET data = {_summary_data('NEW')}, at = {NOW}
     WHERE table_name = 'residents' AND record_id = NEW.uuid AND kind = 'summary' AND sent = 0;
    INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, data, at)
    SELECT {NEW_ID}, 'summary', 'residents', NEW.uuid, NEW.uuid, {_summary_data('NEW')}, {NOW}
     WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = 'residents'
                        AND record_id = NEW.uuid AND kind = 'summary' AND sent = 0);
END"""


def queue_existing(db: Database, registry: SyncRegistry) -> int:
    """An insert operation for every record the store holds (and a summary of each dossier
    for the team's caseload list): the store's first upload when it joins a team. In SQL, one
    statement per table, inside the caller's transaction. Returns the number of operations."""
    before = int(db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
    for t in registry.tables.values():
        data = ", ".join(f"'{c}', {_wire_value(t, c, 'x')}" for c in t.wire_columns)
        db.execute(
            "INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, data, at)"
            f" SELECT {NEW_ID}, 'insert', '{t.name}', x.uuid, {_resident_uuid(registry, t, 'x')},"
            f" json_object({data}), {NOW} FROM {t.name} AS x"
            f" ORDER BY {'x.rowid' if t.rowid else ', '.join(f'x.{c}' for c in t.pks)}")
    db.execute(
        "INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id, data, at)"
        f" SELECT {NEW_ID}, 'summary', 'residents', x.uuid, x.uuid, {_summary_data('x')}, {NOW}"
        " FROM residents AS x ORDER BY x.id")
    return int(db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]) - before


def install_triggers(db: Database, registry: SyncRegistry) -> None:
    """Start capturing (joining a team): the triggers, in one transaction."""
    with db.atomic():
        remove_triggers(db)
        for statement in trigger_sql(registry):
            db.execute(statement)


def remove_triggers(db: Database) -> None:
    """Stop capturing (leaving a team)."""
    with db.atomic():
        names = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            if str(row[0]).startswith(TRIGGER_PREFIX)]
        for name in names:
            db.execute(f"DROP TRIGGER {name}")


def capturing(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                      [f"{TRIGGER_PREFIX}residents_insert"]).fetchone() is not None


# -- reading and answering ---------------------------------------------------------------

class Outbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    def pending_count(self) -> int:
        return int(self._db.execute(
            "SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL").fetchone()[0])

    def next_batch(self, limit: int) -> list[Operation]:
        """The oldest operations without an answer, marked as sent in the same transaction
        (from now on the server may have them: they are never changed again)."""
        with self._db.atomic():
            rows = self._db.execute(
                "SELECT seq, op_id, kind, table_name, record_id, resident_id, field, before,"
                " after, data, at FROM sync_outbox WHERE acked_at IS NULL ORDER BY seq LIMIT ?",
                [limit]).fetchall()
            if rows:
                self._db.execute("UPDATE sync_outbox SET sent = 1 WHERE acked_at IS NULL"
                                 " AND seq <= ?", [rows[-1][0]])
        return [Operation(seq, op_id, kind, table, record, resident, field, _json(before),
                          _json(after), _json(data), at)
                for seq, op_id, kind, table, record, resident, field, before, after, data, at
                in rows]

    def answered(self, results: dict[str, str], now: datetime | None = None) -> None:
        """The server's answers (op_id -> status), kept a while (see KEEP_ANSWERED_DAYS)."""
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._db.atomic():
            self._db.conn.executemany(
                "UPDATE sync_outbox SET acked_at = ?, status = ? WHERE op_id = ?",
                [(at, status, op_id) for op_id, status in results.items()])
            cutoff = ((now or datetime.now(UTC)) - timedelta(days=KEEP_ANSWERED_DAYS)).isoformat(
                timespec="seconds")
            self._db.execute("DELETE FROM sync_outbox WHERE acked_at < ?", [cutoff])

    def requeue_answered(self) -> int:
        """The server went back to an older backup: what it answered since may be gone there,
        so every kept operation goes again (the ones it still has answer `duplicate`)."""
        cursor = self._db.execute(
            "UPDATE sync_outbox SET acked_at = NULL, status = NULL WHERE acked_at IS NOT NULL")
        return int(cursor.rowcount)

    def prune_unborn(self, registry: SyncRegistry) -> int:
        """Drop the unsent operations of records the server never saw and that are gone
        again (made and removed offline, also with their parent): nothing to tell."""
        removed = 0
        with self._db.atomic():
            for name in registry.names:
                cursor = self._db.execute(
                    "DELETE FROM sync_outbox WHERE sent = 0 AND table_name = ? AND record_id IN"
                    " (SELECT o.record_id FROM sync_outbox o WHERE o.table_name = ?"
                    "  AND o.kind = 'insert' AND o.sent = 0"
                    f"  AND NOT EXISTS (SELECT 1 FROM {name} t WHERE t.uuid = o.record_id))",
                    [name, name])
                removed += int(cursor.rowcount)
        return removed

    def pending(self, table: str, record_id: str) -> Pending:
        """The local changes of a record the server has not answered yet."""
        found = Pending()
        for kind, name in self._db.execute(
                "SELECT kind, field FROM sync_outbox WHERE table_name = ? AND record_id = ?"
                " AND acked_at IS NULL", [table, record_id]):
            if kind == "insert":
                found.all = True
            elif kind == "delete":
                found.deleted = True
            elif kind == "update":
                found.fields.add(str(name))
        return found

    def pending_of(self, table: str) -> dict[str, Pending]:
        """`pending` of every record of a table that has one (the outbox is small, a pulled
        page large: one read instead of one per record)."""
        found: dict[str, Pending] = {}
        for record, kind, name in self._db.execute(
                "SELECT record_id, kind, field FROM sync_outbox WHERE acked_at IS NULL"
                " AND table_name = ?", [table]):
            entry = found.setdefault(str(record), Pending())
            if kind == "insert":
                entry.all = True
            elif kind == "delete":
                entry.deleted = True
            elif kind == "update":
                entry.fields.add(str(name))
        return found

    def operations(self) -> Iterator[Operation]:
        """Every unanswered operation, oldest first (for tests and the status)."""
        for row in self._db.execute(
                "SELECT seq, op_id, kind, table_name, record_id, resident_id, field, before,"
                " after, data, at FROM sync_outbox WHERE acked_at IS NULL ORDER BY seq"):
            seq, op_id, kind, table, record, resident, field, before, after, data, at = row
            yield Operation(seq, op_id, kind, table, record, resident, field, _json(before),
                            _json(after), _json(data), at)


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)
