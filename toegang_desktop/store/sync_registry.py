"""Which tables a team's sync keeps, read from the store's own schema (issue 16).

The list of dossier tables is the only thing written by hand here; their columns, primary keys
and foreign keys are read from the open store with sqlite-utils (`columns`, `pks`,
`foreign_keys`), so a migration that adds a column is synced without a change here. From the
foreign keys follow how each record reaches its dossier and which integer columns travel as
the referenced record's uuid. Loaded only in team mode (never at start-up: sqlite-utils and its
plugins cost a fifth of the start; tests/unit/test_startup_imports.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .database import Database

# Every table that belongs to a dossier, parents before children (the order a whole dossier
# is applied in). The access log (uploaded on its own), the learning loop, the partner
# directory and the store's identity are not among them.
DOSSIER_TABLES = (
    "residents", "household_members", "conversations", "conversation_participants",
    "domain_assessments", "conversation_markers", "signal_decisions", "conversation_routes",
    "route_connections", "agreements", "agreement_domains", "safety_records",
    "safety_consultations", "investigation_topics", "dossier_events", "resident_changes",
    "journal_entries",
)  # fmt: skip
# Only ever inserted on the server (a history): no update or delete operations are made ...
APPEND_ONLY = frozenset({"dossier_events", "resident_changes", "signal_decisions",
                         "journal_entries"})
# ... except of a column that is no part of what was written (the journal's report tick).
MUTABLE_IN_APPEND_ONLY = {"journal_entries": frozenset({"for_resident_report"})}
# Columns holding a JSON array of another table's integer ids (no foreign key, so the list
# outlives a removed agreement): they travel as a JSON array of that table's uuids.
ID_LISTS = {"journal_entries": {"agreement_ids": "agreements"}}
# Columns kept on this laptop only: derived from other data by the app or by triggers
# (the caseload's name order and terms), made again when a pulled record is applied.
LOCAL_ONLY = {
    "residents": frozenset({"sort_key", "last_conversation", "next_deadline"}),
}
# Changed on every save: sent with a new record, never as an update of its own (two laptops
# saving different fields would otherwise always conflict on it).
NOT_UPDATED = frozenset({"updated_at"})
# Referenced tables that have a uuid and an integer `id`: a foreign key to them travels as uuid.
IDENTITY_TABLES = frozenset({"residents", "conversations", "agreements", "journal_entries"})
# The partner directory is no part of a dossier: an agreement's partner travels as the
# organisation's name and is found (or added) by its folded name on the receiving laptop.
PARTNER_TABLE = "partners"


@dataclass(frozen=True)
class Reference:
    """A foreign-key column and the identity table (residents, conversations, agreements,
    partners) whose integer `id` it holds, possibly through another table's key."""

    column: str
    table: str


@dataclass(frozen=True)
class SyncedTable:
    name: str
    wire_columns: tuple[str, ...]  # what a record carries (no id, no uuid, no local-only)
    pks: tuple[str, ...]  # the local primary key
    rowid: bool  # an integer `id` (or rowid-aliased key) identifies the row locally
    references: tuple[Reference, ...]
    parent: Reference | None  # the way to the dossier (None: the resident itself)
    append_only: bool
    not_null: frozenset[str]
    local_only: frozenset[str]
    id_lists: dict[str, str] = field(default_factory=dict)  # column -> identity table
    mutable: frozenset[str] = frozenset()  # of an append-only table: may be updated

    def reference(self, column: str) -> Reference | None:
        return self._by_column.get(column)

    @cached_property
    def _by_column(self) -> dict[str, Reference]:
        return {r.column: r for r in self.references}

    @property
    def update_columns(self) -> tuple[str, ...]:
        """The columns an update operation is made for."""
        if self.append_only:
            return tuple(c for c in self.wire_columns if c in self.mutable)
        return tuple(c for c in self.wire_columns if c not in NOT_UPDATED)

    @property
    def self_reference(self) -> Reference | None:
        """A reference to another row of the same table (a journal correction)."""
        return next((r for r in self.references if r.table == self.name), None)


class SyncRegistry:
    """The synced tables of one store, described from its schema."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @cached_property
    def tables(self) -> dict[str, SyncedTable]:
        import sqlite_utils  # team mode only

        # No plugins, and the connection's trigger settings stay as the store set them.
        utils = sqlite_utils.Database(self._db.conn, recursive_triggers=False,
                                      execute_plugins=False)
        found: dict[str, SyncedTable] = {}
        for name in self.names:
            table = utils.table(name)
            columns = table.columns
            pks = tuple(table.pks)
            local_only = LOCAL_ONLY.get(name, frozenset())
            found_references = []
            for fk in table.foreign_keys:
                # a compound key (agreement_domains -> domain_assessments) holds an integer key
                # (conversation_id) and a text one (domain_key): only the first is translated
                for column, other in zip(fk.columns, fk.other_columns, strict=True):
                    identity = self._identity_of(utils, fk.other_table, other)
                    if identity is not None:
                        found_references.append(Reference(column, identity))
            references = tuple(dict.fromkeys(found_references))  # a column listed twice
            rowid = pks == ("id",) or (len(pks) == 1 and any(
                c.name == pks[0] and c.type.upper() == "INTEGER" for c in columns)
                and not self._without_rowid(name))
            wire = tuple(c.name for c in columns
                         if c.name not in ("id", "uuid") and c.name not in local_only)
            # The shortest way to the dossier: the resident, else the conversation.
            parent = None if name == "residents" else min(
                (r for r in references if r.table in ("residents", "conversations")),
                key=lambda r: r.table != "residents")
            found[name] = SyncedTable(
                name=name, wire_columns=wire, pks=pks, rowid=rowid, references=references,
                parent=parent, append_only=name in APPEND_ONLY,
                not_null=frozenset(c.name for c in columns if c.notnull and c.default_value is None),
                local_only=local_only, id_lists=dict(ID_LISTS.get(name, {})),
                mutable=MUTABLE_IN_APPEND_ONLY.get(name, frozenset()))
        return found

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The dossier tables this store has (a later migration may add one: see
        `DOSSIER_TABLES`; `extra_tables` for tables registered by another part)."""
        present = {row[0] for row in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return tuple(t for t in (*DOSSIER_TABLES, *EXTRA_TABLES) if t in present)

    def _without_rowid(self, name: str) -> bool:
        sql = self._db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
        return "WITHOUT ROWID" in str(sql).upper()

    def _identity_of(self, utils: object, table: str, column: str) -> str | None:
        """The identity table an integer key leads to: `table` when it is `table.id`, else
        where `table.column` itself points (route_connections -> conversation_routes ->
        conversations)."""
        if column == "id" and (table in IDENTITY_TABLES or table == PARTNER_TABLE):
            return table
        import sqlite_utils

        assert isinstance(utils, sqlite_utils.Database)
        for fk in utils.table(table).foreign_keys:
            for own, other in zip(fk.columns, fk.other_columns, strict=True):
                if own == column:
                    return self._identity_of(utils, fk.other_table, other)
        return None  # a text key (a domain key) travels as it is

    def path_to_resident(self, table: str) -> list[Reference]:
        """The references to follow from a row of `table` to its resident (empty: residents)."""
        path: list[Reference] = []
        current = self.tables[table]
        while current.parent is not None:
            path.append(current.parent)
            if current.parent.table == "residents":
                break
            current = self.tables[current.parent.table]
        return path

    def order(self) -> tuple[str, ...]:
        """Parents before children (the order of `DOSSIER_TABLES`)."""
        return self.names


# Tables another part of the app adds to the sync (issue 18's journal registers its append-only
# lines here when it lands).
EXTRA_TABLES: tuple[str, ...] = ()
