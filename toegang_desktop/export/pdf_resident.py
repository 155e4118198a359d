"""The resident variant: plain Dutch (B1), the resident's own words, what happens next and
their rights. No professional notes, no signals and never the restricted safety record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.conversation import DomainAssessment
from ..wording import pdf_texts as texts
from ..wording.pdf_texts import dutch_date
from .pdf_fonts import markup
from .pdf_sections import (
    agreements_table,
    chart_section,
    contact,
    next_step,
    opening,
    resident_journal,
)
from .pdf_styles import H2, Flowables, field, heading, labelled, para, rich, text_block

if TYPE_CHECKING:
    from .report_context import ReportContext


def _discussed(context: ReportContext) -> list[DomainAssessment]:
    return [a for a in sorted(context.conversation.assessments, key=lambda a: a.position)
            if a.discussed is True]


def _joined(items: list[DomainAssessment], attribute: str) -> Flowables:
    """Per domain that has it, '<label>: text' (strengths or wishes)."""
    found: Flowables = []
    for item in items:
        text = getattr(item, attribute).strip()
        if text:
            found += labelled(item.label, text)
    return found


def _domain_line(item: DomainAssessment) -> Flowables:
    level = (f"{item.level} – {texts.LEVEL_WORDS_RESIDENT.get(item.level, '')}" if item.level
             else texts.RESIDENT_LEVEL_NONE)
    line = rich(f"<b>{markup(item.label)}:</b> {markup(level)}")
    story: Flowables = [line]
    own, carer = item.own_words.strip(), item.carer_words.strip()
    if own:
        story += text_block(texts.RESIDENT_OWN_WORDS.format(text=own))
    if carer:  # the carer's words are theirs, not the resident's
        story += text_block(texts.RESIDENT_CARER_WORDS.format(text=carer))
    return story


def resident_story(context: ReportContext, width: float) -> Flowables:
    conversation = context.conversation
    discussed = _discussed(context)
    story: Flowables = opening(context, texts.TITLE_RESIDENT)
    story += text_block(texts.RESIDENT_INTRO.format(date=dutch_date(conversation.held_on)))

    story += heading(texts.RESIDENT_QUESTION)
    story += text_block(conversation.question) or [para(texts.RESIDENT_NO_QUESTION)]

    strengths = _joined(discussed, "strengths")
    if strengths:
        story += heading(texts.RESIDENT_STRENGTHS)
        story += strengths
    wishes = _joined(discussed, "wishes")
    if wishes:
        story += heading(texts.RESIDENT_WISHES)
        story += wishes

    story += heading(texts.RESIDENT_DISCUSSED)
    if discussed:
        story += text_block(texts.RESIDENT_SCALE)
        for item in discussed:
            story += _domain_line(item)
    else:
        story.append(para(texts.RESIDENT_NOTHING_DISCUSSED))
    story += chart_section(context, width, texts.RESIDENT_CHART, texts.RESIDENT_CHART_INTRO,
                           for_resident=True)

    story += heading(texts.RESIDENT_AGREEMENTS)
    story += agreements_table(context, width, for_resident=True)
    story += resident_journal(context, width)

    story += heading(texts.RESIDENT_NEXT_STEP)
    step = next_step(context)
    if step is not None:
        story.append(field(texts.RESIDENT_WHEN, dutch_date(step.on)))
        story += text_block(step.what)
    else:
        story.append(para(texts.RESIDENT_NEXT_STEP_UNKNOWN))

    story += heading(texts.RESIDENT_CONTACT)
    story += contact(context)

    story += heading(texts.RESIDENT_RIGHTS)
    story.append(para(texts.RIGHTS_SUPPORT_TITLE, H2))
    story += text_block(texts.RIGHTS_SUPPORT)
    story.append(para(texts.RIGHTS_DIFFERENT_TITLE, H2))
    story += text_block(texts.RIGHTS_DIFFERENT)
    story.append(para(texts.RIGHTS_OBJECTION_TITLE, H2))
    story += text_block(texts.RIGHTS_OBJECTION)
    return story
