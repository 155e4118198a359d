"""The journal (journaal, contactmomenten): every contact between conversations.

Entries are append-only (issue 18): what was written stays, and a correction is a new entry
that names the one it corrects. The earlier text is still shown, marked as corrected, so a
professional sees who wrote what. Only the tick "for the resident's report" may change later:
it is the professional's choice of what the resident reads, not part of what was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .problems import Problem
from .resident import MAX_NAME_LENGTH
from .text import clean_name, clean_text, fold

MAX_NOTE_LENGTH = 2000  # a short note: a longer account belongs in a conversation
# A contact "now" typed on a laptop whose clock runs a little behind is not in the future.
FUTURE_MARGIN = timedelta(minutes=10)

_WORDS = re.compile(r"[\W_]+")


class ContactKind(StrEnum):
    PHONE = "phone"
    VISIT = "visit"  # huisbezoek
    EMAIL = "email"
    PARTNER_CONSULTATION = "partner_consultation"  # overleg met een ketenpartner
    RESIDENT_MESSAGE = "resident_message"  # the resident's own message (bericht van de inwoner)


@dataclass(frozen=True)
class JournalEntry:
    """One contact. `contact_at` is the professional's local clock time (no time zone: the
    entry says "Tuesday 9:30" as the professional lived it); `written_at` is UTC."""

    resident_id: int
    contact_at: datetime
    kind: ContactKind
    note: str
    with_whom: str = ""
    domains: tuple[str, ...] = ()  # checklist domain keys
    agreement_ids: tuple[int, ...] = ()
    for_resident_report: bool = False
    corrects: int | None = None  # the id of the entry this one corrects
    written_by: str = ""  # the professional (operating-system user), set by the service
    written_at: datetime | None = None  # set by the service
    id: int | None = None


def normalized_entry(entry: JournalEntry) -> JournalEntry:
    """Trimmed texts, the minute as the finest time, no repeated domains or agreements."""
    return replace(
        entry,
        note=clean_text(entry.note),
        with_whom=clean_name(entry.with_whom),
        contact_at=entry.contact_at.replace(second=0, microsecond=0, tzinfo=None),
        domains=tuple(dict.fromkeys(entry.domains)),
        agreement_ids=tuple(dict.fromkeys(entry.agreement_ids)),
    )


def validate_entry(entry: JournalEntry, now: datetime, domain_keys: set[str] | None = None,
                   agreement_ids: set[int] | None = None) -> list[Problem]:
    """Problems with a (normalised) entry; `now` is local clock time; `domain_keys` and
    `agreement_ids` are what the dossier knows (None: not checked)."""
    problems = []
    if not entry.note:
        problems.append(Problem("journal_note_missing", "note"))
    elif len(entry.note) > MAX_NOTE_LENGTH:
        problems.append(Problem("journal_note_too_long", "note", {"max": MAX_NOTE_LENGTH}))
    if len(entry.with_whom) > MAX_NAME_LENGTH:
        problems.append(Problem("name_too_long", "with_whom", {"max": MAX_NAME_LENGTH}))
    if entry.contact_at > now.replace(tzinfo=None) + FUTURE_MARGIN:
        problems.append(Problem("journal_contact_future", "contact_at"))
    if domain_keys is not None:
        for key in entry.domains:
            if key not in domain_keys:
                problems.append(Problem("journal_domain_unknown", "domains", {"key": key}))
    if agreement_ids is not None:
        for agreement_id in entry.agreement_ids:
            if agreement_id not in agreement_ids:
                problems.append(Problem("journal_agreement_unknown", "agreements"))
                break
    return problems


def validate_correction(entry: JournalEntry, corrected: JournalEntry | None,
                        already_corrected: bool) -> list[Problem]:
    """A correction names an entry of the same dossier that no other entry corrects yet (a
    second correction corrects the correction, so the chain stays one line)."""
    if entry.corrects is None:
        return []
    if corrected is None:
        return [Problem("journal_correction_unknown", "corrects")]
    if corrected.resident_id != entry.resident_id:
        return [Problem("journal_correction_other_dossier", "corrects")]
    if already_corrected:
        return [Problem("journal_already_corrected", "corrects")]
    return []


@dataclass
class Journal:
    """A dossier's journal, newest contact first, with who corrected what."""

    entries: list[JournalEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.corrected_by: dict[int, int] = {}
        # Oldest correction first, so the newest correction of an entry is the one kept: on
        # one laptop an entry is corrected once, but a synced team may have corrected it twice.
        for entry in sorted(self.entries, key=lambda e: e.id or 0):
            if entry.corrects is not None and entry.id is not None:
                self.corrected_by[entry.corrects] = entry.id
        self._by_id = {e.id: e for e in self.entries if e.id is not None}

    def entry(self, entry_id: int) -> JournalEntry | None:
        return self._by_id.get(entry_id)

    def is_corrected(self, entry: JournalEntry) -> bool:
        return entry.id is not None and entry.id in self.corrected_by

    def current(self) -> list[JournalEntry]:
        """The entries no other entry corrects (what holds now), newest first."""
        return [e for e in self.entries if not self.is_corrected(e)]

    def for_resident_report(self) -> list[JournalEntry]:
        """What the resident's report prints: ticked entries not corrected since, oldest
        first (a report reads as a story)."""
        return sorted((e for e in self.current() if e.for_resident_report),
                      key=lambda e: (e.contact_at, e.id or 0))

    def search(self, query: str, extra: dict[int, str] | None = None) -> list[JournalEntry]:
        """Entries whose note, with-whom or writer holds every word of `query`, ignoring case
        and diacritics ('zoe' finds 'Zoë'); `extra` adds text per entry id (the kind's name in
        the reader's language). Newest first, corrected entries included: the earlier text is
        part of the record."""
        words = [w for w in _WORDS.split(fold(query)) if w]
        if not words:
            return list(self.entries)
        found = []
        for e in self.entries:
            text = fold(f"{e.note} {e.with_whom} {e.written_by} "
                        f"{(extra or {}).get(e.id or 0, '')}")
            if all(w in text for w in words):
                found.append(e)
        return found


def newest_first(entries: list[JournalEntry]) -> list[JournalEntry]:
    return sorted(entries, key=lambda e: (e.contact_at, e.id or 0), reverse=True)
