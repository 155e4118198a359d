"""Pieces shared by the passphrase dialogs: a masked field and showing what is wrong with a new
password (worded in wording/vault_messages.py, for the command line too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLineEdit, QWidget

from ...services.vault import passphrase_problem
from ...wording.vault_messages import passphrase_problem_text
from ..common.service_call import ServiceCall
from ..common.widgets import ProblemBanner

T = TypeVar("T")



def secret_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(320)
    return field


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
    results: list[T] = []
    ServiceCall(banner, call).told_by(lambda failure: banner.show_lines(failure.lines, take_focus=False)) \
        .on_success(results.append).run()
    return results[0] if results else None
