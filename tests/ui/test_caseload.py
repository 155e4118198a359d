"""The caseload on start-up and while typing: one query per need, diacritics-insensitive."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.dossiers import DossierService

from .typing import type_text


def test_start_up_queries_the_caseload_once(qtbot, open_window, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    calls: list[str] = []
    original = DossierService.search

    def counting(self, text, order, descending=False):  # type: ignore[no-untyped-def]
        calls.append(text)
        return original(self, text, order, descending)

    monkeypatch.setattr(DossierService, "search", counting)
    window = open_window()
    assert calls == [""]
    assert window.model.rowCount() == 0


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
