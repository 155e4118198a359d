"""What a conversation holds beside its own record (format version 3), and how it is written:
the route and its agreements, the investigation's topics and the reporting-code record.

The reporting-code (Meldcode) record is RESTRICTED. It is part of the file because an access
request (GDPR art. 15) must show everything stored about the resident, and a dossier moved to
another workstation must arrive whole; it sits under its own key, marked "restricted": true.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.investigation import Topic, TopicRecord
from ..domain.plan import Agreement, Partner, Route
from ..domain.safety import SafetyQuestion, SafetyRecord, SafetyStep
from .json_values import iso


@dataclass
class AgreementEntry:
    """An agreement with a copy of the partner that carries it out (None for any other owner).

    The file names the partner by organisation, not by id: directory ids mean something only
    in one store. On import the partner is found in, or added to, the target's directory.
    """

    agreement: Agreement
    partner: Partner | None = None


@dataclass
class ConversationParts:
    """The parts of one conversation kept beside it; all empty for a version 1 or 2 file."""

    route: Route | None = None
    agreements: list[AgreementEntry] = field(default_factory=list)
    topics: dict[Topic, TopicRecord] = field(default_factory=dict)
    safety_record: SafetyRecord | None = None  # RESTRICTED


def parts_to_dict(parts: ConversationParts) -> dict[str, Any]:
    """The four version 3 keys of a conversation: route, agreements (in the plan's order),
    investigation_topics (in the order of the law) and safety_record."""
    return {
        "route": _route(parts.route) if parts.route is not None else None,
        "agreements": [_agreement(entry) for entry in parts.agreements],
        "investigation_topics": [
            {"topic": topic.value, "state": record.state.value, "note": record.note,
             "reason": record.reason}
            for topic in Topic if (record := parts.topics.get(topic)) is not None
        ],
        "safety_record": (
            _safety_record(parts.safety_record) if parts.safety_record is not None else None),
    }


def _route(r: Route) -> dict[str, Any]:
    return {
        "integrated_plan": r.integrated_plan, "coordinator": r.coordinator,
        "long_term_indication": r.long_term_indication, "long_term_reason": r.long_term_reason,
        "connections": sorted(c.value for c in r.connections),
        "other_connection": r.other_connection,
        "budget": r.budget.value if r.budget is not None else None,
        "budget_note": r.budget_note, "escalation": r.escalation,
        "escalation_note": r.escalation_note, "team_does_itself": r.team_does_itself,
        "refers_to": r.refers_to, "stays_involved": r.stays_involved,
        "evaluation_date": iso(r.evaluation_date),
    }


def _agreement(entry: AgreementEntry) -> dict[str, Any]:
    a, p = entry.agreement, entry.partner
    return {
        "what": a.what, "owner": a.owner.value,
        "partner": (
            {"organisation": p.organisation, "contact": p.contact, "offers": p.offers}
            if p is not None else None),
        "due_date": iso(a.due_date), "status": a.status.value,
        "domain_keys": list(a.domain_keys),
    }


def _safety_record(record: SafetyRecord) -> dict[str, Any]:
    data: dict[str, Any] = {
        "restricted": True,
        "steps": {step.value: {"note": record.step(step).note, "done": record.step(step).done}
                  for step in SafetyStep},
        "consultations": [
            {"who": c.who, "consulted_on": c.consulted_on.isoformat(),
             "with_veilig_thuis": c.with_veilig_thuis}
            for c in record.consultations
        ],
        "talked_with_person_on": iso(record.talked_with_person_on),
        "why_not": record.why_not,
    }
    for question in SafetyQuestion:
        data[question.value] = record.answer(question)
    data.update({
        "decision": record.decision.value if record.decision is not None else None,
        "decided_on": iso(record.decided_on), "reason": record.reason,
        "advice_at_decision": (
            record.advice_at_decision.value if record.advice_at_decision is not None else None),
    })
    return data
