"""Enter presses a dialog's primary button, never a link or a secondary button (issue 14: Enter
in the unlock dialog opened the recovery-code dialog at every start and after every lock)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from toegang_desktop.paths import AppPaths
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.ui.vault.setup_dialog import SetUpDialog
from toegang_desktop.ui.vault.unlock_dialog import ChangePassphraseDialog, RecoveryDialog, UnlockDialog

from .conftest import open_new_conversation

PASSWORD = "een zin aan de keukentafel"
PRIMARY_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
                 QDialogButtonBox.ButtonRole.ApplyRole)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def enter_target(dialog: QDialog) -> QPushButton | None:
    """The button Enter in a text field presses, by QDialog.keyPressEvent's own rule: the first
    visible default push button."""
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.isVisible():
            return button
    return None


def enter_problem(dialog: QDialog) -> str | None:
    """Why Enter in this dialog would not do its primary action, or None when it would."""
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible() and f.isEnabled()]
    if fields:
        fields[0].setFocus()
    target = enter_target(dialog)
    name = type(dialog).__name__
    primaries = [b for box in dialog.findChildren(QDialogButtonBox) if box.isVisible()
                 for b in box.buttons() if box.buttonRole(b) in PRIMARY_ROLES]
    if target is None:
        return f"{name}: Enter presses nothing, primary {[b.text() for b in primaries]}" \
            if primaries else None
    if target.property("primary"):  # chosen on purpose with widgets.set_primary
        return None
    boxed = any(target in box.buttons() for box in dialog.findChildren(QDialogButtonBox))
    if not primaries and boxed:  # a list with only Close: Enter closes
        return None
    if target not in primaries:
        return f"{name}: Enter presses {target.text()!r}, not {[b.text() for b in primaries]}"
    return None


def _vault(app_paths: AppPaths) -> Vault:
    vault = Vault(app_paths)
    vault.set_up(PASSWORD)
    return vault


def test_enter_in_the_unlock_dialog_unlocks(qtbot, app_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(_vault(app_paths), locked=False)
    qtbot.addWidget(dialog)
    recovery_opened: list[bool] = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda _self: recovery_opened.append(True) or 0)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.passphrase.setFocus()
    QTest.keyClicks(dialog.passphrase, PASSWORD)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not recovery_opened
    assert dialog.data_key is not None and dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.recovery_button.autoDefault()


def test_the_vault_dialogs_press_their_primary_button_on_enter(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(app_paths)
    fresh = Vault(AppPaths.in_folder(app_paths.root.parent / "nieuw"))
    dialogs: list[QDialog] = [UnlockDialog(vault, locked=False), UnlockDialog(vault, locked=True),
                              RecoveryDialog(vault), ChangePassphraseDialog(vault),
                              SetUpDialog(fresh, existing_store=False),
                              SetUpDialog(fresh, existing_store=True)]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        problems.append(enter_problem(dialog))
        dialog.hide()
    assert [p for p in problems if p] == [], "\n".join(p for p in problems if p)


class DialogWalk:
    """The problems found, and the kinds of dialog checked (so a walk cannot check nothing)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked: set[str] = set()


@pytest.fixture
def dialogs_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogWalk]:
    """Every dialog the window opens with exec() is checked and closed at once."""
    walk = DialogWalk()

    def checked_exec(dialog: QDialog) -> int:
        walk.checked.add(type(dialog).__name__)
        problem = enter_problem(dialog)
        if problem:
            walk.problems.append(problem)
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", checked_exec)
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "exec", lambda _box: 0)
    yield walk


def _menu_actions(window: QWidget) -> list:  # type: ignore[type-arg]
    skip = {window.quit_action, window.restore_action}  # type: ignore[attr-defined]
    return [action for menu in window.menuBar().actions() if menu.menu() is not None
            for action in menu.menu().actions()
            if not action.isSeparator() and action.menu() is None and action not in skip]


def test_every_dialog_of_the_window_presses_its_primary_button_on_enter(  # type: ignore[no-untyped-def]
        open_window, dialogs_seen, monkeypatch, no_unexpected_message_boxes) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QMessageBox, "about", lambda *_args: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: "")
    window = open_window()
    open_new_conversation(window)
    for action in _menu_actions(window):
        action.trigger()
        window.conversation.show()
        window.stack.setCurrentWidget(window.conversation)
    for action in window.dossier.privacy_button.menu().actions():
        window.stack.setCurrentWidget(window.dossier)
        action.trigger()
    no_unexpected_message_boxes.clear()  # the information some actions give is not the point
    assert dialogs_seen.problems == [], "\n".join(dialogs_seen.problems)
    assert {"ResidentDialog", "ConversationStartDialog", "ReportDialog", "PeriodReportDialog",
            "LearningDialog", "ReportDetailsDialog", "CloseDossierDialog", "EraseDialog",
            "RetentionSettingsDialog", "LogExportDialog"} <= dialogs_seen.checked


def test_the_dialogs_of_the_conversation_and_learning_screens_press_their_primary_on_enter(  # type: ignore[no-untyped-def]
        open_window, dialogs_seen, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from toegang_desktop.ui.learning.learning_page import LearningDialog
    from toegang_desktop.ui.plan.partner_dialog import PartnerDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    window = open_window()
    page = open_new_conversation(window)
    page.open_safety()
    page.plan.agreement_list.add_agreement()
    page.plan.agreement_list.open_directory()
    page.plan.record_bottleneck()
    directory = PartnerDialog(window._session.plan, parent=window)
    directory.add_partner()
    learning = LearningDialog(window._session, parent=window)
    learning.add_bottleneck()
    learning.add_signal()
    learning.open_report()
    window.stack.setCurrentWidget(window.dossier)
    window.dossier.edit_button.click()
    window.dossier.new_button.click()
    window.backup_actions.choose_backup()
    assert dialogs_seen.problems == [], "\n".join(dialogs_seen.problems)
    assert {"SafetyDialog", "AgreementDialog", "PartnerDialog", "PartnerEditDialog",
            "BottleneckDialog", "SignalDialog", "RestoreDialog"} <= dialogs_seen.checked
