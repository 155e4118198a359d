"""The personal-data check on free text of the learning loop: before a bottleneck or a
neighbourhood signal is saved, its text is searched for what could identify a resident.

What is found (kind + fragment) is shown to the professional only, never logged. Kinds:

- ``bsn``: nine digits passing the 11-proef, with or without spaces, dots or dashes.
- ``birth_date``: a complete date (day, month, year; 12-04-1978, 12/4/78, 1978-04-12,
  12 april 1978, 12 apr. 1978). Flagged when a birth word is near (geboren, geb., geboortedatum,
  jarig) or when the year lies two or more years back: a recent date in a bottleneck ("sinds
  1 januari 2026") is ordinary; an older one is most likely someone's birthday.
- ``postcode``: a full postcode (1234 AB; too precise on its own: about 20 addresses),
  also with a house number after it.
- ``address``: a street name ending in a street word (straat, laan, weg ...) with a number.
- ``phone``: a Dutch phone number: 10 digits starting with 0 (06-12345678, 020 123 4567,
  (010) 1234567) or +31 / 0031 followed by 9 digits.
- ``email``: an e-mail address.
- ``name``: a name of a resident or household member in the store. The store provides the
  folded name tokens (`NameIndex`, one set of first names and one of surnames, ~100,000
  residents fit in a few MB). The rule, to avoid false alarms on ordinary Dutch words:
  a surname counts only when it is written with a capital and comes right after
  (a) a title: mevrouw, meneer, mevr., mw., mw, dhr., dhr, de heer, heer, familie, fam.,
  or (b) a known first name (also capitalised), in both cases with the tussenvoegsels
  (van, de, van der, ter ...) in between. A surname alone ("de bakker in de straat",
  "Visser" at the start of a sentence) and a first name alone do not block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .identifiers import UNUSED_POSTCODE_LETTERS, is_valid_bsn
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


@dataclass(frozen=True)
class NameIndex:
    """Folded name tokens of the residents (and household members) in the store."""

    first_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()  # whole folded surnames, words joined by one space

    @classmethod
    def build(cls, first_names: Iterable[str], surnames: Iterable[str]) -> NameIndex:
        firsts = {token for name in first_names for token in _tokens_of(name)}
        lasts = {" ".join(_tokens_of(name)) for name in surnames}
        return cls(frozenset(firsts - _NOT_NAMES), frozenset(lasts - {""} - _NOT_NAMES))

    @property
    def longest_surname(self) -> int:
        return max((s.count(" ") + 1 for s in self.surnames), default=1)


def _tokens_of(name: str) -> list[str]:
    return fold(name).split()


# Tokens that are never taken as a name on their own (titles, tussenvoegsels).
_PREFIXES = frozenset({
    "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "du", "da",
    "di", "el", "al", "von", "vander", "vanden", "'t", "d'",
})
_NOT_NAMES = _PREFIXES
_TITLES = frozenset({"mevrouw", "meneer", "mevr", "mw", "dhr", "heer", "familie", "fam", "mr",
                     "mej", "juffrouw"})

_SEP = r"[ .\-]?"
_BSN = re.compile(rf"(?<![\d\w])(\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d)(?![\d])")
_EMAIL_IN_TEXT = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+31|0031|\(?0)[\d\s\-.()/]{8,16}\d")
_HOUSE_NUMBER = r"(\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:-\d+)?)"
_POSTCODE_IN_TEXT = re.compile(rf"(?<![\w])([1-9]\d{{3}}) ?([A-Za-z]{{2}})(?![\w])(?:,?\s*{_HOUSE_NUMBER})?")
_TWO_LETTER_WORDS = frozenset({
    "en", "de", "op", "in", "te", "is", "of", "na", "om", "al", "nu", "er", "ze", "we", "je",
    "ik", "ga", "zo", "ja", "af", "an", "la", "ex", "ca", "km", "kg", "cm", "mm", "uw", "ol",
    "pm", "am", "nr", "no", "vs", "bv", "eg", "du", "da", "el", "ad"})
_STREET_WORDS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof",
                 "pad", "steeg", "dreef", "markt", "park", "plantsoen", "erf", "kwartier",
                 "boulevard", "lei", "baan", "veld", "wal", "haven", "hoek", "ring")
_ADDRESS = re.compile(
    rf"\b([A-ZÀ-Ý][\w'\-]*(?:{'|'.join(_STREET_WORDS)}))\s+(\d{{1,5}}(?:\s?[a-zA-Z]\b)?(?:-\d+)?)(?!\d)")
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_NUMERIC_DATE = re.compile(r"(?<![\d\w])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
_ISO_DATE = re.compile(r"(?<![\d\w])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WORD_DATE = re.compile(
    rf"(?<![\d\w])(\d{{1,2}})\s+({_MONTH_WORDS})\.?\s+(\d{{4}}|'\d{{2}})(?![\d])", re.IGNORECASE)
_BIRTH_CUE = re.compile(r"\b(geboren|geb\.|geb\b|geboortedatum|geboortedag|jarig|verjaardag|°)",
                        re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?", re.UNICODE)
BIRTH_CUE_DISTANCE = 30  # characters before the date
OLD_DATE_YEARS = 2


def find_personal_data(text: str, names: NameIndex, today: date) -> list[Finding]:
    """Everything in `text` that could identify a resident, in the order it appears."""
    found: list[Finding] = []
    found += _emails(text)
    found += _bsns(text)
    found += _phones(text)
    found += _postcodes(text)
    found += _addresses(text)
    found += _dates(text, today)
    found += _names(text, names)
    return _without_overlaps(found)


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """Keep the first-found (more specific) of findings that overlap, in text order."""
    kept: list[Finding] = []
    for finding in found:
        if not any(f.start < finding.end and finding.start < f.end for f in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _finding(kind: FindingKind, text: str, start: int, end: int) -> Finding:
    return Finding(kind, text[start:end], start, end)


def _emails(text: str) -> list[Finding]:
    return [_finding(FindingKind.EMAIL, text, m.start(), m.end()) for m in _EMAIL_IN_TEXT.finditer(text)]


def _bsns(text: str) -> list[Finding]:
    found = []
    for m in _BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if is_valid_bsn(digits):
            found.append(_finding(FindingKind.BSN, text, m.start(1), m.end(1)))
    return found


def _phones(text: str) -> list[Finding]:
    found = []
    for m in _PHONE_IN_TEXT.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("+31"):
            ok = len(digits) == 11 and digits[2] != "0" or len(digits) == 12 and digits[2] == "0"
        elif raw.startswith("0031"):
            ok = len(digits) == 13
        else:
            ok = len(digits) == 10 and digits[0] == "0" and digits[1] != "0"
        if ok and not _looks_like_date(raw):
            found.append(_finding(FindingKind.PHONE, text, m.start(), m.end()))
    return found


def _looks_like_date(raw: str) -> bool:
    return bool(_NUMERIC_DATE.search(raw) or _ISO_DATE.search(raw))


def _postcodes(text: str) -> list[Finding]:
    found = []
    for m in _POSTCODE_IN_TEXT.finditer(text):
        letters = m.group(2)
        if letters.upper() in UNUSED_POSTCODE_LETTERS:
            continue
        # In lower case not when the letters are a word: '2025 en 2026' is two years.
        if letters.islower() and (" " in m.group(0)[:m.end(2) - m.start()]
                                  and letters in _TWO_LETTER_WORDS):
            continue
        if not (letters.isupper() or letters.islower()):
            continue
        found.append(_finding(FindingKind.POSTCODE, text, m.start(), m.end()))
    return found


def _addresses(text: str) -> list[Finding]:
    return [_finding(FindingKind.ADDRESS, text, m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str, today: date) -> int:
    value = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 4:
        return value
    return 2000 + value if 2000 + value <= today.year else 1900 + value


def _dates(text: str, today: date) -> list[Finding]:
    candidates: list[tuple[int, int, date | None]] = []
    for m in _NUMERIC_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            _full_year(m.group(4), today), int(m.group(3)), int(m.group(1)))))
    for m in _ISO_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _WORD_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            _full_year(m.group(3), today), _MONTHS[m.group(2).lower()], int(m.group(1)))))
    found = []
    for start, end, value in candidates:
        if value is None:
            continue
        cue = _BIRTH_CUE.search(text[max(0, start - BIRTH_CUE_DISTANCE):start])
        if cue or value.year <= today.year - OLD_DATE_YEARS:
            found.append(_finding(FindingKind.BIRTH_DATE, text, start, end))
    return found


def _names(text: str, names: NameIndex) -> list[Finding]:
    if not names.surnames:
        return []
    words = list(_WORD.finditer(text))
    longest = names.longest_surname
    found = []
    for index, word in enumerate(words):
        token = fold(word.group(0).rstrip("."))
        is_title = token in _TITLES or (token == "de" and index + 1 < len(words)
                                        and fold(words[index + 1].group(0)) == "heer")
        is_first = (not is_title and word.group(0)[0].isupper() and token in names.first_names)
        if not (is_title or is_first):
            continue
        after = index + 1
        if token == "de" and is_title:
            after += 1  # 'de heer'
        match = None
        while after < len(words) and _adjacent(text, words[after - 1], words[after]):
            match = _surname_at(text, words, after, names, longest)
            if match is not None or fold(words[after].group(0).rstrip(".")) not in _PREFIXES:
                break
            after += 1  # a tussenvoegsel: the surname may follow
        if match is not None:
            found.append(_finding(FindingKind.NAME, text, word.start(), words[match].end()))
    return found


def _adjacent(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Only spaces (no comma, full stop or line break) between two words."""
    between = text[before.end():after.start()]
    return between.strip(" \t") == "" and len(between) <= 3


def _surname_at(text: str, words: list[re.Match[str]], at: int, names: NameIndex,
                longest: int) -> int | None:
    """The index of the last word of a known, capitalised surname starting at word `at`."""
    if at >= len(words) or not words[at].group(0)[0].isupper():
        return None
    for length in range(min(longest, len(words) - at), 0, -1):
        parts = words[at:at + length]
        if any(not _adjacent(text, a, b) for a, b in zip(parts, parts[1:], strict=False)):
            continue
        candidate = " ".join(fold(p.group(0).rstrip(".")) for p in parts)
        if candidate in names.surnames:
            return at + length - 1
    return None
