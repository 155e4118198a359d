"""Reading the version 3 parts of a conversation: route, agreements, investigation topics and
the reporting-code record (RESTRICTED).

Each part is normalised and checked with the same domain rules as on screen; every problem
is reported at its JSON path ("conversations[0].agreements[1].what").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from ..domain import investigation as inv
from ..domain import plan
from ..domain import safety as sf
from ..domain.problems import Problem
from ..domain.text import clean_text
from .dossier_json_parts import AgreementEntry, ConversationParts
from .json_values import day, enum_or, flag, obj, objects, optional_enum, text

_ROUTE_TEXT = (
    "coordinator", "long_term_reason", "other_connection", "budget_note", "escalation_note",
    "team_does_itself", "refers_to",
)
_ROUTE_FLAGS = ("integrated_plan", "long_term_indication", "escalation")


def read_parts(
    data: dict[str, Any], where: str, domain_keys: set[str], today: date
) -> tuple[ConversationParts, list[Problem]]:
    """The parts of the conversation object `data` at path `where`, with their problems.

    `domain_keys` are the conversation's life domains (agreements may only name these);
    dates are judged against `today`. A missing or null part is empty.
    """
    parts = ConversationParts()
    problems: list[Problem] = []
    route = data.get("route")
    if isinstance(route, dict):
        parts.route = plan.normalized_route(_route(route))
        problems += _at(f"{where}.route", plan.validate_route(parts.route))
    for index, item in objects(data.get("agreements")):
        entry, found = _agreement(item, f"{where}.agreements[{index}]", domain_keys)
        entry.agreement.position = len(parts.agreements)
        parts.agreements.append(entry)
        problems += found
    parts.topics, found = _topics(data.get("investigation_topics"), f"{where}.investigation_topics")
    problems += found
    record = data.get("safety_record")
    if isinstance(record, dict):
        parts.safety_record, found = _safety_record(record, f"{where}.safety_record", today)
        problems += found
    return parts, problems


def _at(where: str, problems: Iterable[Problem]) -> list[Problem]:
    """Domain problems (field relative to the object) placed under the object's JSON path."""
    return [Problem(p.code, f"{where}.{p.field}", p.params) for p in problems]


def _route(data: dict[str, Any]) -> plan.Route:
    connections = data.get("connections")
    route = plan.Route(
        connections={c for c in (optional_enum(plan.Connection, value) for value in
                                 (connections if isinstance(connections, list) else []))
                     if c is not None},
        budget=optional_enum(plan.Budget, data.get("budget")),
        stays_involved=data.get("stays_involved") is not False,
        evaluation_date=day(data, "evaluation_date"),
    )
    for name in _ROUTE_TEXT:
        setattr(route, name, text(data, name))
    for name in _ROUTE_FLAGS:
        setattr(route, name, data.get(name) is True)
    return route


def _agreement(
    data: dict[str, Any], where: str, domain_keys: set[str]
) -> tuple[AgreementEntry, list[Problem]]:
    """The agreement and the partner written inline with it (kept only for a partner owner)."""
    owner = optional_enum(plan.Owner, data.get("owner"))
    keys = data.get("domain_keys")
    agreement = plan.normalized_agreement(plan.Agreement(
        what=text(data, "what"), owner=owner or plan.Owner.TEAM, due_date=day(data, "due_date"),
        status=enum_or(plan.AgreementStatus, data.get("status"), plan.AgreementStatus.OPEN),
        domain_keys=[k for k in (keys if isinstance(keys, list) else []) if isinstance(k, str)],
    ))
    raw = data.get("partner")
    partner = plan.normalized_partner(plan.Partner(
        text(raw, "organisation"), text(raw, "contact"), text(raw, "offers"),
    )) if isinstance(raw, dict) else None
    # The partner is linked only on import; a stand-in id lets the domain rule see one.
    probe = replace(agreement, partner_id=0 if partner is not None else None)
    problems = [
        Problem(p.code, f"{where}.partner" if p.field == "partner_id" else f"{where}.{p.field}",
                p.params)
        for p in plan.validate_agreement(probe, domain_keys)
        if owner is not None or p.field != "partner_id"  # an unknown owner was reported
    ]
    if partner is not None:
        if owner is not None and owner is not plan.Owner.PARTNER:
            problems.append(Problem("agreement_partner_unexpected", f"{where}.partner"))
        problems += _at(f"{where}.partner", plan.validate_partner(partner))
    kept = partner if agreement.owner is plan.Owner.PARTNER else None
    return AgreementEntry(agreement, kept), problems


def _topics(
    value: object, where: str
) -> tuple[dict[inv.Topic, inv.TopicRecord], list[Problem]]:
    topics: dict[inv.Topic, inv.TopicRecord] = {}
    problems = []
    for index, data in objects(value):
        topic = optional_enum(inv.Topic, data.get("topic"))
        if topic is None:
            continue  # the schema said which topics there are
        here = f"{where}[{index}]"
        record = inv.TopicRecord(
            state=enum_or(inv.TopicState, data.get("state"), inv.TopicState.OPEN),
            note=clean_text(text(data, "note")), reason=clean_text(text(data, "reason")),
        )
        for p in inv.validate_topic(topic, record):
            field = p.field.replace(f"topics[{topic.value}]", here, 1)
            problems.append(Problem(p.code, field, p.params))
        if topic in topics:
            problems.append(Problem("topic_duplicate", f"{here}.topic", {"topic": topic.value}))
        topics[topic] = record
    return topics, problems


_CONSULTATION = re.compile(r"^consultations\[(\d+)\]")


def _safety_record(
    data: dict[str, Any], where: str, today: date
) -> tuple[sf.SafetyRecord, list[Problem]]:
    """The reporting-code record (RESTRICTED), checked as the reporting-code dialog does."""
    steps = obj(data.get("steps"))
    consulted = objects(data.get("consultations"))
    record = sf.SafetyRecord(
        steps={step: sf.StepState(text(obj(steps.get(step.value)), "note"),
                                  obj(steps.get(step.value)).get("done") is True)
               for step in sf.SafetyStep},
        consultations=[
            sf.Consultation(text(c, "who"), day(c, "consulted_on") or today,
                            c.get("with_veilig_thuis") is True)
            for _, c in consulted
        ],
        talked_with_person_on=day(data, "talked_with_person_on"),
        why_not=text(data, "why_not"),
        decision=optional_enum(sf.SafetyDecision, data.get("decision")),
        decided_on=day(data, "decided_on"),
        reason=text(data, "reason"),
        advice_at_decision=optional_enum(sf.SafetyDecision, data.get("advice_at_decision")),
    )
    for question in sf.SafetyQuestion:
        record.set_answer(question, flag(data, question.value))
    record = sf.normalized_record(record)
    problems = []
    for p in sf.validate_safety_record(record, today):
        field = p.field
        match = _CONSULTATION.match(field)
        if match:  # index among the consultation objects -> index in the JSON array
            field = f"consultations[{consulted[int(match.group(1))][0]}]{field[match.end():]}"
        problems.append(Problem(p.code, f"{where}.{field}", p.params))
    return record, problems
