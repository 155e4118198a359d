"""The PDF conversation report: both variants, what each must and must not contain, names in
every script, long text across pages, page numbers, metadata and an all-or-nothing write."""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.conversation import (
    ClientSupport,
    Conversation,
    Decision,
    DomainAssessment,
    Duration,
    Participant,
    ParticipantRole,
    Place,
    Recognition,
    SignalDecision,
)
from toegang_desktop.domain.investigation import Topic, TopicRecord, TopicState
from toegang_desktop.domain.plan import Agreement, Connection, Owner, Partner, Route
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.rules import Evidence, RuleKind, Signal
from toegang_desktop.domain.safety import SafetyDecision, SafetyRecord, SafetyStep, StepState
from toegang_desktop.export.pdf_report import Variant, write_report
from toegang_desktop.export.report_context import ReportContext
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import default_checklist_path

from ..children import run_child

TODAY = date(2026, 3, 20)
NOTE = "AANTEKENING-PROF: twijfel over de administratie"
SIGNAL_TITLE = "SIGNAAL-LEVENSBREED zorgen op drie leefgebieden"
SAFETY_NOTE = "MELDCODE-NOTITIE zorgen thuis"
DOMAINS = [("finances", "Financiën", 2), ("housing", "Wonen", 4),
           ("mental_health", "Geestelijke gezondheid", 1), ("social_network", "Sociaal netwerk", 3),
           ("meaning", "Zingeving", None)]


def _assessments(levels_shift: int = 0) -> list[DomainAssessment]:
    found = []
    for position, (key, label, level) in enumerate(DOMAINS):
        if level is None:
            found.append(DomainAssessment(key, label, position, discussed=False,
                                          not_discussed_reason="geen tijd"))
            continue
        found.append(DomainAssessment(
            key, label, position, discussed=True, level=max(1, min(5, level + levels_shift)),
            own_words=f"Eigen woorden over {label.lower()}", strengths=f"Sterk in {label.lower()}",
            wishes=f"Wens bij {label.lower()}", help_network=True, duration=Duration.LONG_TERM,
            notes=NOTE))
    return found


def make_context(**changes: object) -> ReportContext:
    resident = Resident("Şükrü", "Yılmaz", date(1980, 5, 1), household=[
        HouseholdMember("Łukasz", "Nowak", HouseholdRole.PARTNER),
        HouseholdMember("Zoë", "Jansen", HouseholdRole.CHILD, date_of_birth=date(2015, 2, 3)),
        HouseholdMember("محمد", "Yılmaz", HouseholdRole.OTHER_ADULT)])
    conversation = Conversation(
        resident_id=1, held_on=date(2026, 3, 10), place=Place.HOME, checklist_id="standaard",
        checklist_version="2026.1", melding_date=date(2026, 2, 20),
        question="Ik wil hulp bij mijn schulden & <brieven>.",
        participants=[Participant(ParticipantRole.RESIDENT, "Şükrü"),
                      Participant(ParticipantRole.INFORMAL_CARER, "Łukasz")],
        assessments=_assessments(),
        decisions={"life_wide": SignalDecision("life_wide", SIGNAL_TITLE, Decision.CONFIRMED,
                                               "REDEN-WEGING klopt met het gesprek")},
        resident_recognises=Recognition.PARTLY, resident_view="Ik herken het deels",
        client_support=ClientSupport.OFFERED, client_support_date=date(2026, 3, 1),
        application_date=date(2026, 3, 12), id=2)
    previous = replace(conversation, held_on=date(2025, 9, 1), assessments=_assessments(-1), id=1)
    signal = Signal("life_wide", SIGNAL_TITLE, "Zorgen op drie of meer leefgebieden.", RuleKind.LIFE_WIDE,
                    (Evidence("finances", "Financiën", 2),
                     Evidence("mental_health", "Geestelijke gezondheid", 1)))
    safety = SafetyRecord(steps={SafetyStep.SIGNALS: StepState(SAFETY_NOTE, True)}, suspicion=True,
                          acute_or_structural_unsafety=False, decision=SafetyDecision.ORGANISE_HELP,
                          decided_on=date(2026, 3, 11), reason="Hulp is geaccepteerd")
    context = ReportContext(
        resident=resident, conversation=conversation, previous=previous, signals=[signal],
        route=Route(integrated_plan=True, coordinator="Anna de Boer",
                    connections={Connection.DEBT_HELP, Connection.GP}, evaluation_date=date(2026, 5, 1)),
        agreements=[Agreement("Aanmelden bij schuldhulp", Owner.PARTNER, partner_id=7,
                              due_date=date(2026, 4, 1)),
                    Agreement("Post samen openen", Owner.NETWORK, due_date=date(2026, 3, 25), position=1)],
        partners={7: Partner("Schuldhulp Voorbeeldstad", contact="0800-1234", id=7)},
        topics={Topic.NEEDS: TopicRecord(TopicState.COVERED, note="Behoeften besproken"),
                Topic.CARER_SUPPORT: TopicRecord(TopicState.NOT_APPLICABLE, reason="Geen mantelzorger")},
        safety=safety, include_restricted=False, municipality="Gemeente Voorbeeldstad", logo=None,
        professional="Anna de Boer", contact="06 12345678 of a.deboer@voorbeeldstad.nl",
        signatures=True, generated_on=TODAY,
        level_names=load_checklist(default_checklist_path()).level_names)
    return replace(context, **changes)  # type: ignore[arg-type]


def _text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(path)
    pages = [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]
    return pages, reader


def _write(tmp_path: Path, context: ReportContext, variant: Variant) -> tuple[str, list[str], int]:
    path = tmp_path / f"{variant}.pdf"
    count = write_report(context, variant, path, protected=ProtectedFiles())
    pages, _ = _text(path)
    return " ".join("\n".join(pages).split()), pages, count  # lines wrap anywhere


def test_resident_variant_has_what_the_resident_needs_and_nothing_else(tmp_path: Path) -> None:
    text, _, count = _write(tmp_path, make_context(include_restricted=True), Variant.RESIDENT)
    assert count >= 1
    for expected in ("Ik wil hulp bij mijn schulden & <brieven>.", "Wat goed gaat", "Sterk in wonen",
                     "Wens bij financiën", "Financiën", "2 – dit lukt nu niet goed",
                     "Eigen woorden over wonen",
                     "Aanmelden bij schuldhulp", "Schuldhulp Voorbeeldstad", "01-04-2026",
                     "Anna de Boer", "06 12345678", "01-05-2026", "cliëntondersteuner",
                     "Ik zie dit anders", "bezwaar", "6 weken", "Gemeente Voorbeeldstad",
                     "Vertrouwelijk: bevat persoonsgegevens", "Handtekening"):
        assert expected in text, expected
    for absent in (NOTE, "AANTEKENING", "SIGNAAL", "REDEN-WEGING", SAFETY_NOTE, "AFGESCHERMD",
                   "Meldcode", "Zingeving"):
        assert absent not in text, absent


def test_file_variant_is_complete_but_keeps_the_restricted_record_out(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, make_context(), Variant.FILE)
    for expected in (NOTE, SIGNAL_TITLE, "REDEN-WEGING", "Bevestigd", "Deels", "Aangeboden",
                     "Eigen woorden over wonen", "Langdurig", "Zingeving", "geen tijd",
                     "Schuldhulpverlening", "Post samen openen", "Behoeften besproken",
                     "Geen mantelzorger", "20-02-2026", "27-02-2026", "03-04-2026", "26-03-2026",
                     "Mantelzorger", "Anna de Boer"):
        assert expected in text, expected
    assert SAFETY_NOTE not in text and "AFGESCHERMD" not in text


def test_file_variant_prints_the_restricted_record_only_when_chosen(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, make_context(include_restricted=True), Variant.FILE)
    assert "AFGESCHERMD" in text and SAFETY_NOTE in text and "Hulp organiseren" in text


def test_names_in_every_script_print(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, make_context(), Variant.FILE)
    for name in ("Şükrü", "Łukasz", "Zoë", "Yılmaz"):
        assert name in text, name
    # The Arabic name is drawn shaped (presentation forms) in visual order; NFKC maps the
    # forms back to the base letters, so the extracted text holds the name reversed.
    assert "محمد"[::-1] in text or "محمد" in text
    assert "\ufffd" not in text


def test_long_note_flows_over_pages_with_page_numbers(tmp_path: Path) -> None:
    _, _, short_count = _write(tmp_path, make_context(), Variant.FILE)
    words = " ".join(f"woord{i}" for i in range(9_000))
    note = (words + " " + "x" * 3000)[:100_000]
    context = make_context()
    context.conversation.assessments[0].notes = note
    text, pages, count = _write(tmp_path, context, Variant.FILE)
    assert count > short_count + 10 and len(pages) == count
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {count}" in page
    assert "woord8999" in text and len(note) > 90_000
    assert "x" * 80 in text.replace("\n", "")  # the unbroken word is cut into pieces, not lost


def test_long_agreement_list_repeats_its_header(tmp_path: Path) -> None:
    agreements = [Agreement(f"Afspraak nummer {i}", Owner.TEAM, due_date=date(2026, 4, 1), position=i)
                  for i in range(120)]
    _, pages, count = _write(tmp_path, make_context(agreements=agreements), Variant.RESIDENT)
    with_rows = [p for p in pages if re.search(r"Afspraak nummer \d+", p)]
    assert len(with_rows) >= 2
    assert all("Wanneer" in p for p in with_rows)
    assert "Afspraak nummer 119" in "\n".join(pages)


def test_metadata(tmp_path: Path) -> None:
    path = tmp_path / "verslag.pdf"
    write_report(make_context(), Variant.RESIDENT, path, protected=ProtectedFiles())
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title is not None and meta.title.startswith("Verslag van ons gesprek")
    assert "Şükrü" not in meta.title  # no name in file properties or search indexes
    assert meta.author == "Anna de Boer"
    assert meta.subject
    write_report(make_context(professional=""), Variant.FILE, path, protected=ProtectedFiles())
    assert PdfReader(path).metadata.author == "Gemeente Voorbeeldstad"  # type: ignore[union-attr]


def test_logo_and_no_previous_conversation(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (30, 90, 150)).save(logo)
    text, _, _ = _write(tmp_path, make_context(logo=logo, previous=None, signatures=False), Variant.FILE)
    assert "Vorig gesprek" not in text and "Dit gesprek" in text and "Handtekening" not in text


def test_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"old")
    import toegang_desktop.export.pdf_report as module

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "file_story", broken)
    with pytest.raises(RuntimeError):
        write_report(make_context(), Variant.FILE, target, protected=ProtectedFiles())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.pdf"]


def test_reportlab_is_not_loaded_at_start_up() -> None:
    code = ("import sys, toegang_desktop.export, toegang_desktop.cli, toegang_desktop.services.session; "
            "sys.exit('reportlab' in sys.modules)")
    assert run_child([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0
