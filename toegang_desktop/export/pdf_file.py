"""The file variant: the complete record of the conversation for the dossier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether  # type: ignore[import-untyped]

from ..domain.conversation import DomainAssessment
from ..domain.investigation import Topic, TopicRecord, TopicState
from ..domain.legal_clock import deadlines
from ..domain.resident import age_on
from ..domain.rules import Evidence, Signal
from ..wording import pdf_file_texts as texts
from ..wording.field_names import field_label
from ..wording.labels import (
    answer_label,
    budget_label,
    client_support_label,
    connection_label,
    contact_kind_label,
    deadline_label,
    deadline_state_text,
    decision_label,
    duration_label,
    kind_label,
    marker_label,
    participant_label,
    recognition_label,
    role_label,
    topic_label,
    topic_state_label,
)
from ..wording.pdf_texts import TITLE_FILE, dutch_date, level_name, level_text
from .pdf_sections import agreements_table, chart_section, contact_moment, opening
from .pdf_styles import H2, Flowables, field, heading, labelled, para, table, text_block

if TYPE_CHECKING:
    from .report_context import ReportContext


def _people(context: ReportContext, width: float) -> Flowables:
    conversation = context.conversation
    story: Flowables = heading(texts.PEOPLE)
    participants = [f"{participant_label(p.role)}{': ' + p.name if p.name else ''}"
                    for p in conversation.participants]
    story.append(field(texts.PARTICIPANTS, "; ".join(participants) or texts.NOT_RECORDED))
    if context.resident.household:
        rows = [[m.name, role_label(m.role),
                 str(age_on(m.date_of_birth, context.generated_on)) if m.date_of_birth else "–"]
                for m in context.resident.household]
        story += table(list(texts.HOUSEHOLD_HEADER), rows, [width * 0.55, width * 0.3, width * 0.15])
    else:
        story.append(para(texts.NO_HOUSEHOLD))
    story += labelled(texts.QUESTION, conversation.question)
    return story


def _legal(context: ReportContext, width: float) -> Flowables:
    c = context.conversation
    story: Flowables = heading(texts.LEGAL_TERMS)
    for key, value in (("melding_date", c.melding_date), ("application_date", c.application_date),
                       ("decision_date", c.decision_date), ("finalised_on", c.finalised_on)):
        story.append(field(field_label(key), dutch_date(value)))
    found = deadlines(c.melding_date, c.finalised_on, c.application_date, c.decision_date,
                      context.generated_on)
    if found:
        rows = [[deadline_label(d.kind), dutch_date(d.due), deadline_state_text(d)] for d in found]
        story += table(list(texts.TERMS_HEADER), rows, [width * 0.55, width * 0.2, width * 0.25])
    else:
        story.append(para(texts.NO_MELDING_DATE))
    return story


def _help(item: DomainAssessment) -> str:
    names = [name for name, on in (
        (texts.HELP_SELF, item.help_self), (texts.HELP_NETWORK, item.help_network),
        (texts.HELP_PROFESSIONAL, item.help_professional)) if on]
    return ", ".join(names) or texts.HELP_NOBODY


def _domain(item: DomainAssessment, level_names: Sequence[str]) -> Flowables:
    if item.discussed is False:
        head = [para(texts.NOT_DISCUSSED.format(domain=item.label), H2)]
        reason = texts.NOT_DISCUSSED_REASON.format(reason=item.not_discussed_reason or texts.NOT_RECORDED)
        return [KeepTogether(head + text_block(reason))]
    if item.discussed is None:
        return [KeepTogether([para(texts.NOT_HANDLED.format(domain=item.label), H2)])]
    top = [para(texts.DOMAIN_LEVEL.format(domain=item.label, level=level_text(item.level, level_names)), H2),
           field(texts.WHO_HELPS, _help(item)),
           field(field_label("wants_to_talk"), answer_label(item.wants_to_talk)),
           field(field_label("duration"), duration_label(item.duration))]
    story: Flowables = [KeepTogether(top)]
    for key, text in (("own_words", item.own_words), ("carer_words", item.carer_words),
                      ("strengths", item.strengths),
                      ("wishes", item.wishes), ("notes", item.notes)):
        story += labelled(field_label(key), text)
    return story


def _evidence(item: Evidence) -> str:
    if item.marker is not None:
        return marker_label(item.marker)
    if item.household_role is not None:
        return texts.EVIDENCE_HOUSEHOLD.format(name=item.household_name, role=role_label(item.household_role))
    parts = [item.label or item.domain_key]
    if item.level is not None:
        parts.append(texts.EVIDENCE_LEVEL.format(level=item.level))
    if item.wants_to_talk:
        parts.append(texts.EVIDENCE_WANTS_TO_TALK)
    if item.duration is not None:
        parts.append(duration_label(item.duration).lower())
    return ", ".join(parts)


def _signal(signal: Signal, context: ReportContext) -> Flowables:
    decision = context.conversation.decisions.get(signal.rule_id)
    story: Flowables = [para(f"{signal.title} ({kind_label(signal.kind)})", H2)]
    story += text_block(signal.explanation)
    if signal.evidence:
        story.append(field(texts.BASED_ON, "; ".join(_evidence(e) for e in signal.evidence)))
    if decision is None:
        story.append(para(texts.NOT_WEIGHED))
    else:
        story.append(field(field_label("decision"), decision_label(decision.decision)))
        story += labelled(field_label("reason"), decision.reason)
    return story


def _weighing(context: ReportContext) -> Flowables:
    c = context.conversation
    story: Flowables = heading(texts.WEIGHING)
    if c.markers:
        story.append(field(texts.MARKERS,
                           "; ".join(marker_label(m) for m in sorted(c.markers))))
    if not context.signals:
        story.append(para(texts.NO_SIGNALS))
    for signal in context.signals:
        story += _signal(signal, context)
    current = {s.rule_id for s in context.signals}
    for rule_id, decision in sorted(c.decisions.items()):
        if rule_id not in current:
            story.append(para(texts.WEIGHED_BEFORE.format(title=decision.rule_title), H2))
            story.append(field(field_label("decision"), decision_label(decision.decision)))
            story += labelled(field_label("reason"), decision.reason)
    story += heading(texts.RESIDENT_VIEW, H2)
    story.append(field(texts.RECOGNISES,
                       recognition_label(c.resident_recognises)))
    story += labelled(texts.IN_RESIDENTS_WORDS, c.resident_view)
    support = client_support_label(c.client_support)
    if c.client_support_date:
        support += texts.SUPPORT_ON.format(date=dutch_date(c.client_support_date))
    story.append(field(texts.CLIENT_SUPPORT, support))
    return story


def _route(context: ReportContext) -> Flowables:
    route = context.route
    story: Flowables = heading(texts.ROUTE)
    if route is None:
        return [*story, para(texts.NO_ROUTE)]
    if route.integrated_plan:
        story.append(field(texts.INTEGRATED_PLAN, route.coordinator))
    if route.long_term_indication:
        story += labelled(texts.LONG_TERM_REASON, route.long_term_reason)
    connections = [connection_label(c) for c in sorted(route.connections)]
    if route.other_connection:
        connections.append(route.other_connection)
    story.append(field(field_label("connections"), ", ".join(connections) or texts.NO_CONNECTIONS))
    story.append(field(field_label("budget"), budget_label(route.budget)))
    story += labelled(texts.BUDGET_NOTE, route.budget_note)
    if route.escalation:
        story += labelled(texts.ESCALATION, route.escalation_note)
    story += labelled(texts.TEAM_DOES, route.team_does_itself)
    story += labelled(texts.REFERS_TO, route.refers_to)
    story.append(field(field_label("stays_involved"), answer_label(route.stays_involved)))
    story.append(field(field_label("evaluation_date"), dutch_date(route.evaluation_date)))
    return story


def _topics(context: ReportContext) -> Flowables:
    story: Flowables = heading(texts.TOPICS)
    for topic in Topic:
        record = context.topics.get(topic, TopicRecord())
        story.append(field(topic_label(topic), topic_state_label(record.state)))
        story += text_block(record.note)
        if record.state is TopicState.NOT_APPLICABLE:
            story += text_block(texts.NOT_APPLICABLE_REASON.format(reason=record.reason))
    return story


def file_story(context: ReportContext, width: float) -> Flowables:
    story: Flowables = opening(context, TITLE_FILE)
    story += _people(context, width)
    story += _legal(context, width)
    names = context.level_names
    intro = texts.LEVELS_CHART_INTRO.format(lowest=level_name(1, names).lower(),
                                            highest=level_name(5, names).lower())
    story += chart_section(context, width, texts.LEVELS_CHART, intro)
    blocks = [_domain(a, names) for a in sorted(context.conversation.assessments, key=lambda a: a.position)]
    first = blocks[0] if blocks else []
    story.append(KeepTogether(heading(texts.DOMAINS) + first))  # never a heading alone
    for block in blocks[1:]:
        story += block
    story += _weighing(context)
    story += _route(context)
    story += heading(texts.AGREEMENTS)
    story += agreements_table(context, width, for_resident=False)
    story += _journal(context, width)
    story += _topics(context)
    return story


def _journal(context: ReportContext, width: float) -> Flowables:
    """Every contact of the conversation's period as written: a corrected one stays, marked,
    with its correction after it."""
    start = dutch_date(context.conversation.held_on)
    period = (texts.JOURNAL_PERIOD_UNTIL.format(start=start, end=dutch_date(context.journal_until))
              if context.journal_until else texts.JOURNAL_PERIOD_OPEN.format(start=start))
    if context.previous is None:
        period += texts.JOURNAL_PERIOD_FIRST
    story: Flowables = [*heading(texts.JOURNAL), para(period)]
    if not context.journal:
        return [*story, para(texts.JOURNAL_NONE)]
    moments = {e.id: contact_moment(e) for e in context.journal}
    rows = []
    for e in context.journal:
        note = e.note
        if e.id in context.journal_corrected:
            note = texts.JOURNAL_CORRECTED.format(note=note)
        elif e.corrects is not None:
            note = texts.JOURNAL_CORRECTION.format(when=moments.get(e.corrects, "–"), note=note)
        if e.for_resident_report and e.id not in context.journal_corrected:
            note += texts.JOURNAL_FOR_RESIDENT
        rows.append([contact_moment(e, "\n"), contact_kind_label(e.kind), e.with_whom or "–", note,
                     e.written_by])
    return story + table(list(texts.JOURNAL_HEADER), rows,
                         [width * 0.14, width * 0.19, width * 0.22, width * 0.35, width * 0.10])
