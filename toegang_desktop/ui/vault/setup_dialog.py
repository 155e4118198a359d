"""First start (or the first start after this update): choose a password, then write down the
recovery code. The store is encrypted with a key that the password unlocks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.vault import Vault
from ..common.widgets import ProblemBanner, set_primary
from .passphrase_fields import busy_call, new_password_refused, secret_field


class SetUpDialog(QDialog):
    """Two steps: the password (twice), then the recovery code shown once. `data_key` is set
    when the store is ready."""

    def __init__(self, vault: Vault, existing_store: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.data_key: bytes | None = None
        self.recovery_code = ""
        self.setWindowTitle(self.tr("Protect the data with a password"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._password_page(existing_store))
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        set_primary(self, self.next_button)
        self.resize(600, 320)

    def _password_page(self, existing_store: bool) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Toegang Desktop keeps the residents' data encrypted on this computer. If the "
            "laptop is lost, nobody can read it without your password.") + "\n\n" + (self.tr(
                "Your existing data will be encrypted now; a copy is kept in the backups "
                "folder, also encrypted.") if existing_store else self.tr(
                "Choose a password of at least 8 characters. A short sentence works well.")))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()
        self.passphrase = secret_field(self.tr("Password"))
        self.repeated = secret_field(self.tr("Password again"))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.passphrase)
        form.addRow(self.tr("Password &again:"), self.repeated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_password)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(buttons)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "This is your recovery code. With it you can open the data if you forget your "
            "password, or open a backup on another computer. It is shown only now: write it "
            "down and keep it in a safe place, apart from the laptop."))
        intro.setWordWrap(True)
        self.code_label = QLabel()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setStyleSheet("QLabel { border: 1px solid #b8c4d6; border-radius: 4px;"
                                      " padding: 12px; background: #f6f8fb; }")
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(self._copy_code)
        self.written_down = QCheckBox(self.tr("I have written down the recovery code and keep "
                                              "it in a safe place"))
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setEnabled(False)
        self.written_down.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.written_down)
        layout.addStretch()
        layout.addWidget(buttons)
        return page

    def choose_password(self) -> None:
        if new_password_refused(self.banner, self.passphrase, self.repeated):
            return
        made = busy_call(self.banner, lambda: self._vault.set_up(self.passphrase.text()))
        if made is None:
            return
        self.data_key, self.recovery_code = made
        self.passphrase.clear()
        self.repeated.clear()
        self.code_label.setText(self.recovery_code)
        self.pages.setCurrentIndex(1)
        set_primary(self, self.done_button)  # Enter starts once the box is ticked
        self.written_down.setFocus()

    def _copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_code)

    def reject(self) -> None:
        """Once the code is shown the store is encrypted: the dialog can only go forward."""
        if self.data_key is None:
            super().reject()
