"""What the personal-data check finds (`Finding`) and what it knows of the store (`NameIndex`);
the rules are in personal_data_names.py, personal_data_places.py and personal_data_numbers.py,
the entry point in personal_data.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from .text import fold


class FindingKind(StrEnum):
    BSN = "bsn"
    BIRTH_DATE = "birth_date"
    POSTCODE = "postcode"
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    fragment: str  # exactly as written in the text (show it; never log it)
    start: int
    end: int


def finding(kind: FindingKind, text: str, start: int, end: int) -> Finding:
    return Finding(kind, text[start:end], start, end)


# Tokens that are never taken as a name on their own (tussenvoegsels).
PREFIXES = frozenset({
    "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "du", "da",
    "di", "el", "al", "von", "vander", "vanden", "'t", "d'",
})


def name_tokens(name: str) -> list[str]:
    return fold(name).split()


@dataclass(frozen=True)
class NameIndex:
    """Folded name tokens of the residents (and household members) in the store, and the
    folded streets they live in (~100,000 residents fit in a few MB)."""

    first_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()  # whole folded surnames, words joined by one space
    streets: frozenset[str] = frozenset()  # whole folded street names, words joined by one space

    @classmethod
    def build(cls, first_names: Iterable[str], surnames: Iterable[str],
              streets: Iterable[str] = ()) -> NameIndex:
        firsts = {token for name in first_names for token in name_tokens(name)}
        lasts = {" ".join(name_tokens(name)) for name in surnames}
        roads = {" ".join(name_tokens(street)) for street in streets}
        return cls(frozenset(firsts - PREFIXES), frozenset(lasts - {""} - PREFIXES),
                   frozenset(roads - {""}))

    @cached_property  # asked for every word; the index holds up to ~100,000 names
    def longest_surname(self) -> int:
        return max((s.count(" ") + 1 for s in self.surnames), default=1)

    @cached_property
    def longest_street(self) -> int:
        return max((s.count(" ") + 1 for s in self.streets), default=1)


WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?", re.UNICODE)


def words_of(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def bare(word: re.Match[str]) -> str:
    """The folded word without a final full stop."""
    return fold(word.group(0).rstrip("."))


def adjacent(text: str, before: re.Match[str], after: re.Match[str], comma: bool = False) -> bool:
    """Only spaces (and a comma when allowed) between two words: no full stop, no line break."""
    between = text[before.end():after.start()]
    allowed = " \t," if comma else " \t"
    return between.strip(allowed) == "" and len(between) <= 3


def sentence_start(text: str, word: re.Match[str]) -> bool:
    """The word begins the text, a line, or follows a full stop, question or exclamation mark
    or colon (an abbreviation's full stop counts too: better one name too few than too many)."""
    before = text[:word.start()].rstrip(" \t")
    return before == "" or before[-1] in ".!?:\n;(\"'‘“"


class FalseAlarmReason(StrEnum):
    """Why the professional says a finding is not personal data (logged, never the text)."""

    ORDINARY_WORD = "ordinary_word"  # a word or name of a thing, not a person's name
    ORGANISATION = "organisation"  # an organisation, facility or place, or its public details
    EVENT_DATE = "event_date"  # the date of an event, not a date of birth
    NOT_ABOUT_A_RESIDENT = "not_about_a_resident"  # other: it identifies no resident


@dataclass(frozen=True)
class ConfirmedFalseAlarm:
    """A finding the professional confirmed as not personal data, with the reason."""

    field: str
    kind: FindingKind
    fragment: str
    reason: FalseAlarmReason

    def covers(self, field: str, found: Finding) -> bool:
        return (field, found.kind, found.fragment) == (self.field, self.kind, self.fragment)

    @property
    def log_detail(self) -> str:
        """What the access log keeps: the kind and the reason, never the text."""
        return f"{FALSE_ALARM_LOG_PREFIX}{self.kind.value}.{self.reason.value}"


FALSE_ALARM_LOG_PREFIX = "personal_data_false_alarm."
