"""Setting up the password, unlocking, locking (idle and Ctrl+L) and the BSN on the clipboard,
driven through the real dialogs and windows."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from toegang_desktop.domain.resident import Resident
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.store.connection import is_encrypted
from toegang_desktop.ui.vault.locking import ClipboardGuard, looks_like_bsn
from toegang_desktop.ui.vault.setup_dialog import SetUpDialog
from toegang_desktop.ui.vault.unlock_dialog import UnlockDialog

from .modal import when_dialog_opens

PASSWORD = "een zin aan de keukentafel"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def _type_password(dialog: UnlockDialog, password: str = PASSWORD) -> None:
    QTest.keyClicks(dialog.passphrase, password)
    dialog.unlock_button.click()


def _register(paths: AppPaths, key: bytes) -> int:
    session = open_session(paths, False, None, None, key=key)
    try:
        return session.dossiers.register(Resident(
            first_names="Fenna", surname="Slotenmaker", date_of_birth=date(1970, 5, 5)))
    finally:
        session.close()


def test_first_start_sets_a_password_and_shows_the_recovery_code_once(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    dialog = SetUpDialog(Vault(app_paths), existing_store=False)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase, "kort")
    QTest.keyClicks(dialog.repeated, "kort")
    dialog.next_button.click()
    assert dialog.banner.isVisible() and "te kort" in dialog.banner.text()
    assert not app_paths.keys.exists()
    dialog.passphrase.setText(PASSWORD)
    dialog.repeated.setText(PASSWORD + "!")
    dialog.next_button.click()
    assert "niet gelijk" in dialog.banner.text()
    dialog.repeated.setText(PASSWORD)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1 and app_paths.keys.exists()
    assert keys.normalise_recovery_code(dialog.code_label.text()) == \
        keys.normalise_recovery_code(dialog.recovery_code)
    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Esc cannot throw the code away once the store depends on it
    assert dialog.isVisible()
    dialog.written_down.setChecked(True)
    dialog.done_button.click()
    assert dialog.data_key == Vault(app_paths).unlock(PASSWORD)


def test_wrong_password_is_told_and_nothing_changes(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(app_paths)
    vault.set_up(PASSWORD)
    before = app_paths.keys.read_bytes()
    dialog = UnlockDialog(vault, locked=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_password(dialog, "verkeerd wachtwoord")
    assert dialog.isVisible() and dialog.data_key is None
    assert "klopt niet" in dialog.banner.text()
    assert dialog.passphrase.text() == ""
    assert app_paths.keys.read_bytes() == before
    _type_password(dialog)
    assert dialog.data_key is not None and not dialog.isVisible()


def test_lock_closes_the_store_and_unlock_returns_to_the_dossier(qtbot, controller, app_paths) -> None:  # type: ignore[no-untyped-def]
    key, _ = Vault(app_paths).set_up(PASSWORD)
    resident_id = _register(app_paths, key)
    when_dialog_opens(UnlockDialog, _type_password)
    assert controller.start()
    window = controller.window
    assert window is not None and is_encrypted(app_paths.store)
    window.open_dossier(resident_id)
    session_db = window._session.db

    unlocked: list[UnlockDialog] = []

    def unlock_later(dialog: UnlockDialog) -> None:
        unlocked.append(dialog)
        assert "vergrendeld" in dialog.windowTitle()
        _type_password(dialog)

    when_dialog_opens(UnlockDialog, unlock_later)
    QTest.keyClick(window.caseload.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window,
                    timeout=5000)
    assert unlocked
    with pytest.raises(Exception, match="closed"):
        session_db.execute("SELECT 1")  # the old connection is closed
    assert controller.window.dossier.resident is not None
    assert controller.window.dossier.resident.id == resident_id
    assert controller.window.stack.currentWidget() is controller.window.dossier
    # The steps after the first paint (content problems, backups) run on the dossier too.
    new = controller.window
    qtbot.waitUntil(lambda: new.after_first_paint.finished, timeout=5000)


def test_idle_time_locks_and_quitting_at_the_lock_ends_the_app(  # type: ignore[no-untyped-def]
    qtbot, controller, app_paths, monkeypatch,
) -> None:
    Vault(app_paths).set_up(PASSWORD)
    when_dialog_opens(UnlockDialog, _type_password)
    assert controller.start()
    window = controller.window
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    when_dialog_opens(UnlockDialog, lambda dialog: dialog.quit_button.click())
    controller.watcher.set_minutes(0)
    controller.watcher.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    assert controller.window is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)  # deleted, store closed


def test_clipboard_bsn_is_cleared_but_other_text_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clipboard, seconds=0)
    try:
        clipboard.setText("1234 56 782")
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
        clipboard.setText(keys.new_recovery_code())
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
        clipboard.setText("een gewone zin")
        QTest.qWait(50)
        assert clipboard.text() == "een gewone zin"
    finally:
        guard.deleteLater()


@pytest.mark.parametrize(("text", "is_bsn"), [
    ("123456782", True), ("1234.56.782", True), (" 123 456 782 ", True),
    ("123456789", False), ("12345678", False), ("bel 123456782 terug", False), ("", False),
])
def test_what_counts_as_a_copied_bsn(text: str, is_bsn: bool) -> None:
    assert looks_like_bsn(text) is is_bsn


def test_lock_from_inside_a_dialog_closes_it_and_nothing_reads_the_closed_store(  # type: ignore[no-untyped-def]
    qtbot, controller, app_paths,
) -> None:
    from toegang_desktop.ui.dossier.resident_dialog import ResidentDialog

    Vault(app_paths).set_up(PASSWORD)
    when_dialog_opens(UnlockDialog, _type_password)
    assert controller.start()
    window = controller.window

    def lock_inside(dialog: ResidentDialog) -> None:
        QTest.keyClicks(dialog, "x")
        when_dialog_opens(UnlockDialog, _type_password)
        QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens(ResidentDialog, lock_inside)
    window.new_resident()  # returns when the lock closed the dialog
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window,
                    timeout=5000)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ResidentDialog) and w.isVisible()]


def test_no_lock_while_a_backup_is_being_restored(qtbot, controller, app_paths) -> None:  # type: ignore[no-untyped-def]
    Vault(app_paths).set_up(PASSWORD)
    when_dialog_opens(UnlockDialog, _type_password)
    assert controller.start()
    launcher = controller._launcher
    window = launcher.window
    launcher.window = None  # as Launcher.restore has it while the store is swapped
    try:
        controller.lock()
        assert controller.front_widget() is None and window.isVisible()
        assert controller._launcher is launcher  # nothing was torn down
    finally:
        launcher.window = window


def test_a_damaged_plain_store_is_restored_before_it_is_encrypted(  # type: ignore[no-untyped-def]
    qtbot, controller, app_paths, asked,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from toegang_desktop.services.backups import BackupService

    session = open_session(app_paths, False, None, None)  # a store from before encryption
    session.dossiers.register(Resident(first_names="Fenna", surname="Herstelmans",
                                       date_of_birth=date(1970, 5, 5)))
    session.close()
    BackupService(app_paths).back_up_now()
    good = app_paths.store.read_bytes()
    app_paths.store.write_bytes(b"\0" * 100 + good[100:])  # its header is gone
    asked.answer = QMessageBox.StandardButton.Yes  # "restore the newest good backup?"

    def set_password(dialog: SetUpDialog) -> None:
        dialog.passphrase.setText(PASSWORD)
        dialog.repeated.setText(PASSWORD)
        dialog.next_button.click()
        dialog.written_down.setChecked(True)
        dialog.done_button.click()

    when_dialog_opens(SetUpDialog, set_password)
    assert controller.start()
    assert asked and is_encrypted(app_paths.store)
    assert list(app_paths.root.glob("toegang.sqlite.beschadigd-*"))  # moved aside, kept
    assert controller.window is not None and controller.window.model.rowCount() == 1
