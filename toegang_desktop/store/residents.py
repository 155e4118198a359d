"""Residents, their households and the search index, as domain objects."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..domain.caseload import CaseloadEntry, CaseloadSort
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import HouseholdMember, HouseholdRole, Resident, display_name
from ..domain.search import index_terms, sort_key
from .child_rows import write_children
from .clock import from_iso, to_iso, utc_now
from .database import Database
from .driver import dbapi as sqlite3

# Kept on the resident by triggers (migration 0009): the latest conversation's date, and the
# earliest open legal term (Wmo 2015; day counts as in the domain's legal clock).
_LAST_CONVERSATION = "r.last_conversation"
_NEXT_DEADLINE = "r.next_deadline"
_ORDER = {
    CaseloadSort.NAME: "r.sort_key",
    CaseloadSort.DATE_OF_BIRTH: "r.date_of_birth",
    CaseloadSort.POSTCODE: "r.postcode",
    CaseloadSort.LAST_CONVERSATION: f"coalesce({_LAST_CONVERSATION}, '')",
    # Residents without an open term sort after those with one.
    CaseloadSort.NEXT_DEADLINE: f"coalesce({_NEXT_DEADLINE}, '9999-12-31')",
}
_NAME_ORDER_SQL = "SELECT r.id FROM residents r ORDER BY r.sort_key ASC, r.id"
_ORDER_VERSION_SQL = "(SELECT version FROM resident_order_version)"
# The matches straight from the full-text index (no lookup in `residents`), in the index's own
# order: they are sorted in memory by name order, and ORDER BY rowid made this read 10-15% slower.
_MATCH_SQL = "SELECT rowid AS id FROM resident_search WHERE resident_search MATCH ?"
_RESIDENT_COLUMNS = (
    "first_names", "prefix", "surname", "bsn", "street", "house_number", "postcode", "city",
    "phone", "email",
)


class NameOrder:
    """Each resident's place in name order (`sort_key`, then id), kept while the store's
    `resident_order_version` stays the same (migration 0009; triggers raise it on every insert,
    delete or rename of a resident, also from another connection).

    The list comes with the whole caseload in name order (read at start-up anyway) or is read
    when the version changed; the places (a dict) are made from it on the first typed search.
    """

    def __init__(self) -> None:
        self.version: int | None = None
        self._ids: list[int] = []
        self._places: dict[int, int] | None = None

    def remember(self, version: int, ids: list[int]) -> None:
        """The whole caseload in name order, read in the same snapshot as `version`."""
        if version != self.version:
            self.version, self._ids, self._places = version, ids, None

    def places(self, version: int) -> dict[int, int] | None:
        """Resident id -> place in name order, if the kept order is that of `version` (read in
        the same snapshot as the ids to sort); None when it is not."""
        if version != self.version:
            return None
        if self._places is None:
            self._places = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._places


class ResidentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._name_order = NameOrder()

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

    def head_in_name_order(self, limit: int) -> tuple[int, list[int]]:
        """How many residents there are, and the first `limit` ids in name order, from one
        snapshot: all a freshly opened caseload shows (the whole list costs 10 ms at 100,000
        residents and is read when the view needs more)."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM residents),"
            f" json_group_array(id) FROM ({_NAME_ORDER_SQL} LIMIT ?)", [limit]).fetchone()
        ids: list[int] = json.loads(row[1])
        return int(row[0]), ids

    def search_ids(
        self, terms: list[str], order: CaseloadSort, descending: bool = False
    ) -> list[int]:
        """Ids of residents matching every prefix term (all residents when no terms), sorted."""
        direction = "DESC" if descending else "ASC"
        # A repeated sort_key would make SQLite sort in a temp B-tree instead of using its index.
        tiebreak = "r.id" if order is CaseloadSort.NAME else "r.sort_key, r.id"
        order_sql = f"{_ORDER[order]} {direction}, {tiebreak}"
        name_order = order is CaseloadSort.NAME and not descending
        if not terms and name_order:
            version, ids = self._versioned_id_list(_NAME_ORDER_SQL)
            self._name_order.remember(version, ids)
            return list(ids)  # the caller may change its list; the kept one stays as read
        if not terms:
            return self._id_list(f"SELECT r.id FROM residents r ORDER BY {order_sql}")
        match = " ".join(f'"{term}"*' for term in terms)
        if name_order:
            return self._search_in_name_order(match)
        return self._id_list(
            "SELECT r.id FROM resident_search s JOIN residents r ON r.id = s.rowid"
            f" WHERE resident_search MATCH ? ORDER BY {order_sql}", [match])

    def _id_list(self, sql: str, parameters: list[Any] | None = None) -> list[int]:
        """The ids a query gives, in its order, read as one JSON array: one row instead of one
        per resident (at 100,000 residents half the time of the whole caseload query). SQLite
        aggregates the rows in the order the subquery delivers them (the search tests check
        the order)."""
        row = self._db.execute(f"SELECT json_group_array(id) FROM ({sql})", parameters).fetchone()
        ids: list[int] = json.loads(row[0])
        return ids

    def _versioned_id_list(
        self, sql: str, parameters: list[Any] | None = None
    ) -> tuple[int, list[int]]:
        """The name order's version and the ids a query gives, from one statement: a single
        SELECT reads one snapshot, so no transaction (BEGIN ... COMMIT) is needed around it."""
        version, ids = self._db.execute(
            f"SELECT {_ORDER_VERSION_SQL}, json_group_array(id) FROM ({sql})", parameters
        ).fetchone()
        return int(version), json.loads(ids)

    def _search_in_name_order(self, match: str) -> list[int]:
        """The full-text matches (straight from the index) sorted in memory by their place in
        name order: no lookup of every match in `residents`, no SQL sort."""
        version, ids = self._versioned_id_list(_MATCH_SQL, [match])
        places = self._name_order.places(version)
        if places is None:  # a resident was added, removed or renamed since the order was read
            places, ids = self._reread_name_order(match)
        try:
            ids.sort(key=places.__getitem__)
        except KeyError:  # an index row without resident: never fail, leave it out
            ids = [rid for rid in ids if rid in places]
            ids.sort(key=places.__getitem__)
        return ids

    def _reread_name_order(self, match: str) -> tuple[dict[int, int], list[int]]:
        """The name order and the matches again, from one statement (one snapshot), so both
        see the same residents whatever another connection changes meanwhile."""
        version, order, ids = self._db.execute(
            f"SELECT {_ORDER_VERSION_SQL}, (SELECT json_group_array(id) FROM ({_NAME_ORDER_SQL})),"
            f" (SELECT json_group_array(id) FROM ({_MATCH_SQL}))", [match]
        ).fetchone()
        self._name_order.remember(int(version), json.loads(order))
        places = self._name_order.places(int(version))
        assert places is not None  # just remembered
        return places, json.loads(ids)

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
        parse = date.fromisoformat
        return {
            rid: CaseloadEntry(
                rid, display_name(first, prefix, surname), parse(born), bsn or "", postcode,
                city, parse(last) if last else None, parse(due) if due else None,
            )
            for rid, first, prefix, surname, born, bsn, postcode, city, last, due
            in self._db.execute(sql, ids)
        }

    def delete(self, resident_id: int) -> bool:
        """Remove the resident, their search terms and (by cascade) everything linked to them;
        False when there was no such resident."""
        with self._db.atomic():
            self._db.execute("DELETE FROM resident_search WHERE rowid = ?", [resident_id])
            cursor = self._db.execute("DELETE FROM residents WHERE id = ?", [resident_id])
        return cursor.rowcount > 0

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
        # In place, by position: each member keeps its identity (store/child_rows.py).
        write_children(self._db, "household_members", {"resident_id": resident_id}, ["position"], [
            {"position": position, "role": m.role.value, "first_names": m.first_names,
             "prefix": m.prefix, "surname": m.surname, "date_of_birth": to_iso(m.date_of_birth)}
            for position, m in enumerate(members)])

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
