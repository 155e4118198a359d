"""Bottlenecks and neighbourhood signals of the learning loop, and the name tokens the
personal-data check needs."""

from __future__ import annotations

from typing import Any

from ..domain.learning import (
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    SignalTheme,
)
from ..domain.personal_data import NameIndex
from .clock import from_iso, to_iso, utc_now
from .database import Database

_BOTTLENECK_COLUMNS = ("id, conversation_id, category, partner_id, what_happened, what_would_help,"
                       " occurred_on, solved_on")


class LearningRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- bottlenecks -----------------------------------------------------------------------

    def bottlenecks(self, conversation_id: int | None = None) -> list[Bottleneck]:
        """All bottlenecks, newest first; only those of one conversation when given."""
        where, params = ("WHERE conversation_id = ?", [conversation_id]) \
            if conversation_id is not None else ("", [])
        rows = self._db.execute(
            f"SELECT {_BOTTLENECK_COLUMNS} FROM bottlenecks {where}"
            " ORDER BY occurred_on DESC, id DESC", params).fetchall()
        return [self._bottleneck(row) for row in rows]

    def bottleneck(self, bottleneck_id: int) -> Bottleneck | None:
        row = self._db.execute(f"SELECT {_BOTTLENECK_COLUMNS} FROM bottlenecks WHERE id = ?",
                               [bottleneck_id]).fetchone()
        return self._bottleneck(row) if row else None

    def save_bottleneck(self, b: Bottleneck) -> int:
        """Insert (no id) or update; returns the id. LookupError when it was removed."""
        now = utc_now()
        values = [b.conversation_id, b.category.value, b.partner_id, b.what_happened,
                  b.what_would_help, to_iso(b.occurred_on), to_iso(b.solved_on)]
        with self._db.atomic():
            if b.id is None:
                cursor = self._db.execute(
                    "INSERT INTO bottlenecks (conversation_id, category, partner_id, what_happened,"
                    " what_would_help, occurred_on, solved_on, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?)", [*values, now, now])
                bottleneck_id = int(cursor.lastrowid or 0)
            else:
                cursor = self._db.execute(
                    "UPDATE bottlenecks SET conversation_id=?, category=?, partner_id=?,"
                    " what_happened=?, what_would_help=?, occurred_on=?, solved_on=?, updated_at=?"
                    " WHERE id=?", [*values, now, b.id])
                if cursor.rowcount == 0:
                    raise LookupError(f"bottleneck {b.id} does not exist")
                bottleneck_id = b.id
            self._db.execute("DELETE FROM bottleneck_domains WHERE bottleneck_id = ?", [bottleneck_id])
            self._db.execute("DELETE FROM bottleneck_laws WHERE bottleneck_id = ?", [bottleneck_id])
            for key in b.domain_keys:
                self._db.execute("INSERT INTO bottleneck_domains (bottleneck_id, domain_key)"
                                 " VALUES (?, ?)", [bottleneck_id, key])
            for law in sorted(b.laws):
                self._db.execute("INSERT INTO bottleneck_laws (bottleneck_id, law) VALUES (?, ?)",
                                 [bottleneck_id, law.value])
        return bottleneck_id

    def remove_bottleneck(self, bottleneck_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM bottlenecks WHERE id = ?", [bottleneck_id])

    def _bottleneck(self, row: tuple[Any, ...]) -> Bottleneck:
        (bottleneck_id, conversation_id, category, partner_id, happened, would_help, occurred,
         solved) = row
        keys = [k for (k,) in self._db.execute(
            "SELECT domain_key FROM bottleneck_domains WHERE bottleneck_id = ?", [bottleneck_id])]
        laws = {Law(law) for (law,) in self._db.execute(
            "SELECT law FROM bottleneck_laws WHERE bottleneck_id = ?", [bottleneck_id])}
        occurred_on = from_iso(occurred)
        assert occurred_on is not None
        return Bottleneck(
            id=bottleneck_id, conversation_id=conversation_id,
            category=BottleneckCategory(category), partner_id=partner_id,
            what_happened=happened, what_would_help=would_help, occurred_on=occurred_on,
            solved_on=from_iso(solved), domain_keys=keys, laws=laws)

    # -- neighbourhood signals -------------------------------------------------------------

    def signals(self) -> list[NeighbourhoodSignal]:
        rows = self._db.execute(
            "SELECT id, theme, area, noticed_on, description FROM neighbourhood_signals"
            " ORDER BY noticed_on DESC, id DESC").fetchall()
        return [self._signal(row) for row in rows]

    def signal(self, signal_id: int) -> NeighbourhoodSignal | None:
        row = self._db.execute(
            "SELECT id, theme, area, noticed_on, description FROM neighbourhood_signals"
            " WHERE id = ?", [signal_id]).fetchone()
        return self._signal(row) if row else None

    def save_signal(self, s: NeighbourhoodSignal) -> int:
        now = utc_now()
        values = [s.theme.value, s.area, to_iso(s.noticed_on), s.description]
        with self._db.atomic():
            if s.id is None:
                cursor = self._db.execute(
                    "INSERT INTO neighbourhood_signals (theme, area, noticed_on, description,"
                    " created_at, updated_at) VALUES (?,?,?,?,?,?)", [*values, now, now])
                return int(cursor.lastrowid or 0)
            cursor = self._db.execute(
                "UPDATE neighbourhood_signals SET theme=?, area=?, noticed_on=?, description=?,"
                " updated_at=? WHERE id=?", [*values, now, s.id])
            if cursor.rowcount == 0:
                raise LookupError(f"signal {s.id} does not exist")
            return s.id

    def remove_signal(self, signal_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM neighbourhood_signals WHERE id = ?", [signal_id])

    @staticmethod
    def _signal(row: tuple[Any, ...]) -> NeighbourhoodSignal:
        signal_id, theme, area, noticed, description = row
        noticed_on = from_iso(noticed)
        assert noticed_on is not None
        return NeighbourhoodSignal(id=signal_id, theme=SignalTheme(theme), area=area,
                                   noticed_on=noticed_on, description=description)

    # -- names for the personal-data check -------------------------------------------------

    def names_version(self) -> tuple[int, str]:
        """Changes when a resident is added, changed or removed (to refresh the name index)."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM residents) + (SELECT count(*) FROM household_members),"
            " (SELECT coalesce(max(updated_at), '') FROM residents)").fetchone()
        return int(row[0]), str(row[1])

    def name_index(self) -> NameIndex:
        """The distinct first names and surnames of residents and household members, and the
        streets the residents live in."""
        firsts = [n for (n,) in self._db.execute(
            "SELECT DISTINCT first_names FROM residents"
            " UNION SELECT DISTINCT first_names FROM household_members")]
        lasts = [n for (n,) in self._db.execute(
            "SELECT DISTINCT surname FROM residents"
            " UNION SELECT DISTINCT surname FROM household_members")]
        streets = [n for (n,) in self._db.execute(
            "SELECT DISTINCT street FROM residents WHERE street <> ''")]
        return NameIndex.build(firsts, lasts, streets)
