"""What a purge blanks in the learning loop's free texts: the purged resident's names (first
names, surname, the household's, earlier names from corrections) and street.

A bottleneck or neighbourhood signal outlives the dossier (it is the team's, not the
resident's), and the personal-data check before saving cannot catch everything: a surname
alone, in lower case, passes it by design (too many ordinary words are surnames). Once the
dossier is purged that trade-off is gone: every word that is one of this resident's names
goes, in any case, and so does their street with the house number after it. The check's own
name rules (`find_personal_data` over an index of this resident's names only) are applied
too, so what the check learns to recognise ('Mevr. A. Jansen') is blanked whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .personal_data import FindingKind, NameIndex, find_personal_data
from .text import fold

_LETTER_RUN = re.compile(r"[^\W\d_]+")  # letters only: "Jansen's" and "Jansen-Bakker" split up
_BETWEEN_STREET_WORDS = re.compile(r"[ \t\-]{1,3}")
_HOUSE_NUMBER_AFTER_STREET = re.compile(r"[ \t]*(?:nr\.?|nummer)?[ \t]*\d{1,5}(?:[ \t]?[a-zA-Z](?![^\W\d_]))?"
                           r"(?:-\d+)?", re.IGNORECASE)
_SHORTEST_NAME = 2  # an initial ('A') is no name to blank everywhere


class TraceKind(StrEnum):
    NAME = "name"
    STREET = "street"


@dataclass(frozen=True)
class ResidentTraces:
    """The purged resident's names and streets, folded."""

    index: NameIndex  # this resident's names only, for the check's own rules
    name_words: frozenset[str]
    streets: tuple[tuple[str, ...], ...]  # folded words of each street, longest first

    @classmethod
    def of(cls, first_names: Iterable[str], surnames: Iterable[str],
           streets: Iterable[str]) -> ResidentTraces:
        firsts, lasts = list(first_names), list(surnames)
        # NameIndex drops the tussenvoegsels and titles: 'van', 'de' are no trace of anyone.
        words = NameIndex.build([*firsts, *lasts], ()).first_names
        roads = {tuple(fold(street).split()) for street in streets}
        return cls(NameIndex.build(firsts, lasts),
                   frozenset(w for w in words if len(w) >= _SHORTEST_NAME),
                   tuple(sorted((r for r in roads if r), key=len, reverse=True)))


@dataclass(frozen=True)
class Scrubbed:
    text: str
    counts: Counter[TraceKind]  # how many places were blanked, per kind


def _holds_a_name_word(fragment: str, traces: ResidentTraces) -> bool:
    return any(fold(word) in traces.name_words for word in _LETTER_RUN.findall(fragment))


def scrub(text: str, traces: ResidentTraces, today: date, replacement: str) -> Scrubbed:
    """`text` with every trace of the resident replaced by `replacement`."""
    if not _may_hold_traces(fold(text), traces):
        return Scrubbed(text, Counter())
    # The check also finds names by their context ("de buurman Testerveld"); a purge removes
    # this resident's traces only, so a finding counts when it holds one of their names.
    spans = [(f.start, f.end, TraceKind.NAME)
             for f in find_personal_data(text, traces.index, today)
             if f.kind is FindingKind.NAME and _holds_a_name_word(f.fragment, traces)]
    spans += _word_traces(text, traces)
    merged: list[tuple[int, int, TraceKind]] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:  # overlapping: one place, the first kind
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, kind))
    parts, at = [], 0
    for start, end, _kind in merged:
        parts += [text[at:start], replacement]
        at = end
    parts.append(text[at:])
    return Scrubbed("".join(parts), Counter(kind for _s, _e, kind in merged))


def _may_hold_traces(folded: str, traces: ResidentTraces) -> bool:
    """A quick look first: a purge goes over every text of the learning loop for each
    dossier, and most texts hold none of this resident's words."""
    return (any(word in folded for word in traces.name_words)
            or any(street[-1] in folded for street in traces.streets)
            or any(surname.rsplit(" ", 1)[-1] in folded for surname in traces.index.surnames))


def _word_traces(text: str, traces: ResidentTraces) -> list[tuple[int, int, TraceKind]]:
    words = list(_LETTER_RUN.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    found = []
    for index, word in enumerate(words):
        street_end = _street_at(text, words, folded, index, traces)
        if street_end is not None:
            number = _HOUSE_NUMBER_AFTER_STREET.match(text, street_end)
            found.append((word.start(), number.end() if number and number.group(0).strip()
                          else street_end, TraceKind.STREET))
        elif folded[index] in traces.name_words:
            found.append((word.start(), word.end(), TraceKind.NAME))
    return found


def _street_at(text: str, words: list[re.Match[str]], folded: list[str], at: int,
               traces: ResidentTraces) -> int | None:
    """Where a street of the resident starting at word `at` ends, or None."""
    for street in traces.streets:
        last = at + len(street) - 1
        if last >= len(words) or tuple(folded[at:last + 1]) != street:
            continue
        if all(_BETWEEN_STREET_WORDS.fullmatch(text[a.end():b.start()])
               for a, b in zip(words[at:last], words[at + 1:last + 1], strict=True)):
            return words[last].end()
    return None
