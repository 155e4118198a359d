"""Working as a team in the main window (issue 17): the Team menu's *Overdrachten…*,
*Casuïstiekoverleg*, *Teamoverzicht* and *Teamgeschiedenis van dit dossier…*, and the team
caseload's actions (involve, propose a handover, break the glass, stand in). Every server call
runs on the team worker (ui/team/sync_worker.py), after what is running, with its own
connection (services/team_work.py); what changes a laptop's dossiers (a handover accepted, the
glass broken, an agreement of a case discussion) is followed by a sync, so it arrives at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from ... import APP_NAME
from ...domain.team import (
    CaseAgreement,
    Colleague,
    HandoverProposal,
    Meeting,
    TeamCaseloadRow,
    TeamHistoryEvent,
    TeamOverview,
    TeamRole,
    WhoAmI,
)
from ...services.report import CONTACT_KEY
from ..common.formatting import format_date
from .case_discussion_page import CaseDiscussionPage, default_meeting_day
from .history_dialog import TeamHistoryDialog
from .overview_page import TeamOverviewPage
from .work_dialogs import (
    BreakGlassDialog,
    HandoverAnswerDialog,
    HandoverDialog,
    InvolveDialog,
    StandInDialog,
)

if TYPE_CHECKING:
    from ...services.team_work import TeamWork
    from ..shell.main_window import MainWindow
    from .port import TeamPort
    from .wiring import TeamWiring

T = TypeVar("T")


def with_work(call: Callable[[TeamWork], T]) -> Callable[[TeamPort], T]:
    """A worker job: `call` with a TeamWork of this laptop's login, closed after."""

    def job(team: TeamPort) -> T:
        with team.team_work() as work:
            return call(work)

    return job


class TeamWorkWiring(QObject):
    def __init__(self, window: MainWindow, wiring: TeamWiring) -> None:
        super().__init__(window)
        self._window = window
        self._wiring = wiring
        self.me: WhoAmI | None = None
        self.colleagues: list[Colleague] = []
        self.overview_page: TeamOverviewPage | None = None
        self.meeting_page: CaseDiscussionPage | None = None
        menu = wiring.menu
        menu.addSeparator()
        self.handovers_action = self._add(self.tr("&Handovers…"), self.open_handovers)
        self.meeting_action = self._add(self.tr("Case &discussion"), self.show_case_discussion)
        self.overview_action = self._add(self.tr("Team &overview"), self.show_overview)
        self.overview_action.setVisible(False)  # the team leader's, once whoami said so
        self.history_action = self._add(self.tr("Team &history of this dossier…"),
                                        self.show_history)
        wiring.worker.synced.connect(lambda _report: self._check_handovers())
        # Offline at start: the actions wait for the next successful update to know the role.
        self._ask_who()
        wiring.worker.synced.connect(lambda _report: self.me is None and self._ask_who())

    def _ask_who(self) -> bool:
        self.run(lambda w: (w.whoami(), w.colleagues()), self._know_me, lambda _code: None)
        return True

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        return self._wiring.add_action(text, None, slot)

    def run(self, call: Callable[[TeamWork], T], done: Callable[[T], object],
            failed: Callable[[str], object] | None = None) -> None:
        self._wiring.worker.run(with_work(call), done, failed or self._wiring.tell)

    @property
    def leader(self) -> bool:
        return self.me is not None and self.me.role is TeamRole.TEAM_LEADER

    def _know_me(self, found: tuple[WhoAmI, list[Colleague]]) -> None:
        self.me, self.colleagues = found
        # How residents reach this professional (Settings → Report): the resident's report
        # printed on a colleague's laptop names it too.
        contact = str(self._window.settings.value(CONTACT_KEY, "") or "").strip()
        if contact:
            self.run(lambda w: w.set_contact(contact), lambda _none: None, lambda _code: None)
        self.overview_action.setVisible(self.leader)
        self.attach_page()
        self._check_handovers()

    def attach_page(self) -> None:
        """The team caseload page's actions (made by the team wiring when first shown)."""
        page = self._wiring.page
        if page is None or self.me is None or getattr(page, "_work_attached", False):
            if page is not None and self.me is not None:
                page.set_login(self.me.login, self.leader)
            return
        page._work_attached = True  # type: ignore[attr-defined]
        page.set_login(self.me.login, self.leader)
        page.involve_requested.connect(self.involve)
        page.handover_requested.connect(self.propose_handover)
        page.glass_requested.connect(self.break_glass)
        page.stand_in_requested.connect(self.stand_in)

    def _done(self, message: str, sync: bool = True) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self._window.statusBar().showMessage(message, 15000)
            if sync:
                self._wiring.sync_now()

        return done

    # -- involve, hand over, glass, stand in -------------------------------------------------

    def involve(self, row: TeamCaseloadRow) -> None:
        exclude = (row.coordinator_login, *row.involved_logins)
        dialog = InvolveDialog(row.display_name, self.colleagues, exclude, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.value()
        self.run(lambda w: w.involve(row.resident_uuid, chosen.login, chosen.purpose, chosen.until),
                 self._done(self.tr("The colleague is involved; their laptop gets the dossier "
                                    "at its next update.")))

    def propose_handover(self, row: TeamCaseloadRow) -> None:
        me = self.me.login if self.me else ""
        dialog = HandoverDialog(row.display_name, self.colleagues, me, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note = dialog.value()
        self.run(lambda w: w.propose_handover(row.resident_uuid, note.to_login, note.running,
                                              note.agreed, note.watch),
                 self._done(self.tr("The handover is proposed. You stay the coordinator until "
                                    "your colleague accepts."), sync=False))

    def break_glass(self, row: TeamCaseloadRow) -> None:
        dialog = BreakGlassDialog(row.display_name, row.coordinator, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.value()
        self.run(lambda w: w.break_glass(row.resident_uuid, reason),
                 self._done(self.tr("You may read the dossier until the end of the day; it "
                                    "arrives with this update. It is logged with your reason.")))

    def stand_in(self, rows: list[TeamCaseloadRow]) -> None:
        if not rows:
            return
        dialog = StandInDialog(rows, self.colleagues, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.value()
        self.run(lambda w: w.stand_in(chosen.residents, chosen.to_login, chosen.reason,
                                      chosen.until),
                 self._done(self.tr("The dossiers are reassigned until %1; then coordination "
                                    "returns by itself.").replace("%1", format_date(chosen.until))))

    # -- handovers to me ---------------------------------------------------------------------

    def _check_handovers(self) -> None:
        if self.me is None:
            return
        login = self.me.login

        def shown(found: list[HandoverProposal]) -> None:
            waiting = [h for h in found if h.to_login == login]
            self.handovers_action.setText(
                self.tr("&Handovers (%1)…").replace("%1", str(len(waiting))) if waiting
                else self.tr("&Handovers…"))
            if waiting:
                self._window.statusBar().showMessage(self.tr(
                    "A colleague proposes a handover to you: Team → Handovers…"), 15000)

        self.run(lambda w: w.handovers(), shown, lambda _code: None)

    def open_handovers(self) -> None:
        self.run(lambda w: w.handovers(), self._answer_handovers)

    def _answer_handovers(self, found: list[HandoverProposal]) -> None:
        login = self.me.login if self.me else ""
        waiting = [h for h in found if h.to_login == login]
        if not waiting:
            mine = [h for h in found if h.from_login == login]
            QMessageBox.information(self._window, APP_NAME, self.tr(
                "No handover waits for your answer.") + ("\n" + self.tr(
                    "You proposed %n handover(s) that wait for a colleague's answer.", "",
                    len(mine)) if mine else ""))
            return
        for proposal in waiting:
            dialog = HandoverAnswerDialog(proposal, self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.accepted_handover is None:
                continue
            self._answer(proposal.handover_id, dialog.accepted_handover, dialog.reason.text())

    def _answer(self, handover_id: str, accept: bool, reason: str) -> None:
        if accept:
            self.run(lambda w: w.accept_handover(handover_id),
                     self._done(self.tr("You are the coordinator now; the dossier arrives with "
                                        "this update.")))
        else:
            self.run(lambda w: w.decline_handover(handover_id, reason),
                     self._done(self.tr("The handover is declined."), sync=False))

    # -- the team overview -------------------------------------------------------------------

    def show_overview(self) -> TeamOverviewPage:
        window = self._window
        if self.overview_page is None:
            self.overview_page = TeamOverviewPage()
            self.overview_page.refresh_requested.connect(self.refresh_overview)
            self.overview_page.list_requested.connect(self._overview_list)
            self.overview_page.export_requested.connect(self._export_overview)
            window.stack.addWidget(self.overview_page)
        if window._leave_conversation():
            window.stack.setCurrentWidget(self.overview_page)
            self.refresh_overview()
        return self.overview_page

    def refresh_overview(self) -> None:
        page = self.overview_page
        if page is not None:
            self.run(lambda w: w.overview(), page.show_overview)

    def _overview_list(self, kind: str, login: str) -> None:
        page = self.overview_page
        if page is None:
            return
        header = dict(page.columns).get(kind, self.tr("Without a coordinator"))
        who = next((c.display_name for c in self.colleagues if c.login == login), "")
        title = f"{header} – {who}" if who else header
        self.run(lambda w: w.overview_list(kind, login or None),
                 lambda rows: page.show_list(title, rows))

    def _export_overview(self) -> None:
        page = self.overview_page
        if page is None or page.overview is None:
            return
        overview: TeamOverview = page.overview
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Team overview as PDF"),
            str(Path.home() / f"teamoverzicht-{overview.today.isoformat()}.pdf"), "PDF (*.pdf)")
        if name:
            team = self._wiring.status.team_name
            self.run(lambda w: w.export_overview(overview, Path(name), team),
                     self._done(self.tr("The PDF is saved."), sync=False))

    # -- the case discussion -------------------------------------------------------------------

    def show_case_discussion(self) -> CaseDiscussionPage:
        window = self._window
        if self.meeting_page is None:
            page = self.meeting_page = CaseDiscussionPage()
            page.meeting_chosen.connect(self.open_meeting)
            page.new_meeting_requested.connect(self.new_meeting)
            page.bring_requested.connect(self.bring_case)
            page.record_requested.connect(self.record_case)
            page.export_requested.connect(self.export_meeting)
            window.stack.addWidget(page)
        if window._leave_conversation():
            window.stack.setCurrentWidget(self.meeting_page)
            self.refresh_meetings()
        return self.meeting_page

    def refresh_meetings(self, current: str | None = None) -> None:
        page = self.meeting_page
        if page is None:
            return

        def shown(meetings: list[Meeting]) -> None:
            page.show_meetings(meetings, current)
            chosen = current or (meetings[-1].meeting_id if meetings else None)
            if chosen:
                self.open_meeting(chosen)

        self.run(lambda w: w.meetings(None), shown)

    def open_meeting(self, meeting_id: str) -> None:
        page = self.meeting_page
        if page is not None:
            self.run(lambda w: w.meeting(meeting_id),
                     lambda meeting: page.show_meeting(meeting, self.colleagues))

    def new_meeting(self) -> None:
        day = default_meeting_day(date.today())
        title, ok = QInputDialog.getText(self._window, self.tr("New meeting"), self.tr(
            "Title of the case discussion on %1:").replace("%1", format_date(day)),
            text=self.tr("Case discussion"))
        if ok:
            self.run(lambda w: w.new_meeting(day, title), self.refresh_meetings)

    def bring_case(self, meeting_id: str) -> None:
        rows = [r for r in self._wiring.team_rows("")
                if self.me is not None and r.coordinator_login == self.me.login]
        if not rows:
            QMessageBox.information(self._window, APP_NAME, self.tr(
                "You coordinate no dossier to bring to the case discussion."))
            return
        names = [f"{r.display_name} ({format_date(r.date_of_birth)})" for r in rows]
        chosen, ok = QInputDialog.getItem(self._window, self.tr("Bring a dossier"),
                                          self.tr("Which dossier?"), names, 0, False)
        if not ok:
            return
        row = rows[names.index(chosen)]
        question, ok = QInputDialog.getMultiLineText(
            self._window, self.tr("Question for the team"), self.tr(
                "The question for the team, in a few lines, without more personal data than "
                "needed:"))
        if ok and question.strip():
            self.run(lambda w: w.bring_case(meeting_id, row.resident_uuid, question),
                     lambda _case: self.open_meeting(meeting_id))

    def record_case(self, case_id: str, participants: list[str], advice: str,
                    agreements: list[CaseAgreement]) -> None:
        page = self.meeting_page
        meeting_id = page.meeting.meeting_id if page is not None and page.meeting else ""

        def done(_added: object) -> None:
            self._window.statusBar().showMessage(self.tr(
                "The outcome is saved; the agreements go into the dossier's plan."), 15000)
            self.open_meeting(meeting_id)
            self._wiring.sync_now()

        self.run(lambda w: w.record_case(case_id, participants, advice, agreements), done)

    def export_meeting(self, meeting_id: str) -> None:
        page = self.meeting_page
        if page is None or page.meeting is None:
            return
        meeting = page.meeting
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Case discussion as PDF"),
            str(Path.home() / f"casuistiekoverleg-{meeting.held_on.isoformat()}.pdf"),
            "PDF (*.pdf)")
        if name:
            team = self._wiring.status.team_name
            self.run(lambda w: w.export_meeting(meeting, Path(name), team),
                     self._done(self.tr("The PDF is saved (initials instead of names)."),
                                sync=False))

    # -- the dossier's team history ------------------------------------------------------------

    def show_history(self) -> None:
        resident = self._window.shown_resident
        if resident is None or resident.id is None:
            QMessageBox.information(self._window, APP_NAME, self.tr("Open a dossier first."))
            return
        resident_id = resident.id

        def job(team: TeamPort) -> list[TeamHistoryEvent]:
            uuid = team.uuid_of(resident_id)
            with team.team_work() as work:
                return work.history(uuid)

        self._wiring.worker.run(job, lambda events: TeamHistoryDialog(
            resident.name, events, self._window).exec(), self._wiring.tell)
