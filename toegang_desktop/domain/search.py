"""Search terms for residents: what is indexed and how typed queries are read."""

from __future__ import annotations

import re
from datetime import date

from .text import fold

_TOKEN_SPLIT = re.compile(r"[\W_]+")
_POSTCODE_QUERY = re.compile(r"\b([1-9][0-9]{3})\s+([a-z]{1,2})\b")  # '1253 h' too
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[ .\-](?=\d)")
_DATE_QUERY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{0,4}))?")


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(fold(text)) if t]


def index_terms(
    first_names: str, prefix: str, surname: str, date_of_birth: date, bsn: str, postcode: str
) -> str:
    """The folded terms a resident can be found by, space separated."""
    terms = _tokens(f"{first_names} {prefix} {surname}")
    terms.append(date_of_birth.strftime("%d%m%Y"))
    terms.append(date_of_birth.strftime("%Y"))  # the birth year alone finds someone too
    if bsn:
        terms.append(bsn)
    if postcode:
        terms.append("".join(_tokens(postcode)))
    return " ".join(terms)


def _date_digits(match: re.Match[str]) -> str:
    day, month, year = match.group(1), match.group(2), match.group(3) or ""
    return f"{int(day):02d}{int(month):02d}{year}"


def _postcode_digits_and_letters(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2)


def query_terms(query: str) -> list[str]:
    """Folded prefix terms for what a professional typed: names, BSN, date or postcode."""
    # '1234 ab' is one postcode term. A function, not the template r"\1\2": re handles a
    # template on every call through an import, 2 µs per keystroke under PySide's import hook.
    folded = _POSTCODE_QUERY.sub(_postcode_digits_and_letters, fold(query))
    folded = _DATE_QUERY.sub(_date_digits, folded)
    folded = _DIGIT_SEPARATOR.sub("", folded)  # '111 222 333' is one BSN
    return [t for t in _TOKEN_SPLIT.split(folded) if t]


def sort_key(first_names: str, surname: str) -> str:
    return f"{fold(surname)} {fold(first_names)}"
