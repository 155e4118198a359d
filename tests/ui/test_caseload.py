"""The caseload on start-up and while typing: one query per need, diacritics-insensitive."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from toegang_desktop.domain.caseload import CASELOAD_BLOCK as BLOCK
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.dossiers import DossierService

from .typing import type_text


def test_start_up_reads_only_the_count_and_the_first_block(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch,
):
    calls: list[str] = []
    original_search, original_head = DossierService.search, DossierService.caseload_head

    def counting_search(self, text, order, descending=False):  # type: ignore[no-untyped-def]
        calls.append(f"search {text!r}")
        return original_search(self, text, order, descending)

    def counting_head(self, limit):  # type: ignore[no-untyped-def]
        calls.append(f"head {limit}")
        return original_head(self, limit)

    monkeypatch.setattr(DossierService, "search", counting_search)
    monkeypatch.setattr(DossierService, "caseload_head", counting_head)
    window = open_window()
    assert calls == [f"head {BLOCK}"]
    assert window.model.rowCount() == 0


def _register_many(window, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """`count` fictional residents; their display names in name order."""
    names = []
    for number in range(count):
        resident = Resident(first_names=f"Test{number:04d}", surname="Fictief",
                            date_of_birth=date(1970, 1, 1))
        window._dossiers.register(resident)
        names.append(f"Test{number:04d} Fictief")
    return sorted(names)


def test_a_caseload_beyond_the_first_block_reads_the_rest_when_needed(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch,
):
    window = open_window()
    names = _register_many(window, BLOCK + 30)
    searches: list[str] = []
    original = DossierService.search

    def counting(self, text, order, descending=False):  # type: ignore[no-untyped-def]
        searches.append(text)
        return original(self, text, order, descending)

    monkeypatch.setattr(DossierService, "search", counting)
    window.model.refresh()
    assert window.model.rowCount() == BLOCK + 30
    assert searches == []  # only the head so far
    assert window.model.entry(0).name == names[0]  # type: ignore[union-attr]
    assert searches == []
    last = window.model.entry(BLOCK + 29)  # past the head: now the whole list is read, once
    assert last is not None and last.name == names[-1]
    assert [window.model.entry(r).name for r in range(BLOCK + 30)] == names  # type: ignore[union-attr]
    assert searches == [""]
    assert window.model.row_of(last.id) == BLOCK + 29


def test_a_change_after_the_head_was_read_shows_the_new_caseload(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    names = _register_many(window, BLOCK + 5)
    window.model.refresh()
    extra = Resident(first_names="Aäron", surname="Aalders", date_of_birth=date(1980, 5, 5))
    window._dossiers.register(extra)  # as another window or an import would, unseen by the model
    assert window.model.resident_id(BLOCK + 4) is not None  # reads the rest: one more than known
    qtbot.waitUntil(lambda: window.model.rowCount() == BLOCK + 6, timeout=1000)
    assert window.model.entry(0).name == "Aäron Aalders"  # type: ignore[union-attr]
    assert window.model.entry(BLOCK + 5).name == names[-1]  # type: ignore[union-attr]


def test_search_as_you_type_and_sort(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    for first, surname, born in (("Şükrü", "Testoğlu", date(1965, 9, 3)),
                                 ("Zoë", "Voorbeeld", date(1992, 1, 27)),
                                 ("Łukasz", "Fikcyjny", date(1988, 6, 30))):
        window._dossiers.register(Resident(first_names=first, surname=surname,
                                           date_of_birth=born, postcode="1012 CD"))
    window.model.refresh()
    assert window.caseload.count_label.text() == "3 inwoners"
    type_text(window.caseload.search, "lukasz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=1000)
    assert window.model.entry(0).name == "Łukasz Fikcyjny"  # type: ignore[union-attr]
    window.caseload.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=1000)
    window.caseload.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # youngest first
    assert [window.model.entry(r).name for r in range(3)] == [  # type: ignore[union-attr]
        "Zoë Voorbeeld", "Łukasz Fikcyjny", "Şükrü Testoğlu"]
