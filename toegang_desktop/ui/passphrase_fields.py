"""Pieces shared by the passphrase dialogs: a masked field and the texts for the problems."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ..services.errors import StoreError
from ..services.vault import MIN_PASSPHRASE_LENGTH, passphrase_problem
from ..wording.store_messages import store_error_text
from .widgets import ProblemBanner

T = TypeVar("T")

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def secret_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(320)
    return field


def passphrase_problem_text(code: str) -> str:
    texts = {
        "passphrase_too_short": translate(
            "Passphrase", "The password is too short: use at least %1 characters. A sentence "
                          "you can remember is strong and easy to type.",
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
        "passphrase_spaces_at_ends": translate(
            "Passphrase", "The password starts or ends with a space. Remove it: a space there "
                          "is easily forgotten when you type it again."),
        "passphrase_mismatch": translate(
            "Passphrase", "The two passwords are not the same. Type the same password twice."),
    }
    return texts.get(code, code)


def new_password_refused(banner: ProblemBanner, passphrase: QLineEdit, repeated: QLineEdit) -> bool:
    """Show what is wrong with a new password (typed twice) in the banner; True when it is."""
    problem = passphrase_problem(passphrase.text(), repeated.text())
    if problem is not None:
        banner.show_lines([passphrase_problem_text(problem)], take_focus=False)
        passphrase.setFocus()
    return problem is not None


def busy_call(banner: ProblemBanner, call: Callable[[], T]) -> T | None:
    """Run a key derivation or an encryption (a fraction of a second up to seconds) with a wait
    cursor; a store error (a wrong password included) goes to the banner and gives None."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return call()
    except StoreError as error:
        banner.show_lines([store_error_text(error)], take_focus=False)
        return None
    finally:
        QApplication.restoreOverrideCursor()
