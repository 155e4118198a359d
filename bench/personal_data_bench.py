"""The personal-data check on its labelled corpus (issue 19): recall and false alarms per
kind, time per 1,000 characters, load time and size on disk, for our rules and, when a Python
with `deduce` installed is given, for deduce alone and deduce combined with the store's names
and streets.

Run: .venv/bin/python -m bench.personal_data_bench [--deduce-python /venv-with-deduce/bin/python]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.personal_data_corpus import KINDS, Corpus, Score, Span, load, our_rules, score

ROOT = Path(__file__).resolve().parent.parent
RUNS = 20
CHILD_TIMEOUT_S = 900  # deduce builds its lookup tables on the first run (minutes)
RULE_FILES = sorted((ROOT / "toegang_desktop" / "domain").glob("personal_data*.py"))
DEDUCE_PACKAGES = ("deduce", "docdeid", "rapidfuzz", "regex", "frozendict", "numpy")


def _load_seconds(python: str, statement: str) -> float:
    """Seconds to import in a fresh process (median of 3)."""
    code = (f"import time; t = time.perf_counter(); {statement}; "
            "print(time.perf_counter() - t)")
    times = []
    for _ in range(3):
        done = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=ROOT,
                              timeout=CHILD_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{python} could not load: {done.stderr[-2000:]}")
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return sorted(times)[1]


def _figures(name: str, result: Score, ms_per_1000: float, load_s: float, size_mb: float) -> list[str]:
    lines = [f"{name}: false alarms {result.flagged_innocent}/{result.innocent} "
             f"({100 * result.false_alarm_rate:.1f} %), {ms_per_1000:.2f} ms per 1,000 characters, "
             f"load {load_s:.2f} s, {_size(size_mb)} on disk"]
    for kind in KINDS:
        lines.append(f"  {kind:11} recall {result.hits[kind]:3}/{result.labelled[kind]:3} "
                     f"({100 * result.recall(kind):5.1f} %)  false alarms {result.alarms_by_kind[kind]:3}"
                     f" ({100 * result.false_alarm_rate_of(kind):4.1f} %)")
    return lines


def _size(megabytes: float) -> str:
    return f"{megabytes:.1f} MB" if megabytes >= 1 else f"{megabytes * 1000:.0f} kB"


def ours(corpus: Corpus) -> list[str]:
    check = our_rules(corpus)
    chars = sum(len(c.text) for c in corpus.cases)
    started = time.perf_counter()
    for _ in range(RUNS):
        for case in corpus.cases:
            check(case.text)
    ms = (time.perf_counter() - started) / RUNS / chars * 1000 * 1000
    load_s = _load_seconds(sys.executable, "import toegang_desktop.domain.personal_data")
    size = sum(p.stat().st_size for p in RULE_FILES) / 1e6
    return _figures("our rules", score(corpus, check), ms, load_s, size)


def store_lookup(corpus: Corpus) -> list[list[Span]]:
    """What the store's index adds to deduce: a capitalised word that is a resident's first
    name or surname, and a resident's street, wherever they stand."""
    firsts = {n.casefold() for name in corpus.first_names for n in name.split()}
    lasts = {n.casefold() for n in corpus.surnames}
    spans: list[list[Span]] = []
    for case in corpus.cases:
        found: list[Span] = []
        folded = case.text.casefold()
        for street in corpus.streets:
            at = folded.find(street.casefold())
            if at >= 0:
                found.append(("address", at, at + len(street)))
        for name in lasts:
            at = folded.find(name)
            if at >= 0 and case.text[at].isupper():
                found.append(("name", at, at + len(name)))
        position = 0
        for word in case.text.split():
            at = case.text.index(word, position)
            position = at + len(word)
            bare = word.strip(".,:;()!?")
            if bare[:1].isupper() and bare.casefold() in firsts:
                found.append(("name", at, at + len(bare)))
        spans.append(found)
    return spans


def deduce(corpus: Corpus, python: str) -> list[str]:
    done = subprocess.run([python, str(ROOT / "bench" / "deduce_corpus.py")], capture_output=True,
                          text=True, cwd=ROOT, timeout=CHILD_TIMEOUT_S, check=False)
    if done.returncode != 0:
        return [f"deduce could not run: {done.stderr.strip()[-1500:]}"]
    data = json.loads(done.stdout)
    spans: list[list[Span]] = [[tuple(s) for s in found] for found in data["spans"]]  # type: ignore[misc]
    by_text = dict(zip((c.text for c in corpus.cases), spans, strict=True))
    added = dict(zip((c.text for c in corpus.cases), store_lookup(corpus), strict=True))
    ms = data["check_seconds"] / data["chars"] * 1000 * 1000
    site = Path(subprocess.run([python, "-c", "import deduce, pathlib; print(pathlib.Path("
                                "deduce.__file__).parent.parent)"], capture_output=True, text=True,
                               timeout=60, check=True).stdout.strip())
    size = sum(f.stat().st_size for package in DEDUCE_PACKAGES for f in (site / package).rglob("*")
               if f.is_file()) / 1e6
    load_s = data["load_seconds"]
    lines = _figures("deduce", score(corpus, lambda t: by_text[t]), ms, load_s, size)
    lines += _figures("deduce + the store's names and streets",
                      score(corpus, lambda t: by_text[t] + added[t]), ms, load_s, size)
    lines.append(f"(deduce tags without a kind, dropped: {', '.join(data['dropped_tags'])})")
    return lines


def measure(deduce_python: str | None = None) -> list[str]:
    corpus = load()
    counts = ", ".join(f"{kind} {corpus.labelled(kind)}" for kind in KINDS)
    lines = [f"corpus: {len(corpus.cases)} sentences, {len(corpus.innocent)} without personal "
             f"data; labelled: {counts}"]
    lines += ours(corpus)
    if deduce_python:
        lines += deduce(corpus, deduce_python)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deduce-python", help="a Python with deduce installed")
    args = parser.parse_args()
    print("\n".join(measure(args.deduce_python)))


if __name__ == "__main__":
    main()
