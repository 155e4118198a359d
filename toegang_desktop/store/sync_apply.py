"""Applying a pulled page (docs/team-protocol.md, "Pull") to the local store.

A page is checked whole before anything is written (`parse_page` refuses what the protocol
does not describe); then its records are applied inside the caller's transaction, table by
table, parents first, each table's rows in one `upsert_all` (sqlite-utils) keyed by uuid.
Foreign keys arrive as uuids and become local integer ids; a record whose parent has not
arrived yet is parked (`sync_parked`) and applied with a later page. A field with a local
change the server has not answered yet keeps the local value: that change is pushed and, if
the server's value moved meanwhile, becomes a conflict there, so nothing is lost.
The caller (services/team_sync.py) holds the transaction, the `sync_applying` flag that keeps
all of this out of the outbox, the access-log lines and the sync state.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.plan import organisation_key
from ..domain.search import index_terms, sort_key
from .clock import utc_now
from .database import Database
from .sync_outbox import Outbox, Pending
from .sync_registry import PARTNER_TABLE, SyncedTable, SyncRegistry

log = logging.getLogger(__name__)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_PULLED_TEXT = 1_000_000  # a field longer than this is no field the app wrote
Scalar = str | int | float | bool | None


class PageRefused(ValueError):
    """A pulled page the protocol does not describe: nothing of it is applied."""


@dataclass(frozen=True)
class PulledRecord:
    seq: int
    table: str
    record_id: str
    resident_id: str | None
    deleted: bool
    data: dict[str, Scalar]

    def wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "table": self.table, "record_id": self.record_id,
                "resident_id": self.resident_id, "deleted": self.deleted, "data": self.data}


@dataclass(frozen=True)
class Page:
    reset: bool
    high: int
    high_change: str | None
    more: bool
    records: tuple[PulledRecord, ...]
    removed: tuple[str, ...]


@dataclass
class Applied:
    """What a page did to the store."""

    written: int = 0
    deleted: int = 0
    parked: int = 0
    kept_local: int = 0  # fields that kept a local value the server has not answered yet
    residents: set[int] = field(default_factory=set)  # local dossiers written to


def parse_page(raw: object) -> Page:
    """The page as the protocol describes it, or PageRefused (never a partial page)."""
    if not isinstance(raw, dict):
        raise PageRefused("page")
    try:
        reset, high, more = raw["reset"], raw["high"], raw.get("more", False)
        change, records, removed = raw.get("high_change"), raw["records"], raw.get("removed", [])
    except KeyError as error:
        raise PageRefused(f"missing {error.args[0]}") from None
    if not isinstance(reset, bool) or not isinstance(more, bool):
        raise PageRefused("reset or more")
    if not _is_int(high) or high < 0:
        raise PageRefused("high")
    if change is not None and not _is_uuid(change):
        raise PageRefused("high_change")
    if not isinstance(records, list) or not isinstance(removed, list):
        raise PageRefused("records or removed")
    if not all(_is_uuid(r) for r in removed):
        raise PageRefused("removed")
    return Page(reset, int(high), change, more, tuple(_record(r) for r in records),
                tuple(removed))


def _record(raw: object) -> PulledRecord:
    if not isinstance(raw, dict):
        raise PageRefused("record")
    seq, table, record_id = raw.get("seq"), raw.get("table"), raw.get("record_id")
    resident_id, deleted, data = raw.get("resident_id"), raw.get("deleted", False), raw.get("data")
    if not isinstance(seq, int) or not _is_int(seq) or not isinstance(table, str) \
            or not _is_uuid(record_id):
        raise PageRefused("record seq, table or id")
    if resident_id is not None and not _is_uuid(resident_id):
        raise PageRefused("record resident")
    if not isinstance(deleted, bool):
        raise PageRefused("record deleted")
    if data is None and deleted:
        data = {}
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and _is_scalar(v) for k, v in data.items()):
        raise PageRefused("record data")
    return PulledRecord(seq, table, str(record_id), resident_id, deleted, dict(data))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -2**63 <= value < 2**63


def _is_uuid(value: object) -> bool:
    return isinstance(value, str) and UUID.match(value) is not None


def _is_scalar(value: object) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_PULLED_TEXT and "\x00" not in value
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    return value is None or _is_int(value) or isinstance(value, bool)


class Applier:
    """Applies records to the store inside the caller's transaction."""

    def __init__(self, db: Database, registry: SyncRegistry) -> None:
        self._db = db
        self._registry = registry
        self._outbox = Outbox(db)
        import sqlite_utils  # team mode only

        self._utils = sqlite_utils.Database(db.conn, recursive_triggers=False,
                                            execute_plugins=False)
        self._defaults: dict[str, dict[str, Scalar]] = {}
        # uuid -> local id of referenced records, for this apply (a page's conversation is
        # named by its dozen domains); only found ones, and never reused after a delete
        self._known: dict[tuple[str, str], int] = {}

    def apply(self, records: Iterable[PulledRecord]) -> Applied:
        """Apply the records (and those parked before), parents first; the newest version of
        a record wins within the batch."""
        latest: dict[tuple[str, str], PulledRecord] = {}
        parked = self._db.execute("SELECT seq, record FROM sync_parked ORDER BY seq").fetchall()
        for _, text in parked:
            record = _record(json.loads(text))
            latest[(record.table, record.record_id)] = record
        for record in sorted(records, key=lambda r: r.seq):
            latest[(record.table, record.record_id)] = record
        self._db.execute("DELETE FROM sync_parked")
        result = Applied()
        order = {name: i for i, name in enumerate(self._registry.order())}
        # Deletes of children first, then writes parents first.
        deletes = [r for r in latest.values() if r.deleted and r.table in order]
        writes = [r for r in latest.values() if not r.deleted and r.table in order]
        skipped = [r for r in latest.values() if r.table not in order]
        if skipped:  # a table of a newer app: the full resync after an update brings it
            log.info("pulled records of %d unknown tables skipped", len({r.table for r in skipped}))
        for record in sorted(deletes, key=lambda r: -order[r.table]):
            self._delete(record, result)
        by_table: dict[str, list[PulledRecord]] = {}
        for record in sorted(writes, key=lambda r: (order[r.table], r.seq)):
            by_table.setdefault(record.table, []).append(record)
        for name, group in by_table.items():
            self._write(self._registry.tables[name], group, result)
        return result

    # -- deleting --------------------------------------------------------------------------

    def _delete(self, record: PulledRecord, result: Applied) -> None:
        self._known.clear()
        table = self._registry.tables[record.table]
        if table.append_only:  # never deleted one by one: the dossier's removal takes them
            return
        column = "id" if table.name == "residents" else "1"
        row = self._db.execute(f"SELECT {column} FROM {table.name} WHERE uuid = ?",
                               [record.record_id]).fetchone()
        if row is None:
            return
        resident = self._resident_of(table, record.record_id)
        if table.name == "residents":
            self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [row[0]])
        self._db.execute(f"DELETE FROM {table.name} WHERE uuid = ?", [record.record_id])
        result.deleted += 1
        if resident is not None and table.name != "residents":
            result.residents.add(resident)

    # -- writing ---------------------------------------------------------------------------

    def _write(self, table: SyncedTable, group: list[PulledRecord], result: Applied) -> None:
        """The table's records in one upsert; a record naming another of the same table that
        is in this group too (a correction of a new journal entry) follows in a next round."""
        waiting = group
        pending = self._outbox.pending_of(table.name)
        while waiting:
            ahead = {r.record_id for r in waiting}
            local = self._locals(table, list(ahead))
            rows: list[dict[str, Scalar]] = []
            later: list[PulledRecord] = []
            for record in waiting:
                row = self._row(table, record, result, ahead, local.get(record.record_id),
                                pending.get(record.record_id, _NOTHING_PENDING))
                if row is _LATER:
                    later.append(record)
                elif isinstance(row, dict):
                    rows.append(row)
            self._upsert(table, rows, result)
            self._attribute(table, [r for r in waiting if r not in later], rows, result)
            if len(later) == len(waiting):  # a cycle: nothing can go first
                for record in later:
                    self._park(record, result)
                return
            waiting = later

    def _upsert(self, table: SyncedTable, rows: list[dict[str, Scalar]], result: Applied) -> None:
        if not rows:
            return
        for row in rows:
            self._free_natural_key(table, row)
        if table.name == "residents":
            self._free_bsn(rows)
            for row in rows:
                row["sort_key"] = sort_key(str(row["first_names"]), str(row["surname"]))
        self._utils.table(table.name).upsert_all(rows, pk="uuid")
        result.written += len(rows)
        if table.name == "residents":
            self._index(str(row["uuid"]) for row in rows)

    def _attribute(self, table: SyncedTable, records: list[PulledRecord],
                   rows: list[dict[str, Scalar]], result: Applied) -> None:
        """The local dossiers the written rows belong to (for their access-log lines): by the
        dossier the server names, else by following the foreign keys."""
        written = {str(row["uuid"]) for row in rows}
        named = {r.resident_id for r in records if r.record_id in written and r.resident_id}
        result.residents.update(self._ids_of("residents", sorted(named)).values())
        for record in records:
            if record.record_id in written and not record.resident_id:
                resident = self._resident_of(table, record.record_id)
                if resident is not None:
                    result.residents.add(resident)

    def _ids_of(self, table: str, uuids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            found.update((str(u), int(i)) for u, i in self._db.execute(
                f"SELECT uuid, id FROM {table} WHERE uuid IN ({marks})", chunk))
        return found

    def _locals(self, table: SyncedTable, uuids: list[str]) -> dict[str, dict[str, Scalar]]:
        """The local rows of these records (those that are here), read in a few statements."""
        found: dict[str, dict[str, Scalar]] = {}
        columns = ", ".join(table.wire_columns)
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            for row in self._db.execute(
                    f"SELECT uuid, {columns} FROM {table.name} WHERE uuid IN ({marks})", chunk):
                found[str(row[0])] = dict(zip(table.wire_columns, row[1:], strict=True))
        return found

    def _row(self, table: SyncedTable, record: PulledRecord, result: Applied,
             ahead: set[str], local: dict[str, Scalar] | None,
             pending: Pending) -> dict[str, Scalar] | None | _Later:
        """The local row for a pulled record (None: nothing to write, or parked; _LATER: it
        names a record of `ahead`, written first)."""
        if pending.deleted:
            return None  # deleted here: the delete goes up, the record does not come back
        incoming: dict[str, Scalar] = {}
        for column in table.wire_columns:
            if column not in record.data:
                continue
            value = self._local_value(table, column, record.data[column])
            if value is _MISSING:
                ref = table.reference(column)
                if ref is not None and ref.table == table.name and record.data[column] in ahead:
                    return _LATER
                self._park(record, result)
                return None
            incoming[column] = value  # type: ignore[assignment]
        if local is None:
            row = {**self._column_defaults(table), **incoming}
        else:
            row = dict(local)
            for column, value in incoming.items():
                if pending.all or column in pending.fields:
                    result.kept_local += int(value != local.get(column))
                    continue
                row[column] = value
            if row == local:
                return None  # our own change coming back, or nothing new
        row["uuid"] = record.record_id
        return row

    def _local_value(self, table: SyncedTable, column: str, value: Scalar) -> object:
        listed = table.id_lists.get(column)
        if listed is not None:
            return self._local_id_list(table, column, listed, value)
        ref = table.reference(column)
        if ref is None or value is None:
            return value
        if not isinstance(value, str):
            raise PageRefused(f"{table.name}.{column}")
        if ref.table == PARTNER_TABLE:
            return self._partner_id(value)
        if not _is_uuid(value):
            raise PageRefused(f"{table.name}.{column}")
        known = self._known.get((ref.table, value))
        if known is not None:
            return known
        found = self._db.execute(f"SELECT id FROM {ref.table} WHERE uuid = ?", [value]).fetchone()
        if found is None:
            return _MISSING
        self._known[(ref.table, value)] = int(found[0])
        return int(found[0])

    def _local_id_list(self, table: SyncedTable, column: str, listed: str,
                       value: Scalar) -> str:
        """A JSON array of uuids as the array of the local ids (a record not here is left
        out, as a removed agreement is)."""
        try:
            uuids = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            uuids = None
        if not isinstance(uuids, list) or not all(_is_uuid(u) for u in uuids):
            raise PageRefused(f"{table.name}.{column}")
        ids = []
        for uuid in uuids:
            found = self._db.execute(f"SELECT id FROM {listed} WHERE uuid = ?", [uuid]).fetchone()
            if found is not None:
                ids.append(int(found[0]))
        return json.dumps(ids)

    def _partner_id(self, organisation: str) -> int:
        """The partner an agreement names, found by its folded name or added to the
        directory (the directory is no part of the dossier; the name is)."""
        key = organisation_key(organisation)
        if not key:
            raise PageRefused("partner")
        row = self._db.execute("SELECT id FROM partners WHERE organisation_key = ?"
                               " OR source_key = ? ORDER BY source_key IS NULL LIMIT 1",
                               [key, key]).fetchone()
        if row:
            return int(row[0])
        now = utc_now()
        cursor = self._db.execute(
            "INSERT INTO partners (organisation, organisation_key, created_at, updated_at)"
            " VALUES (?, ?, ?, ?)", [organisation.strip(), key, now, now])
        return int(cursor.lastrowid or 0)

    def _column_defaults(self, table: SyncedTable) -> dict[str, Scalar]:
        """A new row's columns the record did not carry: their SQL default (or NULL)."""
        if table.name not in self._defaults:
            found: dict[str, Scalar] = {}
            for column in self._utils.table(table.name).columns:
                if column.name not in table.wire_columns:
                    continue
                default = column.default_value
                found[column.name] = None if default is None else self._db.execute(
                    f"SELECT {default}").fetchone()[0]
            self._defaults[table.name] = found
        return dict(self._defaults[table.name])

    def _park(self, record: PulledRecord, result: Applied) -> None:
        self._db.execute("INSERT OR REPLACE INTO sync_parked (seq, record) VALUES (?, ?)",
                         [record.seq, json.dumps(record.wire())])
        result.parked += 1

    def _free_natural_key(self, table: SyncedTable, row: dict[str, Scalar]) -> None:
        """A table keyed by what a row is about (a conversation's domain, marker, topic): when
        another laptop made the same row, its record takes the place of ours."""
        if table.pks == ("id",):
            return
        where = " AND ".join(f"{c} = ?" for c in table.pks)
        self._db.execute(f"DELETE FROM {table.name} WHERE {where} AND uuid IS NOT ?",
                         [*(row[c] for c in table.pks), row["uuid"]])

    def _free_bsn(self, rows: list[dict[str, Scalar]]) -> None:
        """Two dossiers with one BSN (registered on two laptops offline): the pulled one comes
        without it here, the server keeps both, the coordinator merges them."""
        for row in rows:
            if row.get("bsn") and self._db.execute(
                    "SELECT 1 FROM residents WHERE bsn = ? AND uuid IS NOT ?",
                    [row["bsn"], row["uuid"]]).fetchone():
                log.warning("a pulled dossier's BSN is held by another dossier here")
                row["bsn"] = None

    def _index(self, uuids: Iterable[str]) -> None:
        """The caseload's search terms of written residents (the app's own rule)."""
        for uuid in uuids:
            found = self._db.execute(
                "SELECT id, first_names, prefix, surname, date_of_birth, bsn, postcode"
                " FROM residents WHERE uuid = ?", [uuid]).fetchone()
            if found is None:
                continue
            rid, first, prefix, surname, born, bsn, postcode = found
            try:
                born_on = date.fromisoformat(born)
            except (TypeError, ValueError):
                raise PageRefused("residents.date_of_birth") from None
            self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [rid])
            self._db.execute("INSERT INTO resident_search (rowid, terms) VALUES (?, ?)",
                             [rid, index_terms(first, prefix, surname, born_on, bsn or "",
                                               postcode)])

    def _resident_of(self, table: SyncedTable, uuid: str) -> int | None:
        """The local dossier a record belongs to."""
        if table.name == "residents":
            row = self._db.execute("SELECT id FROM residents WHERE uuid = ?", [uuid]).fetchone()
            return int(row[0]) if row else None
        path = self._registry.path_to_resident(table.name)
        sql = f"SELECT {path[0].column} FROM {table.name} WHERE uuid = ?"
        value = self._db.execute(sql, [uuid]).fetchone()
        for step, nxt in zip(path, [*path[1:], None], strict=True):
            if value is None or value[0] is None:
                return None
            if nxt is None:
                return int(value[0])
            value = self._db.execute(f"SELECT {nxt.column} FROM {step.table} WHERE id = ?",
                                     [value[0]]).fetchone()
        return None

    def remove_dossier(self, resident_uuid: str) -> int | None:
        """Delete a dossier this laptop may no longer hold; its local id (None: not here)."""
        row = self._db.execute("SELECT id FROM residents WHERE uuid = ?",
                               [resident_uuid]).fetchone()
        if row is None:
            return None
        self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [row[0]])
        self._db.execute("DELETE FROM residents WHERE id = ?", [row[0]])
        # Its operations cannot be pushed any more (no access): they stay answered as refused.
        self._db.execute("UPDATE sync_outbox SET sent = 1, acked_at = ?, status = 'refused'"
                         " WHERE resident_id = ? AND acked_at IS NULL",
                         [utc_now(), resident_uuid])
        return int(row[0])


_NOTHING_PENDING = Pending()


class _Missing:
    pass


class _Later:
    pass


_MISSING = _Missing()
_LATER = _Later()
