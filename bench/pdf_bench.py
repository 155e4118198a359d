"""The PDF conversation report: write_report for a full conversation (17 domains filled,
20 agreements), median of 5, against a one-paragraph reportlab document in the same run.

Run: .venv/bin/python -m bench.pdf_bench
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.conversation import (
    ClientSupport,
    Conversation,
    DomainAssessment,
    Duration,
    Participant,
    ParticipantRole,
    Place,
)
from toegang_desktop.domain.investigation import Topic, TopicRecord, TopicState
from toegang_desktop.domain.plan import Agreement, Connection, Owner, Partner, Route
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.export.pdf_report import ReportContext, Variant, write_report
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import default_checklist_path

RUNS = 5
LIMIT_S = 0.3  # issue 8: under 300 ms
KEYS = ["finances", "work_education", "daytime_activity", "housing", "household_relations", "parenting",
        "mental_health", "physical_health", "substance_use", "self_care", "practical_matters",
        "social_network", "participation", "justice", "safety", "informal_care", "meaning"]
TEXT = ("Het gaat wisselend. Sommige weken lukt het goed, andere weken is het te veel en blijft de post "
        "liggen. De buurvrouw helpt soms mee. ")


def _conversation(held_on: date, shift: int) -> Conversation:
    assessments = [
        DomainAssessment(key, key.replace("_", " ").capitalize(), position, discussed=True,
                         level=1 + (position + shift) % 5, own_words=TEXT * 2, strengths=TEXT,
                         wishes=TEXT, help_self=True, help_network=position % 2 == 0,
                         duration=Duration.LONG_TERM, notes=TEXT * 3)
        for position, key in enumerate(KEYS)]
    return Conversation(1, held_on, Place.HOME, "standaard", "2026.1", melding_date=date(2026, 2, 1),
                        question=TEXT, assessments=assessments, client_support=ClientSupport.ACCEPTED,
                        client_support_date=date(2026, 2, 10),
                        participants=[Participant(ParticipantRole.RESIDENT, "Şükrü")])


def full_context() -> ReportContext:
    resident = Resident("Şükrü", "Yılmaz", date(1980, 5, 1), household=[
        HouseholdMember("Zoë", "Nowak", HouseholdRole.CHILD, date_of_birth=date(2014, 1, 1)),
        HouseholdMember("محمد", "Łukasz", HouseholdRole.OTHER_ADULT)])
    agreements = [Agreement(f"Afspraak {i}: {TEXT}", Owner.PARTNER if i % 3 == 0 else Owner.TEAM,
                            partner_id=1 if i % 3 == 0 else None,
                            due_date=date(2026, 3, 1) + timedelta(days=i), position=i,
                            domain_keys=KEYS[i % 17:i % 17 + 2]) for i in range(20)]
    return ReportContext(
        resident=resident, conversation=_conversation(date(2026, 2, 20), 0),
        previous=_conversation(date(2025, 8, 1), 2), signals=[],
        route=Route(connections={Connection.WMO, Connection.GP}, evaluation_date=date(2026, 5, 1)),
        agreements=agreements, partners={1: Partner("Schuldhulp Voorbeeldstad", id=1)},
        topics={t: TopicRecord(TopicState.COVERED, note=TEXT) for t in Topic}, safety=None,
        include_restricted=False, municipality="Gemeente Voorbeeldstad", logo=None,
        professional="Anna de Boer", contact="06 12345678", signatures=True, generated_on=date(2026, 3, 1),
        level_names=load_checklist(default_checklist_path()).level_names)


def _floor(path: Path) -> None:
    doc = SimpleDocTemplate(str(path))
    doc.build([Paragraph(TEXT, getSampleStyleSheet()["Normal"])])


def _median(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure() -> list[str]:
    """The figures as lines of text: the floor, then each variant with its ratio to it."""
    context = full_context()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)
        nothing = ProtectedFiles()  # a temporary folder: none of the app's own files
        write_report(context, Variant.FILE, target / "warm.pdf", protected=nothing)  # fonts, modules
        _floor(target / "warm-floor.pdf")
        floor = _median(lambda: _floor(target / "floor.pdf"))
        results = {}
        for variant in Variant:
            path = target / f"{variant}.pdf"
            seconds = _median(lambda v=variant, p=path: write_report(context, v, p, protected=nothing))  # type: ignore[misc]
            results[variant] = (seconds, write_report(context, variant, path, protected=nothing))
    lines = [f"one-paragraph reportlab document (floor): {floor * 1000:7.1f} ms"]
    for variant, (seconds, pages) in results.items():
        status = "ok" if seconds < LIMIT_S else "OVER TARGET"
        lines.append(f"write_report {variant.value:8} ({pages:2} pages): {seconds * 1000:7.1f} ms"
                     f"  ratio {seconds / floor:5.1f}x floor  target < {LIMIT_S:g} s: {status}")
    return lines


def main() -> None:
    print("\n".join(measure()))


if __name__ == "__main__":
    main()
