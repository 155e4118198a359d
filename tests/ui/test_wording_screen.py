"""The screen (Qt's .qm) and the documents (toegang_nl.json) give the same Dutch for every
label: both come from toegang_nl.ts, through the one translate() of toegang_desktop/wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from toegang_desktop.wording.translation import in_dutch

from ..unit.test_wording import ENUM_LABELS


@pytest.mark.parametrize(("name", "function", "values"), ENUM_LABELS, ids=[n for n, _, _ in ENUM_LABELS])
def test_screen_and_paper_say_the_same(name: str, function: Callable[[object], str],
                                       values: list[object]) -> None:
    for value in values:
        on_screen = function(value)  # the Dutch interface the GUI tests install
        with in_dutch():
            on_paper = function(value)
        assert on_screen == on_paper, (name, value)


def test_the_screen_asks_qt_for_its_words() -> None:
    """Guards the test above: the GUI's translator is the one wording uses."""
    from toegang_desktop.domain.conversation import Place
    from toegang_desktop.wording.labels import place_label

    assert place_label(Place.HOME) == "Thuis"
