"""Settings → Team…: joining the team's server. The password is asked here and handed to the
service once (never kept in the settings); the municipality's CA certificate is chosen and
described in words; the first upload shows its progress and ends in a summary; a refusal is
told in Dutch with the way out, and every field stays as typed."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSysInfo, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import ServerAddress, SyncProgress
from ...wording.team_messages import CERTIFICATE, PASSWORD, UNREACHABLE, team_problem_text
from ..common.formatting import format_date
from ..common.widgets import ProblemBanner, mark_invalid, set_primary, wrapped_label
from .port import Joiner, JoinSummary, failure_code

log = logging.getLogger(__name__)

# A host name or an IP address: letters, digits, dots, dashes (and colons for IPv6).
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-:]*[A-Za-z0-9])?$")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
MAX_CERTIFICATE_BYTES = 256 * 1024  # a CA file is a few kB; a larger file is not one


@dataclass(frozen=True)
class CertificateInfo:
    """What the chosen CA file says about itself, in words for the dialog."""

    pem: str
    subject: str
    issuer: str
    expires: datetime | None

    @property
    def expired(self) -> bool:
        return self.expires is not None and self.expires < datetime.now(UTC)


def read_certificate(path: Path) -> CertificateInfo | None:
    """The first certificate in a PEM file, or None when the file holds none (or is unreadable)."""
    from PySide6.QtNetwork import QSsl, QSslCertificate  # only this dialog needs QtNetwork

    try:
        if path.stat().st_size > MAX_CERTIFICATE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    certificates = QSslCertificate.fromData(data, QSsl.EncodingFormat.Pem)
    if not certificates or certificates[0].isNull():
        return None
    certificate = certificates[0]

    def name(info: list[str]) -> str:
        return ", ".join(part for part in info if part)

    subject = name(certificate.subjectInfo(QSslCertificate.SubjectInfo.Organization)
                   + certificate.subjectInfo(QSslCertificate.SubjectInfo.CommonName))
    issuer = name(certificate.issuerInfo(QSslCertificate.SubjectInfo.Organization)
                  + certificate.issuerInfo(QSslCertificate.SubjectInfo.CommonName))
    expiry = certificate.expiryDate()
    expires = (datetime.fromtimestamp(expiry.toSecsSinceEpoch(), UTC)
               if expiry.isValid() else None)
    pem = bytes(certificate.toPem().data()).decode("ascii")
    return CertificateInfo(pem, subject, issuer, expires)


class _Relay(QObject):
    progress = Signal(object)  # SyncProgress
    joined = Signal(object)  # JoinSummary
    failed = Signal(str)


class _JoinRun(QRunnable):
    def __init__(self, join: Callable[[Callable[[SyncProgress], None]], JoinSummary],
                 relay: _Relay) -> None:
        super().__init__()
        self._join = join
        self._relay = relay

    def run(self) -> None:
        try:
            self._relay.joined.emit(self._join(self._relay.progress.emit))
        except Exception as error:  # nothing escapes a worker thread
            code = failure_code(error)
            if code is None:
                log.exception("joining failed unexpectedly")
            self._relay.failed.emit(code or "unexpected")


class JoinDialog(QDialog):
    """Server, user name, password, certificate; then the first upload and its summary."""

    joined = Signal(object)  # JoinSummary, once the laptop is in the team

    def __init__(self, joiner: Joiner, parent: QWidget | None = None,
                 device_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a team"))
        self._joiner = joiner
        self._device_label = device_label or QSysInfo.machineHostName() or "laptop"
        self._certificate: CertificateInfo | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.joined.connect(self._joined)
        self._relay.failed.connect(self._failed)
        self.summary: JoinSummary | None = None

        self.explanation = wrapped_label(self.tr(
            "<p>Joining makes this laptop part of your team's server. What goes up: the "
            "dossiers on this laptop (once now, then every change), and the access log. "
            "Colleagues see your residents on the team list (name, date of birth, "
            "coordinator, next legal term); the full dossier only who coordinates it or is "
            "involved.</p><p>What the laptop keeps: the full dossiers you coordinate or are "
            "involved in, and the team list to find residents. It keeps working without "
            "network; changes go up at the next update.</p><p>Your password is asked now "
            "and not kept in the settings; the connection details are kept encrypted in "
            "the data file.</p>"), "explanation")
        self.banner = ProblemBanner()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. team.gemeente.nl"))
        self.host.setAccessibleName(self.tr("Server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit("toegang")
        self.database.setAccessibleName(self.tr("Database"))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.certificate_path = QLineEdit()
        self.certificate_path.setAccessibleName(self.tr("The municipality's CA certificate"))
        self.certificate_path.setPlaceholderText(self.tr("file ending in .pem or .crt"))
        self.certificate_path.editingFinished.connect(
            lambda: self.use_certificate(self.certificate_path.text()))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_certificate)
        self.certificate_text = wrapped_label("", "certificateText")
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(QLabel(self.tr("Port")))
        server_row.addWidget(self.port)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate_path, 1)
        certificate_row.addWidget(choose)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server"), server_row)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("CA certificate"), certificate_row)
        form.addRow("", self.certificate_text)

        self.progress_label = wrapped_label("", "joinProgress")
        self.progress_bar = QProgressBar()
        self.progress_label.hide()
        self.progress_bar.hide()
        self.summary_label = wrapped_label("", "joinSummary")
        self.summary_label.hide()

        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton(self.tr("Join"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.background_button = self.buttons.addButton(
            self.tr("Keep working"), QDialogButtonBox.ButtonRole.ActionRole)
        self.background_button.setToolTip(self.tr(
            "Hide this window; the upload goes on and the summary shows when it is done."))
        self.background_button.hide()
        self.join_button.clicked.connect(self.start_join)
        self.cancel_button.clicked.connect(self.reject)
        self.background_button.clicked.connect(self.hide)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        set_primary(self, self.join_button)
        self.setMinimumWidth(560)

    # -- the certificate ------------------------------------------------------------------

    def _choose_certificate(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The municipality's CA certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.use_certificate(chosen)

    def use_certificate(self, path_text: str) -> bool:
        """Read the chosen file and say in words whose certificate it is and until when."""
        self.certificate_path.setText(path_text)
        self._certificate = None
        if not path_text.strip():
            self.certificate_text.setText("")
            return False
        info = read_certificate(Path(path_text.strip()))
        self._certificate = info
        if info is None:
            self.certificate_text.setText(self.tr(
                "This file is not a certificate (or cannot be read). Choose the CA file your "
                "application manager gave you (PEM, usually ending in .pem or .crt)."))
            return False
        text = self.tr("Issued to: %1. Issued by: %2.").replace(
            "%1", info.subject or "?").replace("%2", info.issuer or "?")
        if info.expires is not None:
            until = format_date(info.expires.astimezone().date())
            text += " " + (self.tr("Expired on %1: ask your application manager for the new "
                                   "one.").replace("%1", until) if info.expired
                           else self.tr("Valid until %1.").replace("%1", until))
        self.certificate_text.setText(text)
        return True

    # -- checking and joining -------------------------------------------------------------

    def problems(self) -> list[tuple[QWidget, str]]:
        """What must change before joining can start, with the field to go to."""
        found: list[tuple[QWidget, str]] = []
        host = self.host.text().strip()
        if not host:
            found.append((self.host, self.tr("Type the server's name (as your application "
                                             "manager gave it, e.g. team.gemeente.nl).")))
        elif not _HOST.match(host):
            found.append((self.host, self.tr("The server's name can hold letters, digits, "
                                             "dots and dashes only (no http:// or spaces).")))
        if not self.database.text().strip():
            found.append((self.database, self.tr("Type the database's name (usually "
                                                 "toegang).")))
        if not self.user.text().strip():
            found.append((self.user, self.tr("Type your user name for the team server.")))
        if not self.password.text():
            found.append((self.password, self.tr("Type your password for the team server.")))
        if self.certificate_path.text().strip() and self._certificate is None:
            found.append((self.certificate_path, self.tr(
                "The chosen file is not a certificate. Choose the CA file your application "
                "manager gave you.")))
        elif self._certificate is None and host and host not in LOCAL_HOSTS:
            found.append((self.certificate_path, self.tr(
                "Choose the municipality's CA certificate: with it the laptop checks that it "
                "talks to your team's own server.")))
        elif self._certificate is not None and self._certificate.expired:
            found.append((self.certificate_path, self.tr(
                "The chosen certificate has expired. Ask your application manager for the "
                "new one.")))
        return found

    def address(self) -> ServerAddress:
        host = self.host.text().strip()
        pem = self._certificate.pem if self._certificate is not None else ""
        # Without a CA file only a server on this very machine is accepted (problems()).
        tls = "verify-full" if pem or host not in LOCAL_HOSTS else "disable"
        return ServerAddress(host=host, port=self.port.value(),
                             database=self.database.text().strip(), tls_mode=tls,
                             ca_certificate_pem=pem)

    def start_join(self) -> bool:
        found = self.problems()
        for widget in (self.host, self.database, self.user, self.password,
                       self.certificate_path):
            mark_invalid(widget, any(w is widget for w, _ in found))
        if found:
            self.banner.show_lines([text for _, text in found], take_focus=False)
            found[0][0].setFocus()
            return False
        self.banner.show_lines([], take_focus=False)
        address, user, password = self.address(), self.user.text().strip(), self.password.text()
        label = self._device_label
        joiner = self._joiner
        self._set_working(True)
        self._pool.start(_JoinRun(lambda report: joiner(address, user, password, label, report),
                                  self._relay))
        return True

    def _set_working(self, working: bool) -> None:
        self.explanation.setVisible(not working)  # what is happening now, not what will
        self.form.setEnabled(not working)
        self.join_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)
        self.background_button.setVisible(working)
        self.progress_label.setVisible(working)
        self.progress_bar.setVisible(working)
        if working:
            self.progress_label.setText(self.tr("Connecting to the team server…"))
            self.progress_bar.setRange(0, 0)

    def _progress(self, progress: SyncProgress) -> None:
        self.progress_label.setText(self.tr("Sending the dossiers on this laptop to the team "
                                            "(%1 of %2)…").replace("%1", str(progress.done))
                                    .replace("%2", str(progress.total or "?")))
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setFormat(self.tr("%v of %m"))
        if progress.total:
            self.progress_bar.setValue(min(progress.done, progress.total))

    def _joined(self, summary: JoinSummary) -> None:
        self.summary = summary
        self.password.clear()  # not kept in memory longer than needed
        self._set_working(False)
        self.form.hide()
        self.explanation.hide()
        self.join_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setText(
            "<h3>" + self.tr("Joined team %1").replace("%1", escape(summary.team_name or "?"))
            + "</h3><p>" + self.tr("Sent up: %n dossier(s)", "", summary.dossiers) + ", "
            + self.tr("%n record(s) in all.", "", summary.records) + "</p><p>" + self.tr(
                "From now on your changes go up and the team's changes come in every few "
                "minutes, and when you press F5. The status bar shows where it stands.")
            + "</p>")
        self.summary_label.show()
        set_primary(self, self.cancel_button)
        self.show()  # after "Keep working" hid it
        self.setMinimumHeight(0)
        self.adjustSize()
        self.joined.emit(summary)

    def _failed(self, code: str) -> None:
        self._set_working(False)
        self.show()
        self.banner.show_lines([team_problem_text(code)], take_focus=False)
        focus = {PASSWORD: self.password, CERTIFICATE: self.certificate_path,
                 UNREACHABLE: self.host}.get(code, self.user)
        mark_invalid(focus, True)
        focus.setFocus()
        if code == PASSWORD:
            self.password.selectAll()

    def wait(self, msecs: int) -> bool:
        """For closing and tests: True when no join is running any more."""
        return bool(self._pool.waitForDone(msecs))

    def reject(self) -> None:
        if self.cancel_button.isEnabled():  # not while the server is being talked to
            super().reject()
