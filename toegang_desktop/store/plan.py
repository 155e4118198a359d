"""The route of a conversation, its agreements, and the partner directory, as domain objects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.plan import (
    Agreement,
    AgreementStatus,
    Connection,
    Owner,
    Partner,
    Route,
    organisation_key,
)
from ..domain.problems import Problem, ValidationFailed
from .child_rows import write_children
from .clock import from_iso, to_iso, utc_now
from .database import Database
from .driver import dbapi as sqlite3
from .row_mapping import RowMapping

# Every field of a route but its connections (route_connections) is a column, named after it.
_ROUTE = RowMapping(Route, skip={"connections"})


class PlanRepository:
    """Routes and agreements of conversations."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def route(self, conversation_id: int) -> Route | None:
        cursor = self._db.execute(
            f"SELECT {', '.join(_ROUTE.columns)} FROM conversation_routes"
            " WHERE conversation_id = ?", [conversation_id])
        row = cursor.fetchone()
        if row is None:
            return None
        connections = {Connection(c) for (c,) in self._db.execute(
            "SELECT connection FROM route_connections WHERE conversation_id = ?", [conversation_id])}
        return Route(connections=connections, **_ROUTE.fields_of(row))

    def save_route(self, conversation_id: int, route: Route) -> None:
        columns = ", ".join(_ROUTE.columns)
        marks = ",".join("?" * (len(_ROUTE.columns) + 2))
        updates = ", ".join(f"{name}=excluded.{name}" for name in (*_ROUTE.columns, "updated_at"))
        with self._db.atomic():
            # An upsert, not INSERT OR REPLACE: a replaced row would cascade to its connections.
            self._db.execute(
                f"INSERT INTO conversation_routes (conversation_id, {columns}, updated_at)"
                f" VALUES ({marks}) ON CONFLICT (conversation_id) DO UPDATE SET {updates}",
                [conversation_id, *_ROUTE.values(route), utc_now()])
            # Only the connections that changed are removed or added (store/child_rows.py).
            write_children(self._db, "route_connections", {"conversation_id": conversation_id},
                           ["connection"], [{"connection": c.value}
                                            for c in sorted(route.connections)])

    def domain_keys(self, conversation_id: int) -> set[str]:
        """The life domains of the conversation (agreements may only name these)."""
        return {key for (key,) in self._db.execute(
            "SELECT domain_key FROM domain_assessments WHERE conversation_id = ?",
            [conversation_id])}

    def agreements(self, conversation_id: int) -> list[Agreement]:
        rows = self._db.execute(
            "SELECT id, what, owner, partner_id, due_date, status, position FROM agreements"
            " WHERE conversation_id = ? ORDER BY position, id", [conversation_id]).fetchall()
        return [self._agreement(row) for row in rows]

    def agreement(self, agreement_id: int) -> tuple[int, Agreement] | None:
        """The agreement and the id of its conversation, or None."""
        row = self._db.execute(
            "SELECT id, what, owner, partner_id, due_date, status, position, conversation_id"
            " FROM agreements WHERE id = ?", [agreement_id]).fetchone()
        return (int(row[7]), self._agreement(row[:7])) if row else None

    def add_agreement(self, conversation_id: int, agreement: Agreement) -> int:
        """Store a new agreement after the others; returns its id (position is set too)."""
        now = utc_now()
        with self._db.atomic():
            (last,) = self._db.execute(
                "SELECT max(position) FROM agreements WHERE conversation_id = ?",
                [conversation_id]).fetchone()
            agreement.position = 0 if last is None else int(last) + 1
            cursor = self._db.execute(
                "INSERT INTO agreements (conversation_id, position, what, owner, partner_id,"
                " due_date, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                [conversation_id, agreement.position, *self._values(agreement), now, now])
            agreement_id = int(cursor.lastrowid or 0)
            self._write_domains(agreement_id, conversation_id, agreement.domain_keys)
        return agreement_id

    def update_agreement(self, conversation_id: int, agreement: Agreement) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE agreements SET what=?, owner=?, partner_id=?, due_date=?, status=?,"
                " updated_at=? WHERE id=? AND conversation_id=?",
                [*self._values(agreement), utc_now(), agreement.id, conversation_id])
            if cursor.rowcount == 0:
                raise LookupError(f"agreement {agreement.id} does not exist")
            self._write_domains(int(agreement.id or 0), conversation_id, agreement.domain_keys)

    def remove_agreement(self, agreement_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])

    @staticmethod
    def _values(a: Agreement) -> list[Any]:
        return [a.what, a.owner.value, a.partner_id, to_iso(a.due_date), a.status.value]

    def _write_domains(self, agreement_id: int, conversation_id: int, keys: Iterable[str]) -> None:
        # In place, by domain: each row keeps its identity (store/child_rows.py).
        write_children(self._db, "agreement_domains", {"agreement_id": agreement_id},
                       ["domain_key"], [{"domain_key": key, "conversation_id": conversation_id,
                                         "position": position}
                                        for position, key in enumerate(keys)])

    def _agreement(self, row: tuple[Any, ...]) -> Agreement:
        agreement_id, what, owner, partner_id, due, status, position = row
        keys = [key for (key,) in self._db.execute(
            "SELECT domain_key FROM agreement_domains WHERE agreement_id = ? ORDER BY position",
            [agreement_id])]
        return Agreement(
            id=agreement_id, what=what, owner=Owner(owner), partner_id=partner_id,
            due_date=from_iso(due), status=AgreementStatus(status), domain_keys=keys,
            position=position)


class PartnerRepository:
    """The partner directory. Partners are deactivated, never deleted."""

    _COLUMNS = "id, organisation, contact, offers, from_file, active"

    def __init__(self, db: Database) -> None:
        self._db = db

    def partners(self, include_inactive: bool = False) -> list[Partner]:
        where = "" if include_inactive else " WHERE active = 1"
        rows = self._db.execute(
            f"SELECT {self._COLUMNS} FROM partners{where} ORDER BY organisation_key, id")
        return [self._partner(row) for row in rows]

    def get(self, partner_id: int) -> Partner | None:
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM partners WHERE id = ?", [partner_id]).fetchone()
        return self._partner(row) if row else None

    def find(self, organisation: str) -> Partner | None:
        """The entry for an organisation by its folded name (case, diacritics and spacing
        aside): the one with that name now, else the one a partner file added under it."""
        row = self._find_row(organisation_key(organisation), prefer_source=False)
        return self.get(int(row[0])) if row else None

    def _find_row(self, key: str, prefer_source: bool) -> tuple[Any, ...] | None:
        """(id, source_key) of the entry known by the folded name `key`, now or from a file."""
        order = "source_key IS NULL" if prefer_source else "organisation_key <> ?"
        params = [key, key] if prefer_source else [key, key, key]
        row: tuple[Any, ...] | None = self._db.execute(
            "SELECT id, source_key FROM partners WHERE source_key = ? OR organisation_key = ?"
            f" ORDER BY {order} LIMIT 1", params).fetchone()
        return row

    def add(self, partner: Partner, source_key: str | None = None) -> int:
        now = utc_now()
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO partners (organisation, organisation_key, contact, offers,"
                    " from_file, source_key, active, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    [partner.organisation, organisation_key(partner.organisation),
                     partner.contact, partner.offers, int(partner.from_file), source_key,
                     int(partner.active), now, now])
            except sqlite3.IntegrityError as error:
                raise _duplicate(error) from error
        return int(cursor.lastrowid or 0)

    def update(self, partner: Partner) -> None:
        """Change what the professional can change; where it came from stays as it was."""
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "UPDATE partners SET organisation=?, organisation_key=?, contact=?, offers=?,"
                    " active=?, updated_at=? WHERE id=?",
                    [partner.organisation, organisation_key(partner.organisation),
                     partner.contact, partner.offers, int(partner.active), utc_now(), partner.id])
            except sqlite3.IntegrityError as error:
                raise _duplicate(error) from error
            if cursor.rowcount == 0:
                raise LookupError(f"partner {partner.id} does not exist")

    def prefill(self, entries: Iterable[Partner]) -> int:
        """Add the entries the directory does not know yet, by (folded) organisation name;
        never changes or removes a row. Returns how many were added."""
        added = 0
        with self._db.atomic():
            for entry in entries:
                key = organisation_key(entry.organisation)
                row = self._find_row(key, prefer_source=True)
                if row is None:
                    self.add(entry, source_key=key)
                    added += 1
                elif row[1] is None:  # added by hand under the same name: now it is known
                    self._db.execute(
                        "UPDATE partners SET source_key = ? WHERE id = ?", [key, row[0]])
        return added

    @staticmethod
    def _partner(row: tuple[Any, ...]) -> Partner:
        partner_id, organisation, contact, offers, from_file, active = row
        return Partner(id=partner_id, organisation=organisation, contact=contact, offers=offers,
                       from_file=bool(from_file), active=bool(active))


def _duplicate(error: sqlite3.IntegrityError) -> Exception:
    if "organisation_key" in str(error):
        return ValidationFailed([Problem("partner_duplicate", "organisation")])
    return error
