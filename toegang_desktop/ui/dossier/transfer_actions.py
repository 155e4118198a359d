"""File dialogs around dossier export and import (JSON)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...paths import documents_folder
from ...services.transfer import DossierTransfer
from ...wording.messages import file_error_reason
from ..common.service_call import Failure, FailureKind, ServiceCall

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def default_export_name(resident_id: int, today: date) -> str:
    """No name in the file name: a file list on a shared drive must not reveal who it is."""
    return f"dossier-{resident_id}-{today.isoformat()}.json"


def export_with_dialog(parent: QWidget, transfer: DossierTransfer, resident_id: int) -> Path | None:
    suggested = documents_folder() / default_export_name(resident_id, date.today())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Transfer", "Export dossier"),
        str(suggested),
        translate("Transfer", "Dossier (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    try:
        transfer.export(resident_id, path)
    except OSError as error:
        QMessageBox.warning(
            parent,
            APP_NAME,
            translate("Transfer", "The dossier could not be written to %1 (%2). Choose another folder.")
            .replace("%1", str(path))
            .replace("%2", file_error_reason(error)),
        )
        return None
    QMessageBox.information(
        parent,
        APP_NAME,
        translate(
            "Transfer",
            "The dossier was exported to %1. It holds personal data: keep it safe and delete it "
            "when it is no longer needed.",
        ).replace("%1", str(path)),
    )
    return path


def import_with_dialog(parent: QWidget, transfer: DossierTransfer) -> int | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Transfer", "Import dossier"),
        str(documents_folder()),
        translate("Transfer", "Dossier (*.json)"),
    )
    if not chosen:
        return None
    imported: list[int] = []
    ServiceCall(parent, partial(transfer.import_file, Path(chosen), date.today())) \
        .told_by(partial(_tell_import_failure, parent)).on_success(imported.append).run()
    return imported[0] if imported else None


def _tell_import_failure(parent: QWidget, failure: Failure) -> None:
    if failure.kind is not FailureKind.INVALID:  # the data file: busy, full, damaged
        QMessageBox.warning(parent, APP_NAME, "\n".join(failure.lines))
        return
    lines = failure.lines
    shown = lines[:15] + (
        [translate("Transfer", "… and %1 more.").replace("%1", str(len(lines) - 15))]
        if len(lines) > 15
        else []
    )
    QMessageBox.warning(
        parent,
        APP_NAME,
        translate("Transfer", "Nothing was imported, because the file has problems:")
        + "\n\n"
        + "\n".join(f"• {line}" for line in shown),
    )
