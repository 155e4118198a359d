"""The resident variant: plain Dutch (B1), the resident's own words, what happens next and
their rights. No professional notes, no signals and never the restricted safety record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.conversation import DomainAssessment
from ..wording.pdf_texts import (
    LEVEL_WORDS_RESIDENT,
    RIGHTS_DIFFERENT,
    RIGHTS_OBJECTION,
    RIGHTS_SUPPORT,
    TITLE_RESIDENT,
    dutch_date,
)
from .pdf_fonts import markup
from .pdf_sections import agreements_table, chart_section, contact, next_step, opening
from .pdf_styles import H2, Flowables, field, heading, labelled, para, rich, text_block

if TYPE_CHECKING:
    from .pdf_report import ReportContext


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
    level = (f"{item.level} – {LEVEL_WORDS_RESIDENT.get(item.level, '')}" if item.level
             else "geen niveau")
    line = rich(f"<b>{markup(item.label)}:</b> {markup(level)}")
    own = item.own_words.strip()
    if not own:
        return [line]
    return [line, *text_block(f"In uw woorden: “{own}”")]


def resident_story(context: ReportContext, width: float) -> Flowables:
    conversation = context.conversation
    discussed = _discussed(context)
    story: Flowables = opening(context, TITLE_RESIDENT)
    story += text_block(
        f"Op {dutch_date(conversation.held_on)} hebben we met elkaar gepraat. "
        "In dit verslag staat wat we besproken hebben en wat we afgesproken hebben. "
        "Lees het rustig door.")

    story += heading("Uw vraag")
    story += text_block(conversation.question) or [para("U hebt geen vraag genoemd.")]

    strengths = _joined(discussed, "strengths")
    if strengths:
        story += heading("Wat goed gaat")
        story += strengths
    wishes = _joined(discussed, "wishes")
    if wishes:
        story += heading("Wat u wilt")
        story += wishes

    story += heading("Waar we over gepraat hebben")
    if discussed:
        story += text_block("Per onderwerp staat hoe het nu gaat. 1 betekent: het gaat nu "
                            "helemaal niet, er is snel hulp nodig. 5 betekent: dit lukt u "
                            "helemaal zelf.")
        for item in discussed:
            story += _domain_line(item)
    else:
        story.append(para("We hebben nog geen onderwerpen besproken."))
    story += chart_section(context, width, "Zo gaat het nu",
                           "Hoe langer de balk, hoe beter het zelf lukt (1 tot 5).", for_resident=True)

    story += heading("Wat we afspreken")
    story += agreements_table(context, width, for_resident=True)

    story += heading("De volgende stap")
    step = next_step(context)
    if step is not None:
        story.append(field("Wanneer", dutch_date(step.on)))
        story += text_block(step.what)
    else:
        story.append(para("Uw contactpersoon laat u weten wat de volgende stap is."))

    story += heading("Uw contactpersoon")
    story += contact(context)

    story += heading("Uw rechten")
    story.append(para("Gratis hulp van een cliëntondersteuner", H2))
    story += text_block(RIGHTS_SUPPORT)
    story.append(para("Ik zie dit anders", H2))
    story += text_block(RIGHTS_DIFFERENT)
    story.append(para("Bezwaar maken", H2))
    story += text_block(RIGHTS_OBJECTION)
    return story
