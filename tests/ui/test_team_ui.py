"""The team screens on plain stand-ins for the team service (tests/ui/team_fakes.py): the join
dialog (checks, certificate, progress, errors in Dutch), the status bar's texts, the
conflicts screen (choose, merge), the worker (off the GUI thread, one at a time, stops within
its timeout) and team mode in the main window."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.team import SyncProgress, SyncReport, SyncStatus
from toegang_desktop.services.settings import TEAM_JOINED_KEY, open_settings
from toegang_desktop.ui.team.conflicts_dialog import ConflictsDialog
from toegang_desktop.ui.team.join_dialog import JoinDialog
from toegang_desktop.ui.team.status_widget import TeamStatusWidget
from toegang_desktop.ui.team.sync_worker import TeamWorker
from toegang_desktop.ui.team.take_along import TakeAlongBar

from .team_fakes import NOW, Shared, TeamRefused, TeamUnreachable, conflict


def _certificate(tmp_path: Path, days: int = 365, name: str = "Gemeente Voorbeeld CA") -> Path:
    """A self-signed CA certificate, as a municipality's PEM file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gemeente Voorbeeld"),
                         x509.NameAttribute(NameOID.COMMON_NAME, name)])
    start = datetime.now(UTC) - timedelta(days=400)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(start)
                   .not_valid_after(datetime.now(UTC) + timedelta(days=days))
                   .sign(key, hashes.SHA256()))
    path = tmp_path / f"ca-{days}.pem"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def _wait_worker(qtbot, worker: TeamWorker) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)


# -- the join dialog ----------------------------------------------------------------------


@pytest.fixture
def shared() -> Shared:
    return Shared()


@pytest.fixture
def join_dialog(qtbot, shared: Shared) -> Iterator[JoinDialog]:  # type: ignore[no-untyped-def]
    dialog = JoinDialog(shared.join, device_label="laptop-sam")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.wait(5000)


def test_join_refuses_an_empty_form_in_dutch_and_sends_nothing(
        join_dialog: JoinDialog, shared: Shared) -> None:
    assert not join_dialog.start_join()
    text = join_dialog.banner.text()
    assert "Typ de naam van de server" in text
    assert "Typ je gebruikersnaam" in text and "Typ je wachtwoord" in text
    assert join_dialog.host.hasFocus()
    assert shared.joins == []


def test_join_asks_for_the_certificate_of_a_remote_server(
        join_dialog: JoinDialog, tmp_path: Path) -> None:
    join_dialog.host.setText("team.gemeente.nl")
    join_dialog.user.setText("sam")
    join_dialog.password.setText("geheim wachtwoord")
    assert not join_dialog.start_join()
    assert "Kies het CA-certificaat van de gemeente" in join_dialog.banner.text()
    not_a_certificate = tmp_path / "leesmij.txt"
    not_a_certificate.write_text("geen certificaat", encoding="utf-8")
    assert not join_dialog.use_certificate(str(not_a_certificate))
    assert "geen certificaat" in join_dialog.certificate_text.text()
    assert not join_dialog.start_join()
    join_dialog.host.setText("https://team gemeente")
    assert join_dialog.use_certificate(str(_certificate(tmp_path)))
    assert not join_dialog.start_join()
    assert "alleen letters, cijfers, punten en streepjes" in join_dialog.banner.text()


def test_the_certificate_is_described_in_words(join_dialog: JoinDialog, tmp_path: Path) -> None:
    assert join_dialog.use_certificate(str(_certificate(tmp_path, days=30)))
    text = join_dialog.certificate_text.text()
    assert "Uitgegeven aan: Gemeente Voorbeeld, Gemeente Voorbeeld CA" in text
    until = (datetime.now(UTC) + timedelta(days=30)).astimezone().date()
    assert f"Geldig tot {until:%d-%m-%Y}" in text
    assert join_dialog.use_certificate(str(_certificate(tmp_path, days=-1)))
    assert "Verlopen op" in join_dialog.certificate_text.text()
    join_dialog.host.setText("team.gemeente.nl")
    join_dialog.user.setText("sam")
    join_dialog.password.setText("x")
    assert not join_dialog.start_join()
    assert "verlopen" in join_dialog.banner.text()


def test_joining_shows_progress_and_a_summary_and_forgets_the_password(
        qtbot, join_dialog: JoinDialog, shared: Shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    join_dialog.host.setText("team.gemeente.nl")
    join_dialog.port.setValue(6432)
    join_dialog.user.setText("sam")
    join_dialog.password.setText("geheim wachtwoord")
    join_dialog.use_certificate(str(_certificate(tmp_path)))
    with qtbot.waitSignal(join_dialog.joined, timeout=5000):
        assert join_dialog.start_join()
    address, user, password, label = shared.joins[0]
    assert (address.host, address.port, address.database, address.tls_mode) == (
        "team.gemeente.nl", 6432, "toegang", "verify-full")
    assert address.ca_certificate_pem.startswith("-----BEGIN CERTIFICATE-----")
    assert (user, password, label) == ("sam", "geheim wachtwoord", "laptop-sam")
    assert join_dialog.password.text() == ""
    summary = join_dialog.summary_label.text()
    assert "Aangesloten bij team Team Noord" in summary
    assert "Verstuurd: 3 dossiers, 41 gegevens in totaal." in summary
    assert join_dialog.progress_bar.value() == 3 or join_dialog.progress_bar.isHidden()


@pytest.mark.parametrize(("error", "words", "focus"), [
    (TeamUnreachable(), "De teamserver is niet bereikbaar", "host"),
    (TeamRefused("certificate"), "past niet bij het gekozen certificaat", "certificate_path"),
    (TeamRefused("password"), "De gebruikersnaam of het wachtwoord klopt niet", "password"),
    (TeamRefused("TG001"), "Je bent geen (of niet langer) lid van een team", "user"),
])
def test_a_refused_join_says_why_in_dutch_and_keeps_the_input(
        qtbot, join_dialog: JoinDialog, shared: Shared, error: Exception, words: str,  # type: ignore[no-untyped-def]
        focus: str) -> None:
    shared.fail = error
    join_dialog.host.setText("localhost")
    join_dialog.user.setText("sam")
    join_dialog.password.setText("fout")
    assert join_dialog.start_join()
    qtbot.waitUntil(lambda: join_dialog.banner.isVisible(), timeout=5000)
    assert words in join_dialog.banner.text()
    assert join_dialog.host.text() == "localhost" and join_dialog.password.text() == "fout"
    assert join_dialog.form.isEnabled() and join_dialog.join_button.isEnabled()
    assert getattr(join_dialog, focus).hasFocus()
    assert shared.joins[0][0].tls_mode == "disable"  # no CA: only a server on this machine


# -- the status bar -----------------------------------------------------------------------


def test_status_bar_texts_for_each_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = TeamStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_status(SyncStatus(joined=False))
    assert not widget.isVisible()  # no team: nothing at all
    at = datetime(2026, 12, 7, 10, 32).astimezone()
    joined = SyncStatus(joined=True, team_name="Team Noord", member="sam", last_synced_at=at)
    widget.show_status(joined, now=at)
    assert widget.isVisible() and widget.text == "Team: bijgewerkt om 10:32"
    assert "Team Noord, aangemeld als sam" in widget.label.toolTip()
    widget.show_status(joined, now=at + timedelta(days=1))
    assert widget.text == "Team: bijgewerkt op 07-12-2026 10:32"
    widget.show_status(replace(joined, last_error="unreachable", pending_operations=12), now=at)
    assert widget.text == "Offline: 12 wijzigingen wachten"
    widget.show_status(replace(joined, last_error="unreachable", pending_operations=1), now=at)
    assert widget.text == "Offline: 1 wijziging wacht"
    widget.show_status(replace(joined, pending_operations=3), now=at)
    assert widget.text == "Team: bijgewerkt om 10:32 · 3 wijzigingen wachten"
    widget.show_status(replace(joined, last_error="TG003"), now=at)
    assert widget.text == "Team: niet bijgewerkt"
    assert "apparaat ingetrokken" in widget.label.toolTip()
    widget.show_status(replace(joined, last_synced_at=None), now=at)
    assert widget.text == "Team: nog niet bijgewerkt"
    widget.show_status(replace(joined, open_conflicts=2), now=at)
    assert widget.text.endswith('<a href="conflicts">2 conflicten</a>')
    with qtbot.waitSignal(widget.conflicts_clicked, timeout=1000):
        widget.conflicts.linkActivated.emit("conflicts")
    widget.set_busy(True)
    assert widget.label.text() == "Bezig met bijwerken…"
    widget.show_progress(SyncProgress("pull", 40, 200))
    assert widget.progress.isVisible() and widget.progress.text() == "ophalen: 40 van 200"
    widget.set_busy(False)
    assert not widget.progress.isVisible() and widget.label.text() == "Team: bijgewerkt om 10:32"


# -- conflicts ----------------------------------------------------------------------------


def _resolver(shared: Shared):  # type: ignore[no-untyped-def]
    def resolve(c, value, done, failed):  # type: ignore[no-untyped-def]
        if shared.fail is not None:
            failed("unreachable")
            return
        shared.resolved.append((c.conflict_id, value))
        done()
    return resolve


def test_conflicts_show_both_sides_and_keep_the_chosen_one(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    level = replace(conflict(2, server=3, pushed=2), table="domain_assessments", field="level")
    dialog = ConflictsDialog([conflict(1), level], _resolver(shared), me="sam")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.dossier.text() == "Fictief Voorbeeld 1"
    assert dialog.field.text() == "Levensdomein: in eigen woorden"
    assert dialog.server_side.value.toPlainText() == "Woont sinds maart bij haar zus."
    assert dialog.pushed_side.value.toPlainText() == "Woont alleen, zus komt dagelijks."
    assert dialog.server_side.title() == "Op de teamserver"
    assert dialog.server_side.who.text().startswith("door Sanne Visser op ")
    assert dialog.pushed_side.title() == "Jouw wijziging"
    assert dialog.pushed_side.who.text().startswith("door jou op ")
    dialog.server_side.keep.click()
    assert shared.resolved == [(conflict(1).conflict_id, "Woont sinds maart bij haar zus.")]
    # the next one: a level is no text, so it cannot be merged
    assert dialog.field.text() == "Levensdomein: niveau"
    assert not dialog.merge_button.isEnabled()
    dialog.pushed_side.keep.click()
    assert shared.resolved[-1] == (level.conflict_id, 2)
    assert dialog.empty.isVisible() and not dialog.detail.isVisible()


def test_a_merged_text_is_what_gets_resolved(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictsDialog([conflict(1)], _resolver(shared), me="iemand anders")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pushed_side.title() == "De verstuurde wijziging"
    assert dialog.merged.toPlainText() == (
        "Woont sinds maart bij haar zus.\n\nWoont alleen, zus komt dagelijks.")
    dialog.merged.setPlainText("Woont alleen; zus (sinds maart in de buurt) komt dagelijks.")
    shared.fail = TeamUnreachable()
    dialog.merge_button.click()
    assert "niet bereikbaar" in dialog.banner.text() and dialog.conflicts  # kept, nothing lost
    shared.fail = None
    dialog.merge_button.click()
    assert shared.resolved == [(conflict(1).conflict_id,
                                "Woont alleen; zus (sinds maart in de buurt) komt dagelijks.")]


# -- the worker ---------------------------------------------------------------------------


def test_the_sync_runs_off_the_gui_thread_one_at_a_time(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    worker = TeamWorker(shared.open)
    shared.gate.clear()  # hold the sync
    shared.report = SyncReport(pulled=4)
    reports: list[SyncReport] = []
    worker.synced.connect(reports.append)
    statuses: list[SyncStatus] = []
    worker.status_changed.connect(statuses.append)
    assert worker.sync_now()
    assert not worker.sync_now()  # one at a time: the second asks for what runs already
    qtbot.waitUntil(lambda: shared.running == 1, timeout=5000)
    assert worker.busy
    shared.gate.set()
    _wait_worker(qtbot, worker)
    assert reports == [SyncReport(pulled=4)] and shared.syncs == 1
    assert statuses and statuses[-1].last_synced_at == NOW
    assert worker.sync_now()
    _wait_worker(qtbot, worker)
    assert shared.syncs == 2 and shared.most_at_once == 1
    gui = threading.get_ident()
    assert shared.threads and gui not in shared.threads
    assert shared.closed == shared.opened == 2  # every job closed its own connection
    assert QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]


def test_a_failed_sync_is_told_and_the_next_one_goes_on(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    worker = TeamWorker(shared.open)
    shared.fail = TeamUnreachable()
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.sync_now()
    assert failed.args == ["unreachable"]
    _wait_worker(qtbot, worker)
    shared.fail = None
    with qtbot.waitSignal(worker.synced, timeout=5000):
        assert worker.sync_now()


def test_stop_asks_a_running_sync_to_stop_and_waits_within_the_timeout(
        qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    worker = TeamWorker(shared.open)
    shared.steps = 1000
    shared.gate.clear()
    threading.Timer(0.05, shared.gate.set).start()  # each step waits on the gate once open
    worker.sync_now()
    qtbot.waitUntil(lambda: shared.running == 1, timeout=5000)
    started = time.monotonic()
    assert worker.stop(timeout_ms=5000)
    assert time.monotonic() - started < 5
    assert shared.stopped_early
    assert not worker.sync_now() and not worker.run(lambda team: None, print)


def test_stop_gives_up_after_its_timeout_when_the_sync_hangs(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    worker = TeamWorker(shared.open)
    shared.gate.clear()  # the sync waits on the network and does not look at should_stop
    worker.sync_now()
    qtbot.waitUntil(lambda: shared.running == 1, timeout=5000)
    started = time.monotonic()
    assert not worker.stop(timeout_ms=200)
    assert time.monotonic() - started < 2
    shared.gate.set()
    assert worker.stop(timeout_ms=5000)


# -- taking a dossier along ---------------------------------------------------------------


def test_the_take_along_bar_says_who_has_it_on_the_road(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    bar = TakeAlongBar(ask_days=lambda _name: 9)
    qtbot.addWidget(bar)
    rows = shared.rows
    bar.show_lease(1, "Fictief Voorbeeld 1", rows[0], "sam")
    assert bar.label.text() == "" and bar.button.text() == "Meenemen voor huisbezoek…"
    with qtbot.waitSignal(bar.take_along, timeout=1000) as taken:
        bar.button.click()
    assert taken.args == [1, 7]  # at most seven days
    until = datetime(2026, 12, 9, 16, 0, tzinfo=UTC)
    bar.shown_lease(1, until, "sam")
    local = until.astimezone()
    assert bar.label.text() == f"Onderweg met jou tot {local:%d-%m-%Y %H:%M}"
    assert bar.button.text() == "Teruggeven"
    with qtbot.waitSignal(bar.give_back, timeout=1000):
        bar.button.click()
    bar.show_lease(2, "Fictief Anders", rows[1], "sam")
    assert bar.label.text().startswith("Onderweg met Sanne Visser tot ")
    assert not bar.button.isEnabled()


# -- team mode in the main window ---------------------------------------------------------


@pytest.fixture
def team_window(qtbot, open_window, app_paths, shared: Shared, monkeypatch):  # type: ignore[no-untyped-def]
    """A main window in team mode on the stand-in service."""
    from toegang_desktop.ui.team import backend

    monkeypatch.setattr(backend, "backend_for", lambda _session: shared.backend())
    app_paths.root.mkdir(parents=True, exist_ok=True)
    settings = open_settings(app_paths.settings)
    settings.setValue(TEAM_JOINED_KEY, True)
    settings.sync()
    window = open_window()
    qtbot.waitUntil(lambda: window.team is not None, timeout=5000)
    yield window
    if window.team is not None:
        window.team.stop()


def test_team_mode_starts_after_the_first_paint_and_updates_on_f5(
        qtbot, team_window, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    team = team_window.team
    _wait_worker(qtbot, team.worker)
    assert shared.syncs == 1  # the first sync, after the first paint
    assert team.widget.isVisible()
    assert team.widget.text.startswith("Team: bijgewerkt ")
    assert team.update_action.shortcut().toString() == "F5"
    assert team.update_action.text() == "&Nu bijwerken"
    with qtbot.waitSignal(team.worker.synced, timeout=5000):
        team.update_action.trigger()
    assert shared.syncs == 2
    shared.status = replace(shared.status, open_conflicts=2)
    shared.conflicts = [conflict(1), conflict(2)]
    team._refresh_status()
    assert "2 conflicten" in team.widget.text


def test_a_sync_that_pulled_changes_refreshes_the_screens(
        qtbot, team_window, shared: Shared, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    team = team_window.team
    _wait_worker(qtbot, team.worker)
    polled: list[bool] = []
    monkeypatch.setattr(team_window.external_changes, "poll", lambda: polled.append(True))
    shared.report = SyncReport(pulled=0)
    with qtbot.waitSignal(team.worker.synced, timeout=5000):
        team.sync_now()
    assert polled == []
    shared.report = SyncReport(pulled=3)
    with qtbot.waitSignal(team.worker.synced, timeout=5000):
        team.sync_now()
    assert polled == [True]


def test_the_team_caseload_and_taking_a_dossier_along(
        qtbot, team_window, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    resident_id = team_window._dossiers.register(
        Resident(first_names="Fictief", surname="Voorbeeld 1", date_of_birth=date(1950, 1, 2)))
    shared.rows[0] = replace(shared.rows[0], resident_id=resident_id)
    team = team_window.team
    page = team.show_team_caseload()
    assert team_window.stack.currentWidget() is page
    assert page.table.rowCount() == 2
    assert page.table.item(0, 2).text() == "sam"
    assert page.table.item(0, 3).text() == "20-12-2026"
    assert page.table.item(1, 4).text().startswith("onderweg met Sanne Visser tot ")
    page.search.setText("anders")
    page.refresh()
    assert page.table.rowCount() == 1
    page.search.setText("")
    page.refresh()
    page._open(1)  # not held here: nothing opens
    assert team_window.stack.currentWidget() is page
    page._open(0)  # held here: opens the dossier
    assert team_window.stack.currentWidget() is team_window.dossier
    bar = team.bar
    assert bar is not None and bar.isVisible() and bar.button.isEnabled()
    _wait_worker(qtbot, team.worker)
    team.take_along(resident_id, 3)
    qtbot.waitUntil(lambda: bar.button.text() == "Teruggeven", timeout=5000)
    assert bar.label.text().startswith("Onderweg met jou tot ")
    assert shared.leases[resident_id] == NOW + timedelta(days=3)
    team.give_back(resident_id)
    qtbot.waitUntil(lambda: bar.button.text() == "Meenemen voor huisbezoek…", timeout=5000)
    assert resident_id not in shared.leases
    team.show_team_caseload()  # a lock here comes back to the caseload, not the last dossier
    assert team_window.place() == (None, None, 0)


def test_closing_the_window_stops_the_sync(qtbot, team_window, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    team = team_window.team
    _wait_worker(qtbot, team.worker)
    shared.steps = 1000
    shared.gate.clear()
    threading.Timer(0.05, shared.gate.set).start()
    team.sync_now()
    qtbot.waitUntil(lambda: shared.running == 1, timeout=5000)
    started = time.monotonic()
    team_window.close()
    assert time.monotonic() - started < 5
    assert team.stopped and shared.running == 0 and shared.stopped_early


def test_without_a_team_the_window_has_no_team_part(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=5000)
    assert window.team is None
    assert window.team_settings_action.text() == "&Team…"
    assert not [m for m in window.menuBar().actions() if m.text() == "&Team"]


def test_a_record_deleted_under_a_lease_is_kept_or_deleted(qtbot, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    deleted = replace(conflict(3, server=None, pushed=None), table="agreements", field="")
    dialog = ConflictsDialog([deleted, conflict(4)], _resolver(shared), me="sam")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.text() == "Afspraak — verwijderd terwijl een collega het dossier had meegenomen"
    assert dialog.server_side.value.toPlainText() == "Het gegeven blijft bestaan."
    assert dialog.pushed_side.value.toPlainText() == "Het gegeven wordt verwijderd."
    assert not dialog.merge_button.isEnabled()
    dialog.pushed_side.keep.click()
    assert shared.resolved == [(deleted.conflict_id, False)]  # the delete goes through
    dialog.server_side.keep.click()
    assert shared.resolved[-1] == (conflict(4).conflict_id, "Woont sinds maart bij haar zus.")


def test_settings_team_sets_the_interval_and_leaves_the_team(
        qtbot, team_window, shared: Shared, asked) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from toegang_desktop.ui.team.team_settings_dialog import TeamInfoDialog

    team = team_window.team
    _wait_worker(qtbot, team.worker)
    shared.status = replace(shared.status, pending_operations=3)
    team._refresh_status()
    dialog = TeamInfoDialog(team, team_window.settings, team_window)
    qtbot.addWidget(dialog)
    dialog.interval.setCurrentIndex(dialog.interval.findData(15))
    assert team_window.settings.value("team/sync_minutes") in (15, "15")
    assert team.worker._timer.interval() == 15 * 60 * 1000
    dialog.leave()  # asked first; "No" keeps everything
    assert "3 wijzigingen zijn nog niet verstuurd" in asked[0] and shared.left == 0
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.leave()
    assert shared.left == 1 and dialog.left and team.stopped
    assert str(team_window.settings.value("team/joined", "")) == ""
    team_window.end_team()
    assert team_window.team is None and not team.widget.isVisible()
    assert not [m for m in team_window.menuBar().actions() if m.text() == "&Team"]


def test_locking_stops_the_sync(qtbot, team_window, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    team = team_window.team
    _wait_worker(qtbot, team.worker)
    team_window.close_store()  # what a lock does before it asks the password again
    assert team.stopped and not team.worker.sync_now()


def test_a_store_in_no_team_ends_team_mode(qtbot, team_window, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    """The folder's setting says team, the store says no (a backup from before joining was
    restored): the window goes back to how it is without a team, and the setting goes."""
    team = team_window.team
    _wait_worker(qtbot, team.worker)
    shared.status = SyncStatus(joined=False)
    team._refresh_status()
    qtbot.waitUntil(lambda: team_window.team is None, timeout=5000)
    assert not team.widget.isVisible() and team.worker.stopping
    assert str(team_window.settings.value("team/joined", "")) == ""
