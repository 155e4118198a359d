"""services/team_work.py over the real server: the screens' calls, errors as the services'
own (TeamRefused with the server's code, TeamUnreachable), refusals made before asking the
server, and the overview's PDF from a real overview."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from toegang_desktop.domain.team import CaseAgreement, ServerAddress
from toegang_desktop.services.errors import TeamRefused, TeamUnreachable
from toegang_desktop.services.team_work import TeamWork, connect_with

from .conftest import Team
from .helpers import new_dossier


def work(team: Team, who: str) -> TeamWork:
    member = team.members[who]
    return TeamWork(connect_with(team.server.address, member.login, member.password))


def test_a_reason_is_asked_before_the_server_is() -> None:
    made: list[Any] = []

    def connect() -> Any:
        made.append(1)
        raise AssertionError("no server call without a reason")

    service = TeamWork(connect)
    for call in (lambda: service.break_glass("x", " nu "), lambda: service.involve("x", "b", ""),
                 lambda: service.decline_handover("x", ""),
                 lambda: service.stand_in(["x"], "b", " ", date.today()),
                 lambda: service.propose_handover("x", "b", "", " ", "")):
        with pytest.raises(TeamRefused) as refused:
            call()
        assert refused.value.code == "TG007"
    assert made == []


def test_the_services_calls_and_errors(team: Team, tmp_path: Path) -> None:
    resident, _ = new_dossier(team.connect("a"), team.members["a"].device, "Dienst Proef")
    with work(team, "a") as a, work(team, "b") as b, work(team, "lead") as lead:
        names = {c.display_name for c in a.colleagues()}
        assert f"B {team.members['b'].login[1:]}" in names
        with pytest.raises(TeamRefused) as refused:
            b.involve(resident, team.members["b"].login, "zelf")
        assert refused.value.code == "TG002"
        handover = a.propose_handover(resident, team.members["b"].login, "loopt", "", "let op")
        assert [h.handover_id for h in b.handovers()] == [handover]
        b.accept_handover(handover)
        assert b.caseload("dienst")[0].coordinator_login == team.members["b"].login
        meeting = lead.new_meeting(date.today(), "Overleg")
        case = b.bring_case(meeting, resident, "Wat is de volgende stap?")
        with pytest.raises(TeamRefused) as refused:  # a question is a few lines
            b.bring_case(meeting, resident, "x" * 601)
        assert refused.value.code == "TG011"
        added = b.record_case(case, [team.members["b"].login], "Netwerk erbij halen",
                              [CaseAgreement("netwerkberaad", "b", date.today() + timedelta(days=7)),
                               CaseAgreement("  ")])
        assert len(added) == 1
        overview = lead.overview()
        pages = lead.export_overview(overview, tmp_path / "overzicht.pdf", "Wijkteam")
        assert pages == 1
        text = " ".join((PdfReader(tmp_path / "overzicht.pdf").pages[0].extract_text() or "").split())
        assert "1 dossiers in het team" in text and "Dienst" not in text


def test_an_unreachable_server_is_teamunreachable(team: Team) -> None:
    member = team.members["a"]
    closed = ServerAddress("127.0.0.1", 1, "toegang", tls_mode="disable")
    with TeamWork(connect_with(closed, member.login, member.password)) as service, \
            pytest.raises(TeamUnreachable):
        service.overview()
