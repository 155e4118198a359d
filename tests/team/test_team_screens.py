"""The team screens end to end, on the real services and a real PostgreSQL team server
(tests/team/conftest.py): laptops join through the join dialog, update in the background
(F5), find each other's residents on the team's caseload, take a dossier along, and settle a
conflict in the conflicts screen. Each laptop is a main window over its own encrypted store."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.domain.resident import Resident
from toegang_desktop.i18n import install_translators
from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.shell.launch import build_main_window
from toegang_desktop.ui.shell.main_window import MainWindow
from toegang_desktop.ui.team.backend import backend_for
from toegang_desktop.ui.team.conflicts_dialog import ConflictsDialog
from toegang_desktop.ui.team.join_dialog import JoinDialog

from .conftest import Team

pytest.importorskip("toegang_desktop.services.team_sync")  # lands with the sync branch

WAIT_MS = 60_000  # a sync on a loaded CI machine; a failure names what the screen said


@pytest.fixture(autouse=True)
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def laptop(qtbot, tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:  # type: ignore[no-untyped-def]
    """A main window over a fresh encrypted store in its own folder; closed at the end."""
    windows: list[MainWindow] = []

    def make(name: str) -> MainWindow:
        window = build_main_window(AppPaths.in_folder(tmp_path / name), demo=False,
                                   checklist_file=None, key=secrets.token_bytes(32))
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=WAIT_MS)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.team is not None:
            assert window.team.stop(), "the sync did not stop within its timeout"
        window.close()


def _join(qtbot, window: MainWindow, team: Team, who: str) -> None:  # type: ignore[no-untyped-def]
    """Through the join dialog, as Instellingen → Team… opens it."""
    member, address = team.members[who], team.server.address
    dialog = JoinDialog(backend_for(window._session).join, window, device_label=f"laptop-{who}")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(member.login)
    dialog.password.setText(member.password)
    assert dialog.start_join(), dialog.banner.text()
    qtbot.waitUntil(lambda: dialog.summary is not None or dialog.banner.isVisible(),
                    timeout=WAIT_MS)
    assert dialog.summary is not None, dialog.banner.text()  # what the professional was told
    assert "Aangesloten bij team " + team.name in dialog.summary_label.text()
    assert dialog.password.text() == ""
    dialog.done(0)
    from toegang_desktop.ui.team import wiring

    wiring._joined(window)  # what the dialog's signal does in the window: team mode starts
    assert window.team is not None
    _synced(qtbot, window)


def _synced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    team = window.team
    assert team is not None
    qtbot.waitUntil(lambda: not team.worker.busy, timeout=WAIT_MS)
    assert team.widget.text.startswith("Team: bijgewerkt om"), team.widget.text


def _update(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """F5, and wait for it."""
    team = window.team
    assert team is not None
    qtbot.waitUntil(lambda: not team.worker.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(team.worker.synced, timeout=WAIT_MS):
        team.update_action.trigger()
    _synced(qtbot, window)


def test_a_dossier_made_on_one_laptop_is_on_the_others_team_list(
        qtbot, laptop, team: Team) -> None:  # type: ignore[no-untyped-def]
    a, b = laptop("a"), laptop("b")
    resident_id = a._dossiers.register(Resident(
        first_names="Fictief", surname="Teamgenoot", date_of_birth=date(1950, 1, 2)))
    _join(qtbot, a, team, "a")
    _join(qtbot, b, team, "b")
    page = b.team.show_team_caseload()  # type: ignore[union-attr]
    page.search.setText("teamgenoot")
    page.refresh()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Fictief Teamgenoot"
    assert page.table.item(0, 1).text() == "02-01-1950"
    assert not page.rows[0].held_here  # b neither coordinates nor is involved

    # a takes it along: b sees it on the road after b's next update
    a.open_dossier(resident_id)
    bar = a.team.bar  # type: ignore[union-attr]
    assert bar is not None and bar.button.text() == "Meenemen voor huisbezoek…"
    a.team.take_along(resident_id, 2)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bar.button.text() == "Teruggeven", timeout=WAIT_MS)
    assert bar.label.text().startswith("Onderweg met jou tot ")
    _update(qtbot, a)  # the list on a's laptop learns it too
    a.show_caseload()
    a.open_dossier(resident_id)
    assert bar.button.text() == "Teruggeven", bar.label.text()
    _update(qtbot, b)
    page.refresh()
    assert page.table.item(0, 4).text().startswith("onderweg met "), page.table.item(0, 4).text()

    a.team.give_back(resident_id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bar.button.text() == "Meenemen voor huisbezoek…", timeout=WAIT_MS)
    _update(qtbot, b)
    page.refresh()
    assert page.table.item(0, 4).text() == ""


def test_both_laptops_change_one_field_and_the_conflict_is_settled_on_screen(
        qtbot, laptop, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    first, second = laptop("a1"), laptop("a2")  # one professional, two laptops
    resident_id = first._dossiers.register(Resident(
        first_names="Fictief", surname="Tweemaal", date_of_birth=date(1961, 5, 6),
        phone="0611111111"))
    _join(qtbot, first, team, "a")
    _join(qtbot, second, team, "a")
    held = [r for r in second.team.team_rows("tweemaal") if r.held_here]  # type: ignore[union-attr]
    assert held and held[0].resident_id is not None
    there = held[0].resident_id
    resident = first._dossiers.resident(resident_id)
    assert resident is not None
    first._dossiers.update(replace(resident, phone="0622222222"))
    other = second._dossiers.resident(there)
    assert other is not None and other.phone == "0611111111"
    second._dossiers.update(replace(other, phone="0633333333"))
    _update(qtbot, first)  # applied
    team2 = second.team
    assert team2 is not None
    qtbot.waitUntil(lambda: not team2.worker.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(team2.worker.synced, timeout=WAIT_MS):
        team2.update_action.trigger()
    qtbot.waitUntil(lambda: "1 conflict" in team2.widget.text, timeout=WAIT_MS)

    shown: list[ConflictsDialog] = []
    monkeypatch.setattr(ConflictsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    team2.open_conflicts()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    dialog = shown[0]
    assert dialog.field.text() == "Persoonsgegevens: telefoon"
    assert dialog.server_side.value.toPlainText() == "0622222222"
    assert dialog.pushed_side.value.toPlainText() == "0633333333"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(str(args)))
    dialog.server_side.keep.click()  # the colleague's (here: the other laptop's) value
    qtbot.waitUntil(lambda: not dialog.conflicts or not dialog.banner.isHidden(),
                    timeout=WAIT_MS)
    assert not dialog.conflicts, dialog.banner.text()
    _update(qtbot, second)
    assert "conflict" not in team2.widget.text
    assert second._dossiers.resident(there).phone == "0622222222"  # type: ignore[union-attr]
