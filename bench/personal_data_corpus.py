"""The labelled corpus of the personal-data check and how a checker is scored on it (used by
tests/unit/test_personal_data_corpus.py and bench/personal_data_bench.py).

Scoring: recall per kind counts the labelled fragments that a finding of that kind overlaps;
the false-alarm rate is the share of sentences without personal data in which anything was
found (per kind: in which a finding of that kind was made). A checker is any function from a
text to (kind, start, end) spans, so our rules and `deduce` are scored alike.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "personal_data_corpus.toml"
KINDS = ("name", "address", "bsn", "birth_date", "phone", "email")

Span = tuple[str, int, int]  # kind, start, end
Checker = Callable[[str], list[Span]]


@dataclass(frozen=True)
class Case:
    text: str
    found: tuple[tuple[str, str], ...]  # (kind, fragment)


@dataclass(frozen=True)
class Corpus:
    today: date
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    streets: tuple[str, ...]
    cases: tuple[Case, ...]

    @property
    def innocent(self) -> list[Case]:
        return [c for c in self.cases if not c.found]

    def labelled(self, kind: str) -> int:
        return sum(k == kind for c in self.cases for k, _ in c.found)


@dataclass
class Score:
    hits: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)
    innocent: int = 0
    flagged_innocent: int = 0
    alarms_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # kind, fragment, text
    alarms: list[tuple[str, str]] = field(default_factory=list)  # kinds, text

    def recall(self, kind: str) -> float:
        return self.hits[kind] / self.labelled[kind] if self.labelled[kind] else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.flagged_innocent / self.innocent if self.innocent else 0.0

    def false_alarm_rate_of(self, kind: str) -> float:
        return self.alarms_by_kind[kind] / self.innocent if self.innocent else 0.0


def load(path: Path = CORPUS) -> Corpus:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cases = []
    for raw in data["cases"]:
        found = tuple((str(kind), str(fragment)) for kind, fragment in raw.get("found", []))
        for kind, fragment in found:
            if kind not in KINDS or fragment not in raw["text"]:
                raise ValueError(f"bad label {kind!r} {fragment!r} in {raw['text']!r}")
        cases.append(Case(raw["text"], found))
    store = data["store"]
    return Corpus(data["today"], tuple(store["first_names"]), tuple(store["surnames"]),
                  tuple(store["streets"]), tuple(cases))


def score(corpus: Corpus, check: Checker) -> Score:
    result = Score()
    for case in corpus.cases:
        spans = check(case.text)
        if not case.found:
            result.innocent += 1
            if spans:
                result.flagged_innocent += 1
                result.alarms.append((",".join(sorted({k for k, _, _ in spans})), case.text))
            for kind in {k for k, _, _ in spans}:
                result.alarms_by_kind[kind] += 1
            continue
        taken: set[int] = set()
        for kind, fragment in case.found:
            result.labelled[kind] += 1
            start = case.text.index(fragment)
            while start in taken:  # the same fragment twice in one sentence
                start = case.text.index(fragment, start + 1)
            taken.add(start)
            end = start + len(fragment)
            if any(k == kind and s < end and start < e for k, s, e in spans):
                result.hits[kind] += 1
            else:
                result.misses.append((kind, fragment, case.text))
    return result


def summary_lines(name: str, result: Score) -> list[str]:
    lines = [f"{name}: false alarms {result.flagged_innocent}/{result.innocent} "
             f"({100 * result.false_alarm_rate:.1f} %)"]
    for kind in KINDS:
        lines.append(f"  {kind:11} recall {result.hits[kind]:3}/{result.labelled[kind]:3} "
                     f"({100 * result.recall(kind):5.1f} %)  false alarms "
                     f"{result.alarms_by_kind[kind]:2} ({100 * result.false_alarm_rate_of(kind):.1f} %)")
    return lines


def our_rules(corpus: Corpus) -> Checker:
    """Toegang Desktop's own rules with the corpus's store index (a postcode is an address)."""
    from toegang_desktop.domain.personal_data import FindingKind, NameIndex, find_personal_data

    index = NameIndex.build(corpus.first_names, corpus.surnames, corpus.streets)

    def check(text: str) -> list[Span]:
        return [("address" if f.kind is FindingKind.POSTCODE else f.kind.value, f.start, f.end)
                for f in find_personal_data(text, index, corpus.today)]

    return check
