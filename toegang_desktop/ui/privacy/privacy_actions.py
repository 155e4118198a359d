"""The privacy actions of the dossier page and the Privacy menu, over the services: who has
seen this, changes, access request, closing, erasure, the purge, the log export and check."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...domain.retention import ClosingCheck
from ...paths import documents_folder
from ...services.errors import TeamRefused, TeamUnreachable
from ...services.privacy import RETENTION_KEYS, TEAM_ACCESS_FILE, PurgeOutcome, retention_years
from ...services.session import Session
from ...wording.messages import file_error_reason
from ...wording.privacy_labels import capitalised, purge_blanked_text
from ...wording.team_messages import UNREACHABLE, access_request_problem_text
from ..common.formatting import format_date
from ..common.service_call import ServiceCall
from .privacy_dialogs import (
    AccessLogDialog,
    ChangesDialog,
    CloseDossierDialog,
    EraseDialog,
    LogExportDialog,
    PurgeDialog,
    RetentionSettingsDialog,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def show_access_log(parent: QWidget, session: Session, resident_id: int) -> None:
    AccessLogDialog(session.access_log.lines_for(resident_id), parent).exec()


def show_changes(parent: QWidget, session: Session, resident_id: int) -> None:
    ChangesDialog(session.privacy.changes(resident_id), parent).exec()


def access_request(parent: QWidget, session: Session, resident_id: int) -> Path | None:
    """Everything about the resident into a folder the professional chooses; a restricted
    reporting-code record only when they say so (issue 14: it went in without a word)."""
    include_restricted = (session.privacy.has_restricted_record(resident_id)
                          and include_restricted_confirmed(parent))
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("Privacy", "Choose a folder for the access request"), str(documents_folder()))
    if not chosen:
        return None
    try:
        package = session.privacy.access_request(resident_id, Path(chosen), include_restricted)
    except OSError as error:
        QMessageBox.warning(parent, APP_NAME, translate(
            "Privacy", "The access request could not be written to %1 (%2). Choose another "
            "folder.").replace("%1", chosen).replace("%2", file_error_reason(error)))
        return None
    except (TeamUnreachable, TeamRefused) as refused:  # in a team: never an incomplete request
        QMessageBox.warning(parent, APP_NAME, access_request_problem_text(
            refused.code if isinstance(refused, TeamRefused) else UNREACHABLE))
        return None
    team_part = (" " + translate(
        "Privacy", "The team server's list of every colleague who saw the dossier (with each "
        "emergency access and its reason) is in %1.").replace("%1", TEAM_ACCESS_FILE)
                 if package.team_seen else "")
    QMessageBox.information(parent, APP_NAME, (translate(
        "Privacy", "Everything stored about this resident was written to %1: the dossier file, "
        "a report per conversation, the history of corrected details and the access "
        "log. Restricted reporting-code parts are "
        "included and marked: check them before handing the folder over. Keep it safe and "
        "delete it when it has been handed over.") if include_restricted else translate(
        "Privacy", "Everything stored about this resident was written to %1: the dossier file, "
        "a report per conversation, the history of corrected details and the access "
        "log, without restricted reporting-code "
        "parts. Keep it safe and delete it when it has been handed over.")
    ).replace("%1", str(package.folder)) + team_part)
    return package.folder


def include_restricted_confirmed(parent: QWidget) -> bool:
    """Ask whether the restricted reporting-code record goes into the access request; No is
    the default (and what Esc and Enter give)."""
    answer = QMessageBox.question(parent, APP_NAME, translate(
        "Privacy", "This dossier has a restricted reporting-code record: the steps taken under "
        "the reporting code for domestic violence and child abuse, with the concerns, "
        "consultations and the decision.\n\nThe law allows you to leave it out of an access "
        "request where giving it would harm the safety of others, such as a child or the person "
        "who raised the concern. When in doubt, leave it out and discuss it with your "
        "reporting-code officer first.\n\nInclude the restricted record in this access "
        "request?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def close_dossier(parent: QWidget, session: Session, settings: QSettings, resident_id: int,
                  today: date) -> bool:
    years = retention_years(settings)
    dialog = CloseDossierDialog(years, today, parent)
    if not dialog.exec():
        return False
    law, ended = dialog.chosen()
    check = session.privacy.closing_check(resident_id, law, ended, years)
    if check.needs_confirmation and not closing_confirmed(parent, check):
        return False
    return ServiceCall(parent, partial(session.privacy.close_dossier, resident_id, law, ended,
                                       years, confirmed=check.needs_confirmation)).run()


def closing_confirmed(parent: QWidget, check: ClosingCheck) -> bool:
    """Ask before closing with an end of help that is most likely a typing error (before the
    first conversation) or that makes the dossier due for removal at once; No is the default
    (and what Esc and Enter give). Issue 19: 2008 for a conversation of 2026 went through."""
    reasons = []
    if check.ends_before_first_conversation and check.first_conversation_on is not None:
        reasons.append(translate(
            "Privacy", "The end of help, %1, lies before the first conversation of this "
            "dossier, on %2.").replace("%1", format_date(check.help_ended_on))
            .replace("%2", format_date(check.first_conversation_on)))
    if check.due_at_once:
        reasons.append(translate(
            "Privacy", "With this end of help the retention period ended on %1, so the dossier "
            "would be removed for good at the next purge of dossiers past their retention "
            "date.").replace("%1", format_date(check.retain_until)))
    question = translate("Privacy", "Close the dossier with %1 as the end of help anyway? "
                                    "Choose No to correct the date.") \
        .replace("%1", format_date(check.help_ended_on))
    answer = QMessageBox.question(
        parent, APP_NAME, "\n\n".join([*reasons, question]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def reopen_dossier(session: Session, resident_id: int) -> None:
    session.privacy.reopen(resident_id)


def erase_dossier(parent: QWidget, session: Session, resident_id: int, name: str) -> bool:
    dialog = EraseDialog(name, parent)
    if not dialog.exec():
        return False
    outcome = session.privacy.erase(resident_id, dialog.chosen_reason())
    _tell_blanked(parent, outcome)
    return outcome.removed > 0


def purge(parent: QWidget, session: Session, today: date) -> int:
    """The dossiers past retention, removed after confirmation; old log lines go too."""
    dialog = PurgeDialog(session.privacy.due(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    outcome = session.privacy.purge_due([d.resident_id for d in dialog.due])
    session.access_log.purge_old(today)
    _tell_blanked(parent, outcome)
    return outcome.removed


def _tell_blanked(parent: QWidget, outcome: PurgeOutcome) -> None:
    """Say where the removed residents' names or streets were blanked (counts, no text)."""
    if outcome.texts:
        QMessageBox.information(parent, APP_NAME, translate(
            "Privacy", "%n dossier(s) removed.", "", outcome.removed) + " " + capitalised(
            purge_blanked_text(outcome.names, outcome.streets, outcome.texts)) + ".")


def export_log(parent: QWidget, session: Session, today: date) -> Path | None:
    dialog = LogExportDialog(today, parent)
    if not dialog.exec():
        return None
    since, until = dialog.period()
    suggested = str(documents_folder() / f"toegangslog-{today.isoformat()}.csv")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("Privacy", "Export access log"), suggested,
        translate("Privacy", "CSV file (*.csv)"))
    if not chosen:
        return None
    try:
        count = session.access_log.export_csv(Path(chosen), since, until,
                                              protected=session.protected_files)
    except OSError as error:
        QMessageBox.warning(parent, APP_NAME, translate(
            "Privacy", "The access log could not be written to %1 (%2). Choose another "
            "folder.").replace("%1", chosen).replace("%2", file_error_reason(error)))
        return None
    QMessageBox.information(parent, APP_NAME, translate(
        "Privacy", "%n line(s) of the access log were written to %1.", "", count)
        .replace("%1", chosen))
    return Path(chosen)


def verify_log(parent: QWidget, session: Session) -> bool:
    result = session.access_log.verify()
    if result.ok:
        QMessageBox.information(parent, APP_NAME, translate(
            "Privacy", "The access log is intact: %n line(s) checked.", "", result.checked))
    else:
        first = result.defects[0][0]
        QMessageBox.warning(parent, APP_NAME, translate(
            "Privacy", "The access log has been changed outside the app, first at line %1. "
            "Tell your privacy officer; do not change anything in the data folder.")
            .replace("%1", str(first)))
    return result.ok


def edit_retention(parent: QWidget, settings: QSettings) -> None:
    dialog = RetentionSettingsDialog(retention_years(settings), parent)
    if dialog.exec():
        years = dialog.years()
        for law, key in RETENTION_KEYS.items():
            settings.setValue(key, years[law])
