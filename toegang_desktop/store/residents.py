"""Residents, their households and the search index, as domain objects."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from ..domain.caseload import CaseloadEntry, CaseloadSort
from ..domain.legal_clock import DECISION_DAYS, INVESTIGATION_DAYS
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import HouseholdMember, HouseholdRole, Resident, display_name
from ..domain.search import index_terms, sort_key
from .clock import from_iso, to_iso, utc_now
from .database import Database

_LAST_CONVERSATION = (
    "(SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = r.id)"
)
# The earliest open legal term of the resident (Wmo 2015): the investigation until the report
# is final, the decision until it is sent. Day counts come from the domain's legal clock.
_NEXT_DEADLINE = (
    "(SELECT min(due) FROM ("
    f" SELECT date(c.melding_date, '+{INVESTIGATION_DAYS} days') AS due FROM conversations c"
    "  WHERE c.resident_id = r.id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL"
    f" UNION ALL SELECT date(c.application_date, '+{DECISION_DAYS} days') FROM conversations c"
    "  WHERE c.resident_id = r.id AND c.application_date IS NOT NULL AND c.decision_date IS NULL))"
)
_ORDER = {
    CaseloadSort.NAME: "r.sort_key",
    CaseloadSort.DATE_OF_BIRTH: "r.date_of_birth",
    CaseloadSort.POSTCODE: "r.postcode",
    CaseloadSort.LAST_CONVERSATION: f"coalesce({_LAST_CONVERSATION}, '')",
    # Residents without an open term sort after those with one.
    CaseloadSort.NEXT_DEADLINE: f"coalesce({_NEXT_DEADLINE}, '9999-12-31')",
}
_RESIDENT_COLUMNS = (
    "first_names", "prefix", "surname", "bsn", "street", "house_number", "postcode", "city",
    "phone", "email",
)


class ResidentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, resident: Resident) -> int:
        """Store a new (validated, normalised) resident with household; returns its id."""
        now = utc_now()
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO residents (first_names, prefix, surname, date_of_birth, bsn,"
                    " street, house_number, postcode, city, phone, email, sort_key,"
                    " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [*self._values(resident), now, now],
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate_bsn(error) from error
            resident_id = int(cursor.lastrowid or 0)
            self._write_household(resident_id, resident.household)
            self._index(resident_id, resident)
        return resident_id

    def update(self, resident: Resident) -> None:
        if resident.id is None:
            raise ValueError("update needs a stored resident")
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "UPDATE residents SET first_names=?, prefix=?, surname=?, date_of_birth=?,"
                    " bsn=?, street=?, house_number=?, postcode=?, city=?, phone=?, email=?,"
                    " sort_key=?, updated_at=? WHERE id=?",
                    [*self._values(resident), utc_now(), resident.id],
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate_bsn(error) from error
            if cursor.rowcount == 0:
                raise LookupError(f"resident {resident.id} does not exist")
            self._write_household(resident.id, resident.household)
            self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [resident.id])
            self._index(resident.id, resident)

    def get(self, resident_id: int) -> Resident | None:
        cursor = self._db.execute("SELECT * FROM residents WHERE id = ?", [resident_id])
        row = cursor.fetchone()
        if row is None:
            return None
        record = dict(zip([d[0] for d in cursor.description], row, strict=True))
        return self._resident(record, self._household(resident_id))

    def find_by_bsn(self, bsn: str) -> int | None:
        row = self._db.execute("SELECT id FROM residents WHERE bsn = ?", [bsn]).fetchone()
        return int(row[0]) if row else None

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM residents").fetchone()[0])

    def search_ids(
        self, terms: list[str], order: CaseloadSort, descending: bool = False
    ) -> list[int]:
        """Ids of residents matching every prefix term (all residents when no terms), sorted."""
        direction = "DESC" if descending else "ASC"
        # A repeated sort_key would make SQLite sort in a temp B-tree instead of using its index.
        tiebreak = "r.id" if order is CaseloadSort.NAME else "r.sort_key, r.id"
        order_sql = f"{_ORDER[order]} {direction}, {tiebreak}"
        if not terms:
            sql = f"SELECT r.id FROM residents r ORDER BY {order_sql}"
            return [row[0] for row in self._db.execute(sql)]
        match = " ".join(f'"{term}"*' for term in terms)
        sql = (
            "SELECT r.id FROM resident_search s JOIN residents r ON r.id = s.rowid"
            f" WHERE resident_search MATCH ? ORDER BY {order_sql}"
        )
        return [row[0] for row in self._db.execute(sql, [match])]

    def caseload_entries(self, ids: list[int]) -> dict[int, CaseloadEntry]:
        """The caseload rows for a handful of ids (the model fetches only what is visible)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT r.id, r.first_names, r.prefix, r.surname, r.date_of_birth, r.bsn,"
            f" r.postcode, r.city, {_LAST_CONVERSATION}, {_NEXT_DEADLINE}"
            f" FROM residents r WHERE r.id IN ({marks})"
        )
        entries = {}
        for rid, first, prefix, surname, born, bsn, postcode, city, last, due in self._db.execute(
            sql, ids
        ):
            entries[rid] = CaseloadEntry(
                id=rid,
                name=display_name(first, prefix, surname),
                date_of_birth=date.fromisoformat(born),
                bsn=bsn or "",
                postcode=postcode,
                city=city,
                last_conversation=from_iso(last),
                next_deadline=from_iso(due),
            )
        return entries

    def delete(self, resident_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [resident_id])
            self._db.execute("DELETE FROM residents WHERE id = ?", [resident_id])

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _values(r: Resident) -> list[Any]:
        return [
            r.first_names, r.prefix, r.surname, r.date_of_birth.isoformat(), r.bsn or None,
            r.street, r.house_number, r.postcode, r.city, r.phone, r.email,
            sort_key(r.first_names, r.surname),
        ]

    def _index(self, resident_id: int, r: Resident) -> None:
        terms = index_terms(r.first_names, r.prefix, r.surname, r.date_of_birth, r.bsn, r.postcode)
        self._db.execute(
            "INSERT INTO resident_search (rowid, terms) VALUES (?, ?)", [resident_id, terms]
        )

    def _write_household(self, resident_id: int, members: list[HouseholdMember]) -> None:
        self._db.execute("DELETE FROM household_members WHERE resident_id = ?", [resident_id])
        for position, m in enumerate(members):
            self._db.execute(
                "INSERT INTO household_members (resident_id, position, role, first_names,"
                " prefix, surname, date_of_birth) VALUES (?,?,?,?,?,?,?)",
                [resident_id, position, m.role.value, m.first_names, m.prefix, m.surname,
                 to_iso(m.date_of_birth)],
            )

    def _household(self, resident_id: int) -> list[HouseholdMember]:
        rows = self._db.execute(
            "SELECT id, role, first_names, prefix, surname, date_of_birth"
            " FROM household_members WHERE resident_id = ? ORDER BY position",
            [resident_id],
        ).fetchall()
        return [
            HouseholdMember(
                id=mid, role=HouseholdRole(role), first_names=first, prefix=prefix,
                surname=surname, date_of_birth=from_iso(born),
            )
            for mid, role, first, prefix, surname, born in rows
        ]

    @staticmethod
    def _resident(row: dict[str, Any], household: list[HouseholdMember]) -> Resident:
        values = {name: row[name] or "" for name in _RESIDENT_COLUMNS}
        return Resident(
            id=row["id"],
            date_of_birth=date.fromisoformat(row["date_of_birth"]),
            household=household,
            **values,
        )


def _duplicate_bsn(error: sqlite3.IntegrityError) -> Exception:
    if "bsn" in str(error):
        return ValidationFailed([Problem("bsn_duplicate", "bsn")])
    return error
