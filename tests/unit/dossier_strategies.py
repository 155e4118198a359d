"""Hypothesis strategies for whole, valid dossier files (format version 3): a resident with a
household, several conversations with every domain field, markers, signal decisions, the
weighing and legal dates, a route with agreements (some carried out by partners), the
investigation's topics and the restricted reporting-code record, and the journal (contacts
naming agreements by their place in the file, corrections naming earlier entries).

Valid by construction (each field within the domain rules of the day TODAY), so every
example imports and the round trip is tested, not the refusal.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from toegang_desktop.domain import conversation as conv
from toegang_desktop.domain import investigation as inv
from toegang_desktop.domain import journal as jr
from toegang_desktop.domain import plan
from toegang_desktop.domain import safety as sf
from toegang_desktop.domain.resident import HouseholdRole
from toegang_desktop.domain.text import clean_name, clean_text

TODAY = date(2026, 3, 2)
DOMAIN_KEYS = ("finances", "work_education", "housing", "mental_health", "safety",
               "informal_care")

# Text as the app stores it (clean_text / clean_name: NFC, trimmed), so a file made of it
# must come back out of an import and an export unchanged, character for character.
_LETTERS = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Zs", "S"])
_PLAIN = st.text(_LETTERS, max_size=25)
# Non-blank whatever the normalisation trims: a letter first.
_WORDS = st.builds(lambda head, tail: clean_text(head + tail), st.sampled_from("AbÇdéŁøŞ中ع"),
                   _PLAIN)
_NOTE = st.one_of(st.just(""), _WORDS, st.text(_LETTERS, max_size=200).map(clean_text))
_NAMES = st.builds(lambda head, tail: clean_name(head + tail), st.sampled_from("AĲÉŁØŞ"),
                   st.text(st.characters(categories=["L", "M", "Zs"]), max_size=20))


def _days(earliest: date, latest: date = TODAY) -> st.SearchStrategy[date]:
    return st.dates(min_value=earliest, max_value=latest)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _values(kind: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in kind])


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def _resident(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "first_names": draw(_NAMES), "prefix": draw(st.sampled_from(["", "van der", "de", "el"])),
        "surname": draw(_NAMES), "bsn": draw(st.sampled_from(["", "123456782", "111222333"])),
        "street": draw(st.sampled_from(["", "Kerkstraat", "Çarşı Caddesi"])),
        "house_number": draw(st.sampled_from(["", "12a", "1-3"])),
        "postcode": draw(st.sampled_from(["", "1234 AB", "9999 ZZ"])),
        "city": draw(st.sampled_from(["", "Utrecht", "Zuid-Scharwoude"])),
        "phone": draw(st.sampled_from(["", "030-1234567", "+31 6 12345678"])),
        "email": draw(st.sampled_from(["", "iemand@example.org"])),
        "date_of_birth": draw(_days(date(1920, 1, 1))).isoformat(),
    }


@st.composite
def _member(draw: st.DrawFn) -> dict[str, Any]:
    role = draw(_values(HouseholdRole))
    born = draw(_days(date(1930, 1, 1)) if role == "child" else _optional(_days(date(1930, 1, 1))))
    return {"role": role, "first_names": draw(_NAMES), "prefix": "", "surname": draw(_NAMES),
            "date_of_birth": _iso(born)}


@st.composite
def _assessment(draw: st.DrawFn, key: str, position: int) -> dict[str, Any]:
    discussed = draw(_optional(st.booleans()))
    return {
        "domain_key": key, "label": draw(_WORDS), "position": position, "discussed": discussed,
        "not_discussed_reason": draw(_NOTE) if discussed is False else "",
        "level": draw(_optional(st.integers(1, 5))), "own_words": draw(_NOTE),
        "carer_words": draw(_NOTE),
        "strengths": draw(_NOTE), "wishes": draw(_NOTE), "help_self": draw(st.booleans()),
        "help_network": draw(st.booleans()), "help_professional": draw(st.booleans()),
        "wants_to_talk": draw(st.booleans()), "duration": draw(_optional(_values(conv.Duration))),
        "notes": draw(_NOTE),
    }


@st.composite
def _route(draw: st.DrawFn) -> dict[str, Any]:
    connections = sorted(draw(st.sets(_values(plan.Connection), max_size=4)))
    integrated, long_term, escalation = (draw(st.booleans()) for _ in range(3))
    budget = draw(_optional(_values(plan.Budget)))
    return {
        "integrated_plan": integrated, "coordinator": draw(_NAMES) if integrated else "",
        "long_term_indication": long_term, "long_term_reason": draw(_WORDS) if long_term else "",
        "connections": connections,
        "other_connection": draw(_WORDS) if "other" in connections else "",
        "budget": budget, "budget_note": draw(_WORDS) if budget else "",
        "escalation": escalation, "escalation_note": draw(_WORDS) if escalation else "",
        "team_does_itself": draw(_NOTE), "refers_to": draw(_NOTE),
        "stays_involved": draw(st.booleans()),
        "evaluation_date": _iso(draw(_optional(_days(date(2020, 1, 1), date(2030, 1, 1))))),
    }


ORGANISATIONS = ("Schuldhulp Zuid", "GGD", "Buurtteam Ñ")


@st.composite
def _agreement(draw: st.DrawFn, keys: list[str], partners: list[dict[str, str]]
               ) -> dict[str, Any]:
    owner = draw(_values(plan.Owner))
    partner = draw(st.sampled_from(partners)) if owner == "partner" else None
    return {"what": draw(_WORDS), "owner": owner, "partner": partner,
            "due_date": _iso(draw(_optional(_days(date(2020, 1, 1), date(2030, 1, 1))))),
            "status": draw(_values(plan.AgreementStatus)),
            "domain_keys": draw(st.lists(st.sampled_from(keys), unique=True, max_size=3))}


@st.composite
def _topics(draw: st.DrawFn) -> list[dict[str, Any]]:
    topics = []
    for topic in inv.Topic:
        state = draw(_values(inv.TopicState))
        topics.append({"topic": topic.value, "state": state, "note": draw(_NOTE),
                       "reason": draw(_WORDS) if state == "not_applicable" else ""})
    return topics


@st.composite
def _safety_record(draw: st.DrawFn, since: date) -> dict[str, Any]:
    consultations = [{"who": draw(_WORDS), "consulted_on": draw(_days(since)).isoformat(),
                      "with_veilig_thuis": draw(st.booleans())}
                     for _ in range(draw(st.integers(0, 2)))]
    talked = draw(_optional(_days(since)))
    decided = draw(st.booleans())
    answers = {q.value: draw(_optional(st.booleans())) for q in sf.SafetyQuestion}
    if decided:
        answers["suspicion"] = draw(st.booleans())
    may_be_done = {"consult": bool(consultations), "talk": talked is not None, "decide": decided}
    steps = {step.value: {"note": draw(_NOTE),
                          "done": draw(st.booleans()) and may_be_done.get(step.value, True)}
             for step in sf.SafetyStep}
    reporting = answers["acute_or_structural_unsafety"] is True
    choices = ["report_to_veilig_thuis", "report_and_help"] if reporting else [
        d.value for d in sf.SafetyDecision]
    return {
        "restricted": True, "steps": steps, "consultations": consultations,
        "talked_with_person_on": _iso(talked), "why_not": draw(_NOTE), **answers,
        "decision": draw(st.sampled_from(choices)) if decided else None,
        "decided_on": draw(_days(since)).isoformat() if decided else None,
        "reason": draw(_WORDS) if decided else draw(_NOTE),
        "advice_at_decision": draw(_optional(_values(sf.SafetyDecision))) if decided else None,
    }


@st.composite
def _conversation(draw: st.DrawFn, held_on: date, partners: list[dict[str, str]]
                  ) -> dict[str, Any]:
    keys = draw(st.lists(st.sampled_from(DOMAIN_KEYS), unique=True, min_size=1, max_size=4))
    rules = draw(st.lists(st.sampled_from(["possible_dementia", "concerns_in_three_domains",
                                           "money_or_work_and_health"]), unique=True))
    support = draw(_optional(_values(conv.ClientSupport)))
    application = draw(_optional(_days(held_on)))
    return {
        "held_on": held_on.isoformat(), "place": draw(_values(conv.Place)),
        "melding_date": _iso(draw(_optional(_days(held_on - timedelta(days=60), held_on)))),
        "question": draw(_NOTE), "checklist_id": "toegang-standaard", "checklist_version": "2026.1",
        "participants": [{"role": draw(_values(conv.ParticipantRole)), "name": draw(_NOTE)}
                         for _ in range(draw(st.integers(0, 2)))],
        "assessments": [draw(_assessment(key, index)) for index, key in enumerate(keys)],
        "markers": sorted(draw(st.sets(_values(conv.Marker)))),
        "decisions": [{"rule_id": rule, "rule_title": draw(_WORDS),
                       "decision": draw(_values(conv.Decision)), "reason": draw(_WORDS)}
                      for rule in sorted(rules)],
        "resident_recognises": draw(_optional(_values(conv.Recognition))),
        "resident_view": draw(_NOTE), "client_support": support,
        "client_support_date": _iso(draw(_days(held_on)) if support else None),
        "application_date": _iso(application),
        "decision_date": _iso(draw(_optional(_days(application))) if application else None),
        "finalised_on": _iso(draw(_optional(_days(held_on)))),
        "route": draw(_optional(_route())),
        "agreements": draw(st.lists(_agreement(keys, partners), max_size=3)),
        "investigation_topics": draw(_topics()),
        "safety_record": draw(_optional(_safety_record(held_on))),
    }


@st.composite
def _journal(draw: st.DrawFn, conversations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    places = [{"conversation": c, "agreement": a}
              for c, conversation in enumerate(conversations)
              for a in range(len(conversation["agreements"]))]
    entries: list[dict[str, Any]] = []
    for number in range(draw(st.integers(0, 4))):
        moment = draw(st.datetimes(min_value=datetime(2024, 1, 1),
                                   max_value=datetime(2026, 3, 2, 23, 59)))
        written = draw(st.datetimes(min_value=datetime(2024, 1, 1),
                                    max_value=datetime(2026, 3, 2, 23, 59)))
        entries.append({
            "contact_at": moment.strftime("%Y-%m-%dT%H:%M"), "kind": draw(_values(jr.ContactKind)),
            "with_whom": draw(st.one_of(st.just(""), _NAMES)), "note": draw(_WORDS),
            "domains": draw(st.lists(st.sampled_from(DOMAIN_KEYS), unique=True, max_size=2)),
            "agreements": draw(st.lists(st.sampled_from(places), unique_by=str, max_size=2))
            if places else [],
            "written_by": draw(_NAMES),
            "written_at": written.replace(microsecond=0).isoformat() + "+00:00",
            "corrects": draw(_optional(st.integers(0, number - 1))) if number else None,
            "for_resident_report": draw(st.booleans()),
        })
    return entries


@st.composite
def dossiers(draw: st.DrawFn) -> dict[str, Any]:
    """A whole version 3 dossier file as parsed JSON; conversations oldest first."""
    held = sorted(draw(st.lists(_days(date(2024, 1, 1)), min_size=1, max_size=3)))
    # One directory entry per organisation, as an export from one store has: on import an
    # organisation already in the directory is used as it is (docs/dossier-format.md).
    partners = [{"organisation": name, "contact": draw(_NOTE), "offers": draw(_NOTE)}
                for name in ORGANISATIONS]
    conversations = [draw(_conversation(day, partners)) for day in held]
    return {
        "format": "toegang-dossier", "format_version": 3,
        "exported_at": "2026-03-02T09:15:00+00:00", "app_version": "0.1.0",
        "resident": draw(_resident()), "household": draw(st.lists(_member(), max_size=3)),
        "conversations": conversations, "journal": draw(_journal(conversations)),
    }
