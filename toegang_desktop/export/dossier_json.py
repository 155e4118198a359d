"""The versioned JSON dossier format: one resident's whole dossier as plain data (writing).

Described in docs/dossier-format.md and resources/schemas/dossier.schema.json. The version 3
parts of a conversation (route, agreements, topics, the restricted reporting-code record) are
written by dossier_json_parts.py. Reading, which also accepts format versions 1 and 2, lives
in dossier_json_read.py.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ..domain.conversation import Conversation, DomainAssessment
from ..domain.fields import value_fields
from ..domain.journal import JournalEntry
from ..domain.resident import Resident
from ..locations import resources_dir
from .dossier_json_journal import journal_to_list
from .dossier_json_parts import ConversationParts, parts_to_dict
from .json_fields import to_json
from .json_values import iso

FORMAT = "toegang-dossier"
FORMAT_VERSION = 3
RESIDENT_TEXT = (
    "first_names", "prefix", "surname", "bsn", "street", "house_number", "postcode", "city",
    "phone", "email",
)
# An assessment's keys are its fields, in the dataclass's order.
ASSESSMENT_KEYS = value_fields(DomainAssessment)
WEIGHING_DATES = ("client_support_date", "application_date", "decision_date", "finalised_on")


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the format, as shipped in resources/schemas/ (fits versions 1 to 3)."""
    path = resources_dir() / "schemas" / "dossier.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def dossier_to_dict(
    resident: Resident, conversations: Sequence[Conversation], exported_at: datetime,
    app_version: str, parts: Sequence[ConversationParts] | None = None,
    journal: Sequence[JournalEntry] = (),
) -> dict[str, Any]:
    """The dossier as JSON-ready data; conversations oldest first, database ids left out.

    `parts` belong to `conversations` in the same order (None: every conversation has none);
    the `journal`'s entries name agreements among them by their place in the file.
    """
    if exported_at.tzinfo is None:
        raise ValueError("exported_at needs a time zone")
    person: dict[str, Any] = {name: getattr(resident, name) for name in RESIDENT_TEXT}
    person["date_of_birth"] = resident.date_of_birth.isoformat()
    household = [
        {"role": m.role.value, "first_names": m.first_names, "prefix": m.prefix,
         "surname": m.surname, "date_of_birth": iso(m.date_of_birth)}
        for m in resident.household
    ]
    extras = list(parts) if parts is not None else [ConversationParts() for _ in conversations]
    if len(extras) != len(conversations):
        raise ValueError("parts must match the conversations one to one")
    ordered = sorted(zip(conversations, extras, strict=True),
                     key=lambda pair: (pair[0].held_on, pair[0].id or 0))
    places = {
        entry.agreement.id: (conversation, number)
        for conversation, (_c, p) in enumerate(ordered)
        for number, entry in enumerate(p.agreements) if entry.agreement.id is not None
    }
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "exported_at": exported_at.astimezone(UTC).isoformat(timespec="seconds"),
        "app_version": app_version, "resident": person, "household": household,
        "conversations": [_conversation_dict(c) | parts_to_dict(p) for c, p in ordered],
        "journal": journal_to_list(journal, places),
    }


def _conversation_dict(c: Conversation) -> dict[str, Any]:
    assessments = [to_json(ASSESSMENT_KEYS, a)
                   for a in sorted(c.assessments, key=lambda a: a.position)]
    decisions = [
        {"rule_id": d.rule_id, "rule_title": d.rule_title, "decision": d.decision.value,
         "reason": d.reason}
        for d in sorted(c.decisions.values(), key=lambda d: d.rule_id)
    ]
    data: dict[str, Any] = {
        "held_on": c.held_on.isoformat(), "place": c.place.value,
        "melding_date": iso(c.melding_date), "question": c.question,
        "checklist_id": c.checklist_id, "checklist_version": c.checklist_version,
        "participants": [{"role": p.role.value, "name": p.name} for p in c.participants],
        "assessments": assessments,
        "markers": sorted(m.value for m in c.markers),
        "decisions": decisions,
        "resident_recognises": c.resident_recognises.value if c.resident_recognises else None,
        "resident_view": c.resident_view,
        "client_support": c.client_support.value if c.client_support else None,
    }
    for name in WEIGHING_DATES:
        data[name] = iso(getattr(c, name))
    return data
