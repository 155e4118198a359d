"""The journal in the JSON dossier (the optional top-level `journal` key, format version 3).

Entries are written in the order they were written (oldest first), so a correction always
comes after the entry it corrects and names it by its index. Database ids mean nothing in
another store, so an agreement is named by its place in the file (conversation index,
agreement index) and an agreement removed after the entry was written is left out. On import
the writer and the moment of writing are kept: the record says who wrote what, and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from ..domain.journal import ContactKind, JournalEntry, normalized_entry, validate_entry
from ..domain.problems import Problem
from .json_values import enum_or, objects, text, whole

_CONTACT_FORMAT = "%Y-%m-%dT%H:%M"


@dataclass(frozen=True)
class JournalImport:
    """An entry read from a file (resident_id 0, no ids yet), with what it names by place:
    the index of the entry it corrects and (conversation, agreement) indexes."""

    entry: JournalEntry
    corrects: int | None = None
    agreements: tuple[tuple[int, int], ...] = ()


def journal_to_list(entries: Sequence[JournalEntry],
                    agreement_places: dict[int, tuple[int, int]]) -> list[dict[str, Any]]:
    """The entries as the file's `journal`; `agreement_places` maps an agreement id to its
    (conversation index, agreement index) in the file."""
    ordered = sorted(entries, key=lambda e: e.id or 0)
    index = {e.id: number for number, e in enumerate(ordered)}
    return [
        {
            "contact_at": e.contact_at.strftime(_CONTACT_FORMAT),
            "kind": e.kind.value,
            "with_whom": e.with_whom,
            "note": e.note,
            "domains": list(e.domains),
            "agreements": [
                {"conversation": place[0], "agreement": place[1]}
                for a in e.agreement_ids if (place := agreement_places.get(a)) is not None],
            "written_by": e.written_by,
            "written_at": (e.written_at.astimezone(UTC).isoformat(timespec="seconds")
                           if e.written_at else None),
            "corrects": index.get(e.corrects) if e.corrects is not None else None,
            "for_resident_report": e.for_resident_report,
        }
        for e in ordered
    ]


def read_journal(value: object, agreement_counts: list[int], today: datetime
                 ) -> tuple[list[JournalImport], list[Problem]]:
    """The file's journal (missing: empty) and its content problems, each placed
    ("journal[2].note"); `agreement_counts` are the agreements per conversation."""
    found: list[JournalImport] = []
    problems: list[Problem] = []
    for number, item in objects(value):
        where = f"journal[{number}]"
        entry = _entry(item)
        for p in validate_entry(entry, today):
            problems.append(Problem(p.code, f"{where}.{p.field}", p.params))
        corrects = whole(item.get("corrects"))
        if corrects is not None and not 0 <= corrects < number:
            problems.append(Problem("journal_correction_unknown", f"{where}.corrects"))
            corrects = None
        places = []
        for index, ref in objects(item.get("agreements")):
            conversation, agreement = whole(ref.get("conversation")), whole(ref.get("agreement"))
            if (conversation is None or agreement is None
                    or not 0 <= conversation < len(agreement_counts)
                    or not 0 <= agreement < agreement_counts[conversation]):
                problems.append(Problem("journal_agreement_unknown",
                                        f"{where}.agreements[{index}]"))
                continue
            places.append((conversation, agreement))
        found.append(JournalImport(entry, corrects, tuple(places)))
    return found, problems


def _entry(item: dict[str, Any]) -> JournalEntry:
    try:
        contact_at = datetime.strptime(text(item, "contact_at"), _CONTACT_FORMAT)
    except ValueError:  # the schema check reported it
        contact_at = datetime.combine(datetime(2000, 1, 1), time())
    try:
        written_at: datetime | None = datetime.fromisoformat(text(item, "written_at"))
    except ValueError:
        written_at = None
    domains = item.get("domains")
    return normalized_entry(JournalEntry(
        resident_id=0, contact_at=contact_at,
        kind=enum_or(ContactKind, item.get("kind"), ContactKind.PHONE),
        note=text(item, "note"), with_whom=text(item, "with_whom"),
        domains=tuple(d for d in domains if isinstance(d, str)) if isinstance(domains, list)
        else (),
        for_resident_report=item.get("for_resident_report") is True,
        written_by=text(item, "written_by"), written_at=written_at))
