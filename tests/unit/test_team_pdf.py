"""The team's papers: the overview (counts, a chart, no resident) and the case discussion
(initials instead of names), read back from the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from toegang_desktop.domain.team import (
    CaseAgreement,
    Meeting,
    MeetingCase,
    OverviewRow,
    Participant,
    TeamOverview,
    initials_of,
)
from toegang_desktop.export.team_pdf import write_case_discussion, write_team_overview
from toegang_desktop.export.whole_file import ProtectedFiles


def text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def overview() -> TeamOverview:
    people = (OverviewRow("anna", "Anna de Wit", True, 12, 3, 1, 2, 4, 1, 0, 0),
              OverviewRow("piet", "Piet Jansen", True, 7, 5, 0, 0, 0, 0, 2, 1),
              OverviewRow("kees", "Kees Vertrokken", False, 2, 0, 0, 0, 0, 0, 0, 0))
    return TeamOverview(date(2026, 12, 7), 14, 30, people, 21, 2, 1, 1, 0)


def test_the_overview_pdf_has_the_counts_and_the_chart(tmp_path: Path) -> None:
    path = tmp_path / "overzicht.pdf"
    assert write_team_overview(overview(), path, "Wijkteam Oost", protected=ProtectedFiles()) == 1
    text = text_of(path)
    assert "Teamoverzicht" in text and "Stand van 07-12-2026" in text
    assert "21 dossiers in het team; 2 zonder regisseur" in text
    assert "Anna de Wit" in text and "Kees Vertrokken (uit het team)" in text
    assert "12 + 3" in text and "7 + 5" in text  # the chart's bar labels
    assert "Alleen aantallen" in text


def test_the_case_discussion_pdf_names_nobody_in_full(tmp_path: Path) -> None:
    case = MeetingCase(
        "c1", "r1", "Maria van den Berg", "M.B.", 1, "anna", "Anna de Wit", "A.W.",
        "Hoe betrekken we het netwerk bij de schulden?",
        (Participant("anna", "Anna de Wit", "A.W."), Participant("piet", "Piet Jansen", "P.J.")),
        "Eerst een netwerkberaad plannen.",
        (CaseAgreement("netwerkberaad plannen", "Piet Jansen", date(2026, 12, 21)),),
        datetime(2026, 12, 7, 10, tzinfo=UTC))
    waiting = MeetingCase("c2", "r2", "Jan Smit", "J.S.", 2, "piet", "Piet Jansen", "P.J.",
                          "Wat doen we met de woning?", (), "", (), None)
    meeting = Meeting("m1", date(2026, 12, 7), "Overleg Oost", (case, waiting), 2)
    path = tmp_path / "casus.pdf"
    write_case_discussion(meeting, path, "Wijkteam Oost", protected=ProtectedFiles())
    text = text_of(path)
    assert "Inwoner M.B. (ingebracht door A.W.)" in text
    assert "A.W., P.J." in text and "netwerkberaad plannen" in text and "P.J." in text
    assert "Nog niet besproken" in text
    for name in ("Maria", "Berg", "Anna", "Piet", "Jansen", "Smit"):
        assert name not in text, name


def test_initials_skip_name_particles() -> None:
    assert initials_of("Maria van den Berg") == "M.B."
    assert initials_of("  ") == "" and initials_of("piet 't Hart") == "P.H."
