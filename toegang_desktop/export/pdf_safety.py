"""The restricted reporting-code record, printed only in the file variant and only when the
professional explicitly chose to include it."""

from __future__ import annotations

from reportlab.platypus import PageBreak  # type: ignore[import-untyped]

from ..domain.safety import SafetyQuestion, SafetyRecord, SafetyStep
from ..wording import pdf_file_texts as texts
from ..wording.field_names import field_label
from ..wording.labels import (
    answer_label,
    safety_decision_label,
    safety_question_label,
    safety_step_title,
)
from ..wording.pdf_texts import RESTRICTED_HEADING, RESTRICTED_NOTE, dutch_date
from .pdf_styles import H2, RESTRICTED, Flowables, field, labelled, para, text_block


def restricted_section(record: SafetyRecord) -> Flowables:
    story: Flowables = [PageBreak(), para(RESTRICTED_HEADING, RESTRICTED)]
    story += text_block(RESTRICTED_NOTE)
    for number, step in enumerate(SafetyStep, start=1):
        state = record.step(step)
        done = texts.STEP_DONE if state.done else ""
        story.append(para(texts.STEP.format(number=number, title=safety_step_title(step)) + done, H2))
        story += text_block(state.note)
        if step is SafetyStep.CONSULT:
            for consultation in record.consultations:
                extra = texts.WITH_VEILIG_THUIS if consultation.with_veilig_thuis else ""
                story.append(field(texts.CONSULTATION,
                                   f"{consultation.who}, {dutch_date(consultation.consulted_on)}{extra}"))
        elif step is SafetyStep.TALK:
            story.append(field(texts.TALKED_ON, dutch_date(record.talked_with_person_on)))
            story += labelled(texts.WHY_NO_TALK, record.why_not)
        elif step is SafetyStep.DECIDE:
            for question in SafetyQuestion:
                story.append(field(safety_question_label(question), answer_label(record.answer(question))))
            if record.advice_at_decision is not None:
                story.append(field(texts.ADVICE,
                                   safety_decision_label(record.advice_at_decision)))
            story.append(field(field_label("decision"), safety_decision_label(record.decision)))
            story.append(field(texts.DECIDED_ON, dutch_date(record.decided_on)))
            story += labelled(field_label("reason"), record.reason)
    return story
