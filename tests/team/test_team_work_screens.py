"""The team-work screens with real widgets over one real server: the dialogs ask what they
must (a purpose, a note, a reason, a future end date), a handover proposed in one dialog is
accepted in another and moves coordination, the glass is broken only with a reason, the
overview's counts open their lists and make a PDF, and a case discussion's agreement goes
into the dossier's records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from toegang_desktop.domain.team import Colleague, TeamCaseloadRow, TeamRole
from toegang_desktop.services.team_work import TeamWork, connect_with
from toegang_desktop.ui.team.case_discussion_page import CaseDiscussionPage
from toegang_desktop.ui.team.overview_page import TeamOverviewPage
from toegang_desktop.ui.team.work_dialogs import (
    BreakGlassDialog,
    HandoverAnswerDialog,
    HandoverDialog,
    InvolveDialog,
    StandInDialog,
)

from .conftest import Team
from .helpers import new_dossier
from .test_team_work import pull_all

COLLEAGUES = [Colleague("anna", "Anna de Wit", TeamRole.PROFESSIONAL),
              Colleague("piet", "Piet Jansen", TeamRole.PROFESSIONAL)]


def work(team: Team, who: str) -> TeamWork:
    member = team.members[who]
    return TeamWork(connect_with(team.server.address, member.login, member.password))


def test_the_dialogs_ask_what_they_must(qtbot: QtBot) -> None:
    involve = InvolveDialog("Jan Test", COLLEAGUES, exclude=("anna",))
    qtbot.addWidget(involve)
    assert [involve.colleague.itemText(i) for i in range(involve.colleague.count())] == ["Piet Jansen"]
    assert not involve.ok.isEnabled()
    involve.purpose.setText("Schulden")
    involve.until.setText("01-01-2020")  # in the past
    assert not involve.ok.isEnabled()
    involve.until.setText("")
    assert involve.ok.isEnabled() and involve.value().login == "piet"

    glass = BreakGlassDialog("Jan Test", "Anna de Wit")
    qtbot.addWidget(glass)
    glass.reason.setPlainText("nu")
    assert not glass.ok.isEnabled()  # no reason, no access
    glass.reason.setPlainText("Bewoner belt in crisis")
    assert glass.ok.isEnabled()

    row = TeamCaseloadRow("r1", "Jan Test", None, "Anna de Wit", None)
    stand_in = StandInDialog([row], COLLEAGUES)
    qtbot.addWidget(stand_in)
    stand_in.reason.setText("Ziek")
    stand_in.until.setText(date.today().strftime("%d-%m-%Y"))  # today: not in the future
    assert not stand_in.ok.isEnabled()
    stand_in.until.setText((date.today() + timedelta(days=7)).strftime("%d-%m-%Y"))
    assert stand_in.ok.isEnabled() and stand_in.value().residents == ("r1",)
    stand_in.dossiers.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not stand_in.ok.isEnabled()


def test_a_handover_proposed_in_one_dialog_is_accepted_in_another(qtbot: QtBot, team: Team) -> None:
    resident, _ = new_dossier(team.connect("a"), team.members["a"].device, "Overdracht Scherm")
    with work(team, "a") as a, work(team, "b") as b:
        colleagues = a.colleagues()
        propose = HandoverDialog("Overdracht Scherm", colleagues, team.members["a"].login)
        qtbot.addWidget(propose)
        assert not propose.ok.isEnabled()  # a note is required
        index = propose.colleague.findData(team.members["b"].login)
        propose.colleague.setCurrentIndex(index)
        propose.running.setPlainText("Wmo-aanvraag loopt")
        propose.watch.setPlainText("Schulden")
        qtbot.mouseClick(propose.ok, Qt.MouseButton.LeftButton)
        note = propose.value()
        a.propose_handover(resident, note.to_login, note.running, note.agreed, note.watch)
        (proposal,) = b.handovers()
        answer = HandoverAnswerDialog(proposal)
        qtbot.addWidget(answer)
        assert not answer.decline_button.isEnabled()  # declining needs a reason
        qtbot.mouseClick(answer.accept_button, Qt.MouseButton.LeftButton)
        assert answer.accepted_handover is True
        b.accept_handover(proposal.handover_id)
        assert b.caseload("overdracht")[0].coordinator_login == team.members["b"].login
        assert [e.kind for e in b.history(resident)] == ["handover_accepted"]


def test_the_overview_page_counts_and_opens_lists(qtbot: QtBot, team: Team, tmp_path: Path) -> None:
    new_dossier(team.connect("a"), team.members["a"].device, "Teller Een")
    new_dossier(team.connect("a"), team.members["a"].device, "Teller Twee")
    with work(team, "lead") as lead:
        page = TeamOverviewPage()
        qtbot.addWidget(page)
        page.show_overview(lead.overview())
        assert [r.coordinated for r in page.chart.rows if r.login == team.members["a"].login] == [2]
        requests: list[tuple[str, str]] = []
        page.list_requested.connect(lambda kind, login: requests.append((kind, login)))
        login_a = team.members["a"].login
        row = next(i for i in range(page.table.rowCount())
                   if (item := page.table.item(i, 0)) is not None
                   and item.data(Qt.ItemDataRole.UserRole) == login_a)
        page.table.cellClicked.emit(row, 1)  # "Coordinates"
        assert requests == [("coordinated", team.members["a"].login)]
        page.show_list("Coördineert", lead.overview_list(*requests[0]))
        assert page.list.rowCount() == 2 and page.list.item(0, 0).text() == "Teller Een"
        assert lead.export_overview(page.overview, tmp_path / "overzicht.pdf", "Team") == 1


def test_a_case_discussion_recorded_on_the_page_lands_in_the_dossier(qtbot: QtBot, team: Team) -> None:
    resident, conversation = new_dossier(team.connect("a"), team.members["a"].device, "Casus Scherm")
    _, _, high, change = pull_all(team.connect("a"), team.members["a"].device)
    with work(team, "a") as a:
        meeting_id = a.new_meeting(date.today(), "Overleg")
        a.bring_case(meeting_id, resident, "Hoe verder met de schulden?")
        page = CaseDiscussionPage()
        qtbot.addWidget(page)
        page.show_meetings(a.meetings(), meeting_id)
        page.show_meeting(a.meeting(meeting_id), a.colleagues())
        assert page.question.text() == "Hoe verder met de schulden?"
        for i in range(page.participants.count()):
            page.participants.item(i).setCheckState(Qt.CheckState.Checked)
        page.advice.setPlainText("Netwerkberaad")
        page.add_agreement_row()
        page.agreements.item(0, 0).setText("Anna")
        page.agreements.item(0, 1).setText("netwerkberaad plannen")
        page.agreements.item(0, 2).setText((date.today() + timedelta(days=7)).strftime("%d-%m-%Y"))
        recorded: list[tuple[str, list[str], str, list[object]]] = []
        page.record_requested.connect(lambda *args: recorded.append(args))
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
        ((case_id, participants, advice, agreements),) = recorded
        a.record_case(case_id, participants, advice, agreements)  # type: ignore[arg-type]
        page.show_meeting(a.meeting(meeting_id), a.colleagues())
        assert page.agreements.rowCount() == 1 and page.new_agreements() == []  # saved: not again
    records, _, _, _ = pull_all(team.connect("a"), team.members["a"].device, high, change)
    (agreement,) = [r for r in records if r.table == "agreements"]
    assert agreement.data["what"] == "Anna: netwerkberaad plannen"
    assert agreement.data["conversation_id"] == conversation
