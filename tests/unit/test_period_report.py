"""The period report: counts from the store, suppression below 5, trends, the aggregate file
and merging, and the proof that no resident's data reaches the PDF, CSV or aggregate file."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from toegang_desktop.domain.period_report import (
    Aggregate,
    ClockCounts,
    Period,
    PeriodMismatch,
    last_full_quarter,
    median_days,
    merge,
    quarter_of,
    share_within_term,
    shown,
    trend,
)
from toegang_desktop.export.aggregate_json import AggregateFileError, read_aggregate
from toegang_desktop.export.period_csv import csv_rows
from toegang_desktop.wording.period_texts import sections

from .learning_stores import QUARTER_START, FilledStore, fill, open_empty

Q3 = quarter_of(QUARTER_START)


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[FilledStore, FilledStore, FilledStore]:
    """Store A (seed 1), store B (seed 2) and store C holding both."""
    root = tmp_path_factory.mktemp("stores")
    a = fill(open_empty(root / "a"), [1])
    b = fill(open_empty(root / "b"), [2])
    c = fill(open_empty(root / "c"), [1, 2])
    return a, b, c


def test_periods() -> None:
    assert quarter_of(date(2026, 11, 23)) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert last_full_quarter(date(2026, 11, 23)) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert last_full_quarter(date(2026, 2, 1)) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert Q3.previous() == Period(date(2026, 4, 1), date(2026, 6, 30))
    days = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert days.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))


@pytest.mark.parametrize(("count", "text"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"), (120, "120")])
def test_suppression(count: int, text: str) -> None:
    assert shown(count) == text


def test_trend_only_between_visible_numbers() -> None:
    assert trend(12, 7) == "+5"
    assert trend(5, 9) == "-4"
    assert trend(6, 6) == "0"
    assert trend(7, 0) == "+7"
    assert trend(3, 9) == "–" and trend(9, 3) == "–" and trend(0, 0) == "–"


def test_clock_share_and_median() -> None:
    clock = ClockCounts()
    melding = date(2026, 7, 1)
    for days in (10, 20, 30, 50):
        clock.add(melding, date.fromordinal(melding.toordinal() + days), date(2026, 11, 1))
    assert share_within_term(clock) == "–" and median_days(clock) == "–"  # 4 < 5
    clock.add(melding, None, date(2026, 11, 1))  # overdue
    clock.add(melding, None, date(2026, 7, 10))  # still in term: not judged
    assert (clock.within_term, clock.late, clock.open_overdue, clock.open_in_term) == (3, 1, 1, 1)
    assert share_within_term(clock) == "60%"
    clock.add(melding, date(2026, 7, 11), date(2026, 11, 1))
    assert median_days(clock) == "20"


def test_counts_of_a_filled_store(two_stores: tuple[FilledStore, ...]) -> None:
    store = two_stores[0]
    aggregate = store.report.aggregate(Q3)
    b = aggregate.bottlenecks
    assert b.total == sum(b.by_category.values()) > 0
    assert b.total == len([x for x in store.learning.bottlenecks() if Q3.contains(x.occurred_on)])
    assert sum(aggregate.signals_by_theme.values()) == sum(aggregate.signals_by_area.values())
    assert aggregate.conversations > 0 and aggregate.levels
    assert any(r.fired for r in aggregate.rules.values())
    assert any(r.confirmed for r in aggregate.rules.values())
    assert aggregate.routes["routes"] > 0
    assert aggregate.clock.judged + aggregate.clock.open_in_term > 0
    assert aggregate.previous_bottlenecks.total > 0


def test_shown_numbers_are_suppressed(two_stores: tuple[FilledStore, ...]) -> None:
    aggregate = two_stores[0].report.aggregate(Q3)
    small = [v for s in sections(aggregate) for r in s.rows for v in r.values
             if v.isdigit() and 0 < int(v) < 5]
    assert small == []
    assert any("< 5" in r.values for s in sections(aggregate) for r in s.rows)
    for s in sections(aggregate):
        for r in s.rows:
            assert r.count == 0 or r.count >= 5  # a bar never shows a suppressed count


def test_merging_two_aggregate_files_equals_the_combined_store(
        two_stores: tuple[FilledStore, ...], tmp_path: Path) -> None:
    a, b, c = two_stores
    for name, store in (("a", a), ("b", b)):
        store.report.write_aggregate(store.report.aggregate(Q3), tmp_path / f"{name}.json")
    merged = a.report.read_aggregates([tmp_path / "a.json", tmp_path / "b.json"])
    combined = c.report.aggregate(Q3)
    assert merged.workstations == 2
    merged.workstations = 1
    assert merged == combined
    # The team report may hide more than one store's report (a workstation must not subtract
    # its own counts), but every number it does show is the combined store's.
    for team_row, store_row in zip(csv_rows(merged), csv_rows(combined), strict=True):
        assert len(team_row) == len(store_row)
        for team_cell, store_cell in zip(team_row, store_row, strict=True):
            assert team_cell in (store_cell, "x", "–") or team_cell.startswith("# ")


def test_merging_different_periods_is_refused() -> None:
    with pytest.raises(PeriodMismatch):
        merge([Aggregate(Q3, date(2026, 11, 1)), Aggregate(Q3.previous(), date(2026, 11, 1))])


def test_suppression_is_applied_after_merging() -> None:
    one = Aggregate(Q3, date(2026, 11, 1))
    one.signals_by_theme = Counter({"loneliness": 3})
    merged = merge([one, one])
    assert shown(merged.signals_by_theme["loneliness"]) == "6"


def test_a_report_holds_no_personal_data(two_stores: tuple[FilledStore, ...],
                                         tmp_path: Path) -> None:
    """Names, BSNs, birth dates and addresses of every test resident are absent from the PDF
    text, the CSV and the aggregate file."""
    store = two_stores[2]
    aggregate = store.report.aggregate(Q3)
    pdf, csv_file, json_file = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.json"
    pages = store.report.write_pdf(aggregate, pdf, "Gemeente Voorbeeldstad")
    store.report.write_csv(aggregate, csv_file)
    store.report.write_aggregate(aggregate, json_file)
    assert pages >= 2
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Knelpunten per soort" in pdf_text and "< 5" in pdf_text
    texts = {"pdf": " ".join(pdf_text.split()), "csv": csv_file.read_text("utf-8-sig"),
             "json": json_file.read_text("utf-8")}
    forbidden = set()
    for r in store.residents:
        forbidden |= {r.name, f"{r.first_names} {r.surname}", r.surname, r.date_of_birth.isoformat(),
                      r.date_of_birth.strftime("%d-%m-%Y"), f"{r.street} {r.house_number}",
                      r.postcode}
        if r.bsn:
            forbidden.add(r.bsn)
        forbidden |= {m.surname for m in r.household}
    forbidden = {f for f in forbidden if len(f) >= 4}
    for kind, text in texts.items():
        leaked = sorted(f for f in forbidden if f in text)
        assert leaked == [], f"{kind} contains {leaked[:5]}"
    # The free text of the bottlenecks and signals stays on the workstation too.
    for text in texts.values():
        assert "wachtlijst voor beschermd wonen" not in text.lower()
        assert "niet meer buiten" not in text


def test_aggregate_file_has_the_documented_shape(two_stores: tuple[FilledStore, ...],
                                                 tmp_path: Path) -> None:
    store = two_stores[0]
    store.report.write_aggregate(store.report.aggregate(Q3), tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert data["format"] == "toegang-desktop/leerloop-aggregaat" and data["version"] == 2
    assert set(data) == {"format", "version", "id", "workstation", "period", "generated_on", "workstations",
                         "bottlenecks", "previous_bottlenecks", "signals", "conversations",
                         "levels", "domain_labels", "rules", "routes", "legal_clock"}


@pytest.mark.parametrize(("content", "code"), [
    ("not json", "not_aggregate"),
    ('{"format": "other"}', "not_aggregate"),
    ('{"format": "toegang-desktop/leerloop-aggregaat", "version": 99}', "newer_format"),
    ('{"format": "toegang-desktop/leerloop-aggregaat", "version": 1}', "invalid"),
])
def test_bad_aggregate_files(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, "utf-8")
    with pytest.raises(AggregateFileError) as caught:
        read_aggregate(path)
    assert caught.value.code == code


def test_a_negative_count_is_invalid(two_stores: tuple[FilledStore, ...], tmp_path: Path) -> None:
    store = two_stores[0]
    path = tmp_path / "a.json"
    store.report.write_aggregate(store.report.aggregate(Q3), path)
    data = json.loads(path.read_text("utf-8"))
    data["bottlenecks"]["total"] = -1
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(AggregateFileError):
        read_aggregate(path)


def test_csv_names_cannot_become_formulas() -> None:
    aggregate = Aggregate(Q3, date(2026, 11, 1))
    aggregate.signals_by_area = Counter({"=HYPERLINK(\"x\")": 6, "Oosterpark": 5})
    cells = [row[1] for row in csv_rows(aggregate) if len(row) > 1]
    assert "'=HYPERLINK(\"x\")" in cells and "Oosterpark" in cells
