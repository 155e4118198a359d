"""The personal-data check measured on its labelled corpus (issue 19): recall per kind and the
false-alarm rate on sentences without personal data, against the targets."""

from __future__ import annotations

import pytest

from bench.personal_data_corpus import KINDS, Corpus, Score, load, our_rules, score

RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.03


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load()


@pytest.fixture(scope="module")
def result(corpus: Corpus) -> Score:
    return score(corpus, our_rules(corpus))


def test_the_corpus_is_large_and_covers_every_kind(corpus: Corpus) -> None:
    assert len(corpus.cases) >= 300
    assert len(corpus.innocent) >= 150
    assert all(corpus.labelled(kind) >= 10 for kind in KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_recall_per_kind(result: Score, kind: str) -> None:
    missed = [(fragment, text) for k, fragment, text in result.misses if k == kind]
    assert result.recall(kind) >= RECALL_TARGET, missed


def test_false_alarms(result: Score) -> None:
    assert result.false_alarm_rate <= FALSE_ALARM_TARGET, result.alarms
