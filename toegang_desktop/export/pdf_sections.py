"""Sections both report variants share: the opening, the level chart, the agreements, the
next step and the contact person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer  # type: ignore[import-untyped]

from ..domain.journal import JournalEntry
from ..domain.plan import Agreement, AgreementStatus, Owner
from ..wording import pdf_texts as texts
from ..wording.field_names import field_label
from ..wording.labels import (
    agreement_status_label,
    contact_kind_label,
    owner_label,
    owner_label_for_resident,
    place_label,
)
from ..wording.pdf_texts import dutch_date
from .pdf_chart import charted, level_chart
from .pdf_styles import SMALL, TITLE, Flowables, field, heading, para, table

if TYPE_CHECKING:
    from .report_context import ReportContext

_ACTIVE = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)


@dataclass(frozen=True)
class NextStep:
    what: str
    on: date


def opening(context: ReportContext, title: str) -> Flowables:
    conversation = context.conversation
    return [
        para(title, TITLE),
        field(texts.NAME, context.resident.name),
        field(field_label("date_of_birth"), dutch_date(context.resident.date_of_birth)),
        field(texts.CONVERSATION_DATE, dutch_date(conversation.held_on)),
        field(texts.PLACE, place_label(conversation.place)),
        *([field(texts.CONTACT_PERSON, context.professional)] if context.professional else []),
        Spacer(1, 4),
    ]


def chart_section(context: ReportContext, width: float, title: str, intro: str,
                  for_resident: bool = False) -> Flowables:
    if not charted(context.conversation):
        return []
    drawing = level_chart(context.conversation, context.previous, width, context.level_names,
                          for_resident)
    return [KeepTogether([*heading(title), para(intro, SMALL), Spacer(1, 4), drawing])]


def who(agreement: Agreement, context: ReportContext, for_resident: bool) -> str:
    if agreement.owner is Owner.PARTNER and agreement.partner_id is not None:
        partner = context.partners.get(agreement.partner_id)
        if partner is not None:
            return partner.organisation
    return owner_label_for_resident(agreement.owner) if for_resident else owner_label(agreement.owner)


def ordered(agreements: list[Agreement]) -> list[Agreement]:
    return sorted(agreements, key=lambda a: (a.position, a.id or 0))


def agreements_table(context: ReportContext, width: float, for_resident: bool) -> Flowables:
    items = ordered(context.agreements)
    if for_resident:
        items = [a for a in items if a.status is not AgreementStatus.CANCELLED]
    if not items:
        return [para(texts.NO_AGREEMENTS)]
    if for_resident:
        header = list(texts.AGREEMENTS_HEADER_RESIDENT)
        rows = [[a.what, who(a, context, True), dutch_date(a.due_date) if a.due_date else "–"]
                for a in items]
        widths = [width * 0.56, width * 0.26, width * 0.18]
    else:
        labels = {a.domain_key: a.label for a in context.conversation.assessments}
        header = list(texts.AGREEMENTS_HEADER_FILE)
        rows = [[a.what, who(a, context, False), dutch_date(a.due_date) if a.due_date else "–",
                 agreement_status_label(a.status),
                 ", ".join(labels.get(key, key) for key in a.domain_keys)] for a in items]
        widths = [width * 0.28, width * 0.25, width * 0.15, width * 0.12, width * 0.20]
    return table(header, rows, widths)


def next_step(context: ReportContext) -> NextStep | None:
    """The evaluation date, or else the first open agreement with a due date."""
    route = context.route
    if route is not None and route.evaluation_date is not None:
        return NextStep(texts.NEXT_STEP_EVALUATION, route.evaluation_date)
    due = [a for a in ordered(context.agreements) if a.status in _ACTIVE and a.due_date is not None]
    if not due:
        return None
    first = min(due, key=lambda a: a.due_date or date.max)
    assert first.due_date is not None
    return NextStep(first.what, first.due_date)


def contact(context: ReportContext) -> Flowables:
    # Empty details are left out: a label with nothing after it helps nobody.
    found = [field(label, value) for label, value in (
        (texts.CONTACT_PERSON, context.professional), (texts.REACHABLE_AT, context.contact),
        (texts.MUNICIPALITY, context.municipality)) if value]
    return found or [para(texts.NO_CONTACT_DETAILS)]


def contact_moment(entry: JournalEntry, between: str = " ") -> str:
    """When a journal contact was: dd-mm-jjjj uu:mm (in a narrow cell: `between` a line
    break, so a date is never broken inside)."""
    return f"{dutch_date(entry.contact_at.date())}{between}{entry.contact_at.strftime('%H:%M')}"


def resident_journal(context: ReportContext, width: float) -> Flowables:
    """The contacts the professional ticked for the resident; nothing when none is: the
    journal stays out of the resident's report unless ticked (issue 18)."""
    if not context.journal:
        return []
    rows = [[contact_moment(e, "\n"), contact_kind_label(e.kind), e.with_whom or "–", e.note]
            for e in context.journal]
    return [*heading(texts.RESIDENT_JOURNAL), para(texts.RESIDENT_JOURNAL_INTRO),
            *table(list(texts.RESIDENT_JOURNAL_HEADER), rows,
                   [width * 0.18, width * 0.17, width * 0.2, width * 0.45])]
