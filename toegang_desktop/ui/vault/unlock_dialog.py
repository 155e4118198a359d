"""Unlocking the store (at start and after a lock), with the recovery code as the way back, and
changing the password. A wrong password changes nothing and offers no reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.vault import Vault
from ..common.widgets import ProblemBanner, link_button, set_primary
from .passphrase_fields import busy_call, new_password_refused, secret_field


class UnlockDialog(QDialog):
    """Asks the password; `data_key` is set when it opened the key file."""

    def __init__(self, vault: Vault, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.data_key: bytes | None = None
        self.setWindowTitle(self.tr("%1 is locked").replace("%1", APP_NAME) if locked
                            else APP_NAME)
        intro = QLabel(self.tr(
            "The screen was locked and the data closed. Enter your password to continue where "
            "you were.") if locked else self.tr("Enter your password to open the data."))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()
        self.passphrase = secret_field(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.passphrase)
        self.recovery_button = link_button(self.tr("Forgot your password? Use the &recovery code…"))
        self.recovery_button.clicked.connect(self.use_recovery_code)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addWidget(buttons)
        set_primary(self, self.unlock_button)
        self.resize(520, 240)

    def unlock(self) -> None:
        if not self.passphrase.text():
            self.banner.show_lines([self.tr("Enter your password.")], take_focus=False)
            return
        key = busy_call(self.banner, lambda: self._vault.unlock(self.passphrase.text()))
        self.passphrase.clear()
        self.passphrase.setFocus()
        if key is not None:
            self.data_key = key
            self.accept()

    def use_recovery_code(self) -> None:
        dialog = RecoveryDialog(self._vault, parent=self)
        if dialog.exec() and dialog.data_key is not None:
            self.data_key = dialog.data_key
            self.accept()


class RecoveryDialog(QDialog):
    """The recovery code and a new password: the store opens and the new password is set."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.data_key: bytes | None = None
        self.setWindowTitle(self.tr("Open with the recovery code"))
        intro = QLabel(self.tr(
            "Enter the recovery code you wrote down when the password was set, and choose a "
            "new password. The recovery code stays valid."))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.passphrase = secret_field(self.tr("New password"))
        self.repeated = secret_field(self.tr("New password again"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New password:"), self.passphrase)
        form.addRow(self.tr("New password &again:"), self.repeated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        set_primary(self, self.open_button)
        self.resize(560, 300)

    def recover(self) -> None:
        if new_password_refused(self.banner, self.passphrase, self.repeated):
            return
        key = busy_call(self.banner, lambda: self._vault.recover(
            self.code.text(), self.passphrase.text()))
        if key is not None:
            self.data_key = key
            self.accept()


class ChangePassphraseDialog(QDialog):
    """The current password and a new one; the store itself is not re-encrypted."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(self.tr("Change password"))
        self.banner = ProblemBanner()
        self.current = secret_field(self.tr("Current password"))
        self.passphrase = secret_field(self.tr("New password"))
        self.repeated = secret_field(self.tr("New password again"))
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.passphrase)
        form.addRow(self.tr("New password &again:"), self.repeated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(self.tr("C&hange"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        set_primary(self, self.change_button)
        self.resize(520, 220)

    def change(self) -> None:
        if new_password_refused(self.banner, self.passphrase, self.repeated):
            return
        def change_passphrase() -> bool:
            self._vault.change_passphrase(self.current.text(), self.passphrase.text())
            return True

        done = busy_call(self.banner, change_passphrase)
        if done:
            self.accept()
