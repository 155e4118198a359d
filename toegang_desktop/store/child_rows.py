"""Writing a parent's list of child rows in place (a household, participants, markers ...).

Deleting all of a parent's rows and inserting the list again gave every row a new identity on
each save. With a team that matters: each save would send deletes and inserts, and two
laptops saving the same household offline would both add their members (doubled). So the
rows are matched by their key within the parent: a row that stays is updated (only the
columns that changed), a row that went is deleted, a new one inserted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .database import Database


def write_children(db: Database, table: str, parent: Mapping[str, Any], key: Sequence[str],
                   rows: Sequence[Mapping[str, Any]]) -> None:
    """Make the rows of `table` under `parent` (column -> value) exactly `rows`, matched by
    the `key` columns (which each row holds). Runs inside the caller's transaction."""
    where = " AND ".join(f"{c} = ?" for c in parent)
    columns = list(dict.fromkeys(c for row in rows for c in row))
    wanted = {tuple(row[c] for c in key): row for row in rows}
    select = ", ".join([*key, *[c for c in columns if c not in key]]) or "1"
    cursor = db.execute(f"SELECT {select} FROM {table} WHERE {where}", list(parent.values()))
    names = [d[0] for d in cursor.description]
    existing = {tuple(r[:len(key)]): dict(zip(names, r, strict=True)) for r in cursor.fetchall()}
    key_where = " AND ".join(f"{c} = ?" for c in key)
    for found_key in existing.keys() - wanted.keys():
        db.execute(f"DELETE FROM {table} WHERE {where} AND {key_where}",
                   [*parent.values(), *found_key])
    for row_key, row in wanted.items():
        old = existing.get(row_key)
        if old is None:
            values = {**parent, **row}
            db.execute(f"INSERT INTO {table} ({', '.join(values)})"
                       f" VALUES ({', '.join('?' for _ in values)})", list(values.values()))
            continue
        changed = {c: v for c, v in row.items() if c not in key and old.get(c) != v}
        if changed:
            db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)}"
                       f" WHERE {where} AND {key_where}",
                       [*changed.values(), *parent.values(), *row_key])
