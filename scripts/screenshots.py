"""Render the main screens to docs/screenshots/ (Dutch, demo data), for the README and review.

    python scripts/screenshots.py            # all screens at 100 %
    python scripts/screenshots.py --scale 1.5  # the conversation screen at 150 % as well
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def render(out: Path, suffix: str = "", only_conversation: bool = False) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from toegang_desktop.i18n import install_translators
    from toegang_desktop.paths import AppPaths
    from toegang_desktop.ui.conversation.conversation_start_dialog import ConversationStartDialog
    from toegang_desktop.ui.dossier.resident_dialog import ResidentDialog
    from toegang_desktop.ui.safety.safety_dialog import SafetyDialog
    from toegang_desktop.ui.shell.launch import build_main_window
    from toegang_desktop.ui.shell.style import APP_STYLE

    app = QApplication.instance() or QApplication([])
    keep = install_translators(app, "nl")  # noqa: F841 - translators must stay alive
    app.setStyleSheet(APP_STYLE)
    with tempfile.TemporaryDirectory() as tmp:
        window = build_main_window(AppPaths.in_folder(Path(tmp)), demo=True, checklist_file=None)
        assert window is not None
        window.resize(1280, 820)
        window.show()

        def shot(widget: QWidget, name: str) -> None:
            app.processEvents()
            widget.grab().save(str(out / f"{name}{suffix}.png"))
            print("wrote", out / f"{name}{suffix}.png")

        jan = window.model.resident_id(3) or 1
        for row in range(window.model.rowCount()):
            entry = window.model.entry(row)
            if entry is not None and "Proefpersoon" in entry.name:
                jan = entry.id
        if not only_conversation:
            shot(window, "caseload")
        from toegang_desktop.ui.shell.help_window import show_manual

        manual = show_manual(window, window._session.paths)  # also at 150 %: it must read well
        shot(manual, "manual")
        manual.close()
        window.open_dossier(jan)
        shot(window, "dossier")  # also at 150 %: the dossier at a glance must read well
        page = window.dossier  # the journal, scrolled into view, on its corrected contact
        page.scroll_area.ensureWidgetVisible(page.journal, 0, 0)
        corrected = next(iter(page.journal.journal.corrected_by))
        page.journal.select_entry(corrected)
        shot(window, "dossier-journal")
        if not only_conversation:
            from toegang_desktop.ui.dossier.journal_dialog import JournalEntryDialog

            newest = page.journal.journal.entries[0]
            overview = window._session.overview.overview(jan, date.today(), logged=False)
            assert overview is not None
            writing = JournalEntryDialog(window._session.journal, jan, overview.domains,
                                         overview.agreement_names, corrects=newest,
                                         parent=window)
            writing.show()
            shot(writing, "journal-correction")
            writing.close()
        page.scroll_area.verticalScrollBar().setValue(0)
        if not only_conversation:
            from toegang_desktop.ui.privacy.privacy_dialogs import AccessLogDialog

            seen = AccessLogDialog(window._session.access_log.lines_for(jan), parent=window)
            seen.show()
            shot(seen, "access-log")
            seen.close()
        window.dossier.open_button.click()
        window.conversation.nav.setCurrentRow(1)
        shot(window, "overview")
        window.conversation.show_domain("finances")
        shot(window, "conversation")
        window.conversation.nav.setCurrentRow(2)
        shot(window, "signals")
        window.conversation.nav.setCurrentRow(3)
        shot(window, "plan")
        window.conversation.nav.setCurrentRow(4)
        shot(window, "investigation")
        window.conversation.nav.setCurrentRow(0)
        shot(window, "conversation-details")
        if not only_conversation:
            conversation = window.conversation.conversation
            assert conversation is not None and conversation.id is not None
            safety = SafetyDialog(window.conversation._safety, conversation.id,
                                  "Jan de Proefpersoon", date.today(), parent=window)
            safety.show()
            shot(safety, "safety-step1")
            safety.go_to(4)
            shot(safety, "safety-step5")
            safety.done(0)
        if not only_conversation:
            resident = window._dossiers.resident(jan)
            dialog = ResidentDialog(window._dossiers, resident, parent=window)
            dialog.show()
            shot(dialog, "resident-dialog")
            dialog.close()
            start = ConversationStartDialog(window._conversations, jan, "Jan de Proefpersoon",
                                            date.today(), parent=window)
            start.show()
            shot(start, "conversation-start")
            start.close()
        if not only_conversation:
            _render_restore_dialog(window, shot)
            _render_reports(window, out)
            _render_security(shot)
            _render_learning(window, shot, out)
            _render_team(window, shot, out)
        _render_today(window, shot)  # last: it adds fictional due items to the demo store
        window.close()


def _render_today(window: object, shot: object) -> None:
    """Vandaag (Ctrl+T), with a few more fictional due items than the demo has of its own:
    an overdue agreement, and a conversation three weeks old with a signal not yet weighed."""
    from datetime import timedelta

    from toegang_desktop.domain.conversation import Conversation, Marker, Place
    from toegang_desktop.domain.plan import Agreement, Owner

    session = window._session  # type: ignore[attr-defined]
    today = date.today()
    conversation = window.conversation.conversation  # type: ignore[attr-defined]
    session.plan.add_agreement(conversation.id, Agreement(
        what="Huisarts bellen over de slaapproblemen", owner=Owner.RESIDENT,
        due_date=today - timedelta(days=2)))
    other = next(window.model.resident_id(row) for row in range(window.model.rowCount())  # type: ignore[attr-defined]
                 if window.model.resident_id(row) != conversation.resident_id)  # type: ignore[attr-defined]
    session.conversations.start(Conversation(
        resident_id=other, held_on=today - timedelta(days=20), place=Place.OFFICE,
        checklist_id="", checklist_version="", melding_date=today - timedelta(days=37),
        markers={Marker.DEMENTIA}))
    window.today_work.show_today()  # type: ignore[attr-defined]
    shot(window, "today")  # type: ignore[operator]


def _render_restore_dialog(window: object, shot: object) -> None:
    """Herstel uit back-up, with a week of copies of the kinds the app makes."""
    from datetime import UTC, datetime, timedelta

    from toegang_desktop.domain.backups import BackupKind
    from toegang_desktop.services.backups import BackupEntry
    from toegang_desktop.ui.backups.restore_dialog import RestoreDialog

    now = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
    kinds = [BackupKind.REGULAR] * 6 + [BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_MIGRATION]
    entries = [BackupEntry(f"copy-{n}", kind, now - timedelta(hours=7 * n), 212 - n // 3, 0)
               for n, kind in enumerate(kinds)]
    dialog = RestoreDialog(entries, "C:\\Users\\sam\\AppData\\Local\\Toegang\\Toegang Desktop\\backups",
                           parent=window)  # type: ignore[arg-type]
    dialog.show()
    shot(dialog, "restore-dialog")  # type: ignore[operator]
    dialog.close()


class _ShownTeam:
    """The team service as the screenshots show it (fictional colleagues, no server): the
    screens are the real ones, behind their seam (ui/team/port.py)."""

    def __init__(self, window: object) -> None:
        from datetime import UTC, datetime, timedelta

        from toegang_desktop.domain.team import Conflict, SyncStatus, TeamCaseloadRow

        now = datetime.now(UTC).replace(hour=9, minute=32, second=0, microsecond=0)
        self.status_value = SyncStatus(joined=True, team_name="Wijkteam Noord (demo)",
                                       member="Sam Wijkteam", last_synced_at=now,
                                       open_conflicts=2)
        model = window.model  # type: ignore[attr-defined]
        entries = [model.entry(row) for row in range(model.rowCount())]
        colleagues = ["Sam Wijkteam", "Noor Bakker", "Daan de Wit"]

        def coordinator(n: int, name: str) -> str:
            return "Sam Wijkteam" if "Proefpersoon" in name else colleagues[n % 3]

        self.rows = [TeamCaseloadRow(
            f"0190-{n}", entry.name, entry.date_of_birth, coordinator(n, entry.name),
            date.today() + timedelta(days=3 + 5 * n),
            held_here=coordinator(n, entry.name) == "Sam Wijkteam",
            resident_id=entry.id if coordinator(n, entry.name) == "Sam Wijkteam" else None,
            on_the_road_with="Noor Bakker" if n == 1 else "",
            on_the_road_until=now + timedelta(days=2, hours=8) if n == 1 else None,
            coordinator_login={"Sam Wijkteam": "sam", "Noor Bakker": "noor",
                               "Daan de Wit": "daan"}[coordinator(n, entry.name)],
            involved="Noor Bakker" if n % 2 == 0 and coordinator(n, entry.name) != "Noor Bakker"
            else "", involved_logins=("noor",) if n % 2 == 0 else (),
            last_contact=date.today() - timedelta(days=2 + 4 * n),
            coordinator_active=n != 2,  # Daan left the team: the team leader sees it in red
            stand_in_for="Daan de Wit" if n == 3 else "",
            stand_in_until=now + timedelta(days=9) if n == 3 else None)
            for n, entry in enumerate(e for e in entries if e is not None)]
        first = next(r for r in self.rows if "Proefpersoon" in r.display_name)
        self.conflicts_value = [
            Conflict("0190c0de-1", first.resident_id, first.display_name,
                     "domain_assessments", "own_words",
                     "Woont sinds maart bij haar zus; wil graag weer zelfstandig wonen.",
                     "Woont alleen sinds de verhuizing, zus komt dagelijks langs.",
                     "Sam Wijkteam", now - timedelta(hours=1), "Noor Bakker",
                     now - timedelta(hours=3), "Wonen, gesprek van 02-12-2026"),
            Conflict("0190c0de-2", first.resident_id, first.display_name,
                     "domain_assessments", "level", 3, 2, "Sam Wijkteam",
                     now - timedelta(hours=1), "Noor Bakker", now - timedelta(hours=3),
                     "Financiën, gesprek van 02-12-2026"),
        ]

    def __enter__(self) -> _ShownTeam:
        return self

    def __exit__(self, *_args: object) -> None:
        return None

    def status(self) -> object:
        return self.status_value

    def sync(self, progress: object = None, should_stop: object = None) -> object:
        from toegang_desktop.domain.team import SyncReport

        return SyncReport()

    def conflicts(self) -> list[object]:
        return list(self.conflicts_value)

    def team_caseload(self, search: str, limit: int = 200) -> list[object]:
        return [r for r in self.rows if search.lower() in r.display_name.lower()][:limit]


def _render_team(window: object, shot: object, out: Path) -> None:
    """Team mode: joining (the form with the municipality's certificate, and the summary),
    the status bar and the team's caseload, a dossier taken along, and a conflict."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from toegang_desktop.domain.team import SyncProgress
    from toegang_desktop.ui.team.conflicts_dialog import ConflictsDialog
    from toegang_desktop.ui.team.join_dialog import JoinDialog
    from toegang_desktop.ui.team.port import JoinSummary, TeamBackend
    from toegang_desktop.ui.team.wiring import start_team

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gemeente Voorbeeldstad"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Voorbeeldstad Root CA (demo)")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(1)
                   .not_valid_before(datetime.now(UTC) - timedelta(days=30))
                   .not_valid_after(datetime(2031, 3, 31, tzinfo=UTC)).sign(key, hashes.SHA256()))
    team = _ShownTeam(window)
    with tempfile.TemporaryDirectory() as tmp:
        pem = Path(tmp) / "voorbeeldstad-ca.pem"
        pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        join = JoinDialog(lambda *_args: JoinSummary("", 0, 0), parent=window,  # type: ignore[arg-type]
                          device_label="laptop-sam")
        join.show()
        join.host.setText("team.voorbeeldstad.nl")
        join.user.setText("sam.wijkteam")
        join.password.setText("een zin aan de keukentafel")
        join.use_certificate(str(pem))
        shot(join, "team-join")  # type: ignore[operator]
        join._set_working(True)
        join._progress(SyncProgress("push", 5, 12))
        shot(join, "team-join-progress")  # type: ignore[operator]
        join._joined(JoinSummary("Wijkteam Noord (demo)", 12, 418))
        shot(join, "team-join-done")  # type: ignore[operator]
        join.done(0)
    wiring = start_team(window, TeamBackend(lambda: team, lambda *_a: JoinSummary("", 0, 0),  # type: ignore[arg-type, return-value]
                                            lambda: None), lambda: 0)
    window.team = wiring  # type: ignore[attr-defined]
    wiring.worker.stop(5000)  # the first (stand-in) update is done; the status stays
    wiring._show_status(team.status_value)  # type: ignore[arg-type]
    wiring.widget.set_busy(False)
    wiring.show_team_caseload()
    shot(window, "team-caseload")  # type: ignore[operator]
    first = next(r for r in team.rows if "Proefpersoon" in r.display_name)
    window.open_dossier(first.resident_id)  # type: ignore[attr-defined]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last dossier's labels
    assert wiring.bar is not None
    wiring.bar.shown_lease(first.resident_id or 0,  # the professional took it along
                           datetime.now(UTC) + timedelta(days=2), "Sam Wijkteam")
    shot(window, "team-dossier")  # type: ignore[operator]
    conflicts = ConflictsDialog(team.conflicts(), lambda *_a: None, "Sam Wijkteam",  # type: ignore[arg-type]
                                parent=window)  # type: ignore[arg-type]
    conflicts.show()
    QApplication.processEvents()
    shot(conflicts, "team-conflict")  # type: ignore[operator]
    conflicts.done(0)
    _render_team_work(window, wiring, team, shot, out)
    wiring.remove()
    window.team = None  # type: ignore[attr-defined]
    _render_team_status(team.status_value, shot)


def _render_team_work(window: object, wiring: object, team: _ShownTeam, shot: object,
                      out: Path) -> None:
    """Working as a team (issue 17), fictional: the team leader's caseload with the dossier
    without a coordinator in red at the top, a handover proposed and answered, the team
    overview (and its PDF), and a case discussion (and its PDF with initials)."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from toegang_desktop.domain.team import (
        CaseAgreement,
        Colleague,
        HandoverProposal,
        Meeting,
        MeetingCase,
        OverviewRow,
        Participant,
        TeamOverview,
        TeamRole,
        WhoAmI,
    )
    from toegang_desktop.export.team_pdf import write_case_discussion, write_team_overview
    from toegang_desktop.export.whole_file import ProtectedFiles
    from toegang_desktop.ui.team.work_dialogs import HandoverAnswerDialog, HandoverDialog

    work = wiring.work  # type: ignore[attr-defined]
    colleagues = [Colleague("sam", "Sam Wijkteam", TeamRole.TEAM_LEADER),
                  Colleague("noor", "Noor Bakker", TeamRole.PROFESSIONAL),
                  Colleague("lotte", "Lotte Vermeer", TeamRole.PROFESSIONAL)]
    work.me = WhoAmI("sam", "Sam Wijkteam", TeamRole.TEAM_LEADER, "t", "Wijkteam Noord (demo)")
    work.colleagues = colleagues
    work.overview_action.setVisible(True)
    work.attach_page()
    page = wiring.show_team_caseload()  # type: ignore[attr-defined]
    page.refresh()
    page.table.selectRow(3)  # the red row (no coordinator) stays visible at the top
    shot(window, "team-caseload-leader")  # type: ignore[operator]
    first = next(r for r in team.rows if "Proefpersoon" in r.display_name)
    propose = HandoverDialog(first.display_name, colleagues, "sam", parent=window)  # type: ignore[arg-type]
    propose.colleague.setCurrentIndex(propose.colleague.findData("lotte"))
    propose.running.setPlainText("Wmo-aanvraag huishoudelijke hulp loopt (melding 12-11).")
    propose.agreed.setPlainText("Elke maand een huisbezoek; schuldhulp via de Kredietbank.")
    propose.watch.setPlainText("Mantelzorger (zus) raakt overbelast; let op signalen.")
    propose.show()
    shot(propose, "team-handover")  # type: ignore[operator]
    propose.done(0)
    answer = HandoverAnswerDialog(HandoverProposal(
        "h1", first.resident_uuid, first.display_name, "sam", "Sam Wijkteam", "lotte",
        "Lotte Vermeer", propose.running.toPlainText(), propose.agreed.toPlainText(),
        propose.watch.toPlainText(), datetime.now(UTC)), parent=window)  # type: ignore[arg-type]
    answer.show()
    shot(answer, "team-handover-answer")  # type: ignore[operator]
    answer.done(0)
    today = date.today()
    overview = TeamOverview(today, 14, 30, (
        OverviewRow("sam", "Sam Wijkteam", True, 14, 3, 1, 2, 3, 1, 2, 0),
        OverviewRow("noor", "Noor Bakker", True, 22, 6, 0, 3, 5, 2, 0, 1),
        OverviewRow("lotte", "Lotte Vermeer", True, 9, 8, 2, 1, 1, 0, 0, 0),
        OverviewRow("daan", "Daan de Wit", False, 4, 0, 1, 0, 0, 1, 0, 0)), 49, 4, 1, 1, 1)
    shown = work.show_overview()
    shown.show_overview(overview)
    shown.show_list("Coördineert – Sam Wijkteam",
                    [r for r in team.rows if r.coordinator == "Sam Wijkteam"])
    QApplication.processEvents()
    shot(window, "team-overview")  # type: ignore[operator]
    meeting = Meeting("m1", today + timedelta(days=1), "Casuïstiekoverleg Wijkteam Noord", (
        MeetingCase("c1", first.resident_uuid, first.display_name, "J.P.", 1, "sam",
                    "Sam Wijkteam", "S.W.",
                    "Wil zelfstandig blijven wonen; de zus kan het niet meer aan. Hoe "
                    "betrekken we het netwerk zonder de zus te overvragen?",
                    (Participant("sam", "Sam Wijkteam", "S.W."),
                     Participant("noor", "Noor Bakker", "N.B."),
                     Participant("lotte", "Lotte Vermeer", "L.V.")),
                    "Eerst een netwerkberaad met zus en buurman; respijtzorg verkennen.",
                    (CaseAgreement("netwerkberaad plannen", "Sam Wijkteam", today + timedelta(days=14)),
                     CaseAgreement("respijtzorg bij de Wmo-consulent navragen", "Noor Bakker",
                                   today + timedelta(days=7))),
                    datetime.now(UTC)),
        MeetingCase("c2", "r2", "Fatma Yilmaz", "F.Y.", 2, "noor", "Noor Bakker", "N.B.",
                    "Schulden lopen op ondanks budgetbeheer: wie pakt de regie?", (), "", (),
                    None)), 2)
    case_page = work.show_case_discussion()
    case_page.show_meetings([meeting], "m1")
    case_page.show_meeting(meeting, colleagues)
    QApplication.processEvents()
    shot(window, "team-case-discussion")  # type: ignore[operator]
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in (("team-overview-pdf", lambda p: write_team_overview(
                                overview, p, "Wijkteam Noord (demo)", protected=ProtectedFiles())),
                            ("team-case-discussion-pdf", lambda p: write_case_discussion(
                                meeting, p, "Wijkteam Noord (demo)", protected=ProtectedFiles()))):
            pdf = Path(tmp) / f"{name}.pdf"
            write(pdf)
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(pdf),
                            str(out / name)], check=True)
            print("wrote", out / f"{name}-1.png")
    window.show_caseload()  # type: ignore[attr-defined]


def _render_team_status(joined: object, shot: object) -> None:
    """The status bar's team part in each state, one under the other."""
    from dataclasses import replace

    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from toegang_desktop.domain.team import SyncProgress
    from toegang_desktop.ui.team.status_widget import TeamStatusWidget

    sheet = QWidget()
    form = QFormLayout(sheet)
    states = [
        ("Bijgewerkt", replace(joined, open_conflicts=0), None),  # type: ignore[type-var]
        ("Conflicten", joined, None),
        ("Offline", replace(joined, open_conflicts=0, last_error="unreachable",  # type: ignore[type-var]
                            pending_operations=12), None),
        ("Eerste keer", replace(joined, open_conflicts=0), SyncProgress("pull", 840, 2000)),  # type: ignore[type-var]
        ("Ingetrokken", replace(joined, open_conflicts=0, last_error="TG003"), None),  # type: ignore[type-var]
    ]
    for name, status, progress in states:
        widget = TeamStatusWidget()
        widget.show_status(status)  # type: ignore[arg-type]
        if progress is not None:
            widget.set_busy(True)
            widget.show_progress(progress)
        form.addRow(QLabel(name), widget)
    sheet.resize(520, sheet.sizeHint().height())
    sheet.show()
    shot(sheet, "team-status")  # type: ignore[operator]
    sheet.close()


def _render_reports(window: object, out: Path) -> None:
    """Both report variants of the demo conversation, page 1 and 2 as PNG (pdftoppm)."""
    from toegang_desktop.services.report import ReportSettings, ReportVariant

    page = window.conversation  # type: ignore[attr-defined]
    session = window._session  # type: ignore[attr-defined]
    settings = ReportSettings(municipality="Gemeente Voorbeeldstad (demo)",
                              professional="Sam Wijkteam (fictief)",
                              contact="06 12345678 (fictief)", signatures=True)
    with tempfile.TemporaryDirectory() as tmp:
        for variant, name in ((ReportVariant.RESIDENT, "report-resident"),
                              (ReportVariant.FILE, "report-file")):
            pdf = Path(tmp) / f"{name}.pdf"
            session.report.export(page.conversation.id, variant, pdf, settings=settings)
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf),
                            str(out / name)], check=True)
            print("wrote", out / f"{name}-1.png")


def _render_security(shot: object) -> None:
    """The first-start password, the recovery code, and the unlock after a wrong password."""
    from toegang_desktop.paths import AppPaths
    from toegang_desktop.services.vault import Vault
    from toegang_desktop.ui.vault.setup_dialog import SetUpDialog
    from toegang_desktop.ui.vault.unlock_dialog import UnlockDialog

    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(AppPaths.in_folder(Path(tmp)))
        setup = SetUpDialog(vault, existing_store=False)
        setup.show()
        shot(setup, "security-setup")  # type: ignore[operator]
        setup.passphrase.setText("een zin aan de keukentafel")
        setup.repeated.setText("een zin aan de keukentafel")
        setup.choose_password()
        shot(setup, "security-recovery-code")  # type: ignore[operator]
        setup.written_down.setChecked(True)
        setup.accept()
        unlock = UnlockDialog(vault, locked=True)
        unlock.show()
        unlock.passphrase.setText("verkeerd")
        unlock.unlock()
        shot(unlock, "security-unlock")  # type: ignore[operator]
        unlock.done(0)


def _render_learning(window: object, shot: object, out: Path) -> None:
    """The learning loop window, the period report dialog, and the report's PDF pages 1-2."""
    from toegang_desktop.domain.period_report import last_full_quarter
    from toegang_desktop.ui.learning.learning_page import LearningDialog
    from toegang_desktop.ui.reports.period_report_dialog import PeriodReportDialog

    session = window._session  # type: ignore[attr-defined]
    dialog = LearningDialog(session, "Gemeente Voorbeeldstad (demo)", parent=window)  # type: ignore[arg-type]
    dialog.show()
    dialog.bottleneck_table.selectRow(0)
    shot(dialog, "learning")  # type: ignore[operator]
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "learning-signals")  # type: ignore[operator]
    dialog.done(0)
    report = PeriodReportDialog(session.period_report, "Gemeente Voorbeeldstad (demo)",
                                parent=window)  # type: ignore[arg-type]
    report.show()
    shot(report, "period-report-dialog")  # type: ignore[operator]
    report.done(0)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "period-report.pdf"
        aggregate = session.period_report.aggregate(last_full_quarter(date.today()))
        session.period_report.write_pdf(aggregate, pdf, "Gemeente Voorbeeldstad (demo)")
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf),
                        str(out / "period-report")], check=True)
        print("wrote", out / "period-report-1.png")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if "--child-scaled" in sys.argv:
        render(OUT, suffix="-150", only_conversation=True)
        return 0
    render(OUT)
    if "--scale" in sys.argv:
        env = dict(os.environ, QT_SCALE_FACTOR=sys.argv[sys.argv.index("--scale") + 1])
        subprocess.run([sys.executable, __file__, "--child-scaled"], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
