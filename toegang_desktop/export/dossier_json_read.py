"""Reading the JSON dossier format (versions 1, 2 and 3) back into domain objects.

Reading checks the structure against the schema (dossier_json_schema.py), then the content
with the domain rules, and reports every problem at once, each with its JSON path
("conversations[0].place"). A version 1 file has none of the version 2 conversation fields,
and neither has the version 3 parts (dossier_json_plan.py); they take their defaults.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ..domain import conversation as conv
from ..domain import resident as res
from ..domain.conversation import Conversation, DomainAssessment, SignalDecision
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import Resident
from .dossier_json import ASSESSMENT_KEYS, FORMAT, FORMAT_VERSION, RESIDENT_TEXT, WEIGHING_DATES
from .dossier_json_guard import untrusted_value_problems
from .dossier_json_journal import JournalImport, read_journal
from .dossier_json_parts import ConversationParts
from .dossier_json_plan import read_parts
from .dossier_json_schema import TYPE_WORDS, json_path, schema_problem, schema_problems
from .json_fields import from_json
from .json_values import day, enum_or, objects, optional_enum, printable, text

__all__ = [  # the schema checks are part of this module's interface too
    "TYPE_WORDS", "DossierData", "KnownChecklist", "check_format", "dossier_from_dict",
    "format_version", "json_path", "read_dossier", "schema_problem", "schema_problems",
]
_PARTS_SINCE = 3  # the format version that added route, agreements, topics and safety_record
_HOUSEHOLD_FIELD = re.compile(r"^household\[(\d+)\]")


@dataclass(frozen=True)
class KnownChecklist:
    """A checklist this workstation has (the one in use, the standard one). A conversation
    that names it by id and version may only have its domains: a key it lacks ('geld' for
    'finances') would count for no recognition rule, and its signals would silently vanish.
    A conversation naming any other checklist or version keeps its keys as recorded, as old
    conversations do after a checklist changes (docs/dossier-format.md)."""

    id: str
    version: str
    domain_keys: tuple[str, ...]


@dataclass(frozen=True)
class DossierData:
    """Everything a dossier file holds, read: see `read_dossier`."""

    resident: Resident
    conversations: list[Conversation]
    parts: list[ConversationParts]
    journal: list[JournalImport]


def dossier_from_dict(
    data: object, today: date | None = None, checklists: Sequence[KnownChecklist] = (),
) -> tuple[Resident, list[Conversation], list[ConversationParts]]:
    """The resident, conversations and their parts of a parsed dossier (`read_dossier`
    without the journal, which names its agreements by their place in the file)."""
    read = read_dossier(data, today, checklists)
    return read.resident, read.conversations, read.parts


def read_dossier(
    data: object, today: date | None = None, checklists: Sequence[KnownChecklist] = (),
) -> DossierData:
    """The resident (normalised), the conversations and each conversation's parts (route,
    agreements, topics, reporting-code record; in the same order) of a parsed dossier file.
    Domain keys are checked against `checklists` (see KnownChecklist).

    Conversations carry resident_id 0 until the importer knows the new id. Raises
    ValidationFailed with every problem found; a foreign or newer file is refused first.
    Content problems on a path the schema already reported are left out (one per fault).
    """
    judged_on = today or date.today()
    untrusted = untrusted_value_problems(data)  # before anything reads, stores or names it
    if untrusted:
        raise ValidationFailed(untrusted)
    dossier = check_format(data)
    problems = schema_problems(dossier)
    resident, semantic = _read_resident(dossier, judged_on)
    with_parts = format_version(dossier) >= _PARTS_SINCE  # earlier files have none
    conversations, all_parts = [], []
    for index, item in objects(dossier.get("conversations")):
        where = f"conversations[{index}]"
        conversation, found = _read_conversation(item, where, judged_on)
        found += _unknown_domains(item, where, checklists)
        keys = {a.domain_key for a in conversation.assessments}
        parts, more = read_parts(item, where, keys, judged_on) if with_parts else (
            ConversationParts(), [])
        conversations.append(conversation)
        all_parts.append(parts)
        semantic += found + more
    journal, found = read_journal(dossier.get("journal"), [len(p.agreements) for p in all_parts],
                                  datetime.combine(judged_on, time(23, 59)))
    semantic += found
    reported = {p.field for p in problems}
    problems += [p for p in semantic if p.field not in reported]
    if problems:
        raise ValidationFailed(problems)
    return DossierData(resident, conversations, all_parts, journal)


def check_format(data: object) -> dict[str, Any]:
    """The data as a dossier object of a version this app reads (see format_version);
    refuses anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        params = {"found": printable(found)} if isinstance(found, str) else {}
        raise ValidationFailed([Problem("json_not_dossier", "format", params)])
    format_version(data)
    return data


def format_version(data: dict[str, Any]) -> int:
    """The file's format version: the one notion of it, for the schema check and the reader.

    Only a JSON whole number counts. 3.0, true and "3" are refused by name
    (json_version_not_whole {found}: 'decimal number', 'true/false', 'text', ...): the schema's
    `enum` takes 3.0 for 3, and a reader that then misjudged the version would silently
    drop what that version added. A higher version than this app knows is
    json_newer_format {found, supported}; a lower one than 1 is json_not_allowed.
    """
    if "format_version" not in data:
        raise ValidationFailed([Problem("json_required", "format_version",
                                        {"key": "format_version"})])
    version = data["format_version"]
    if type(version) is not int:  # bool is an int to isinstance, and 3.0 == 3 to the schema
        found = "decimal number" if isinstance(version, float) else TYPE_WORDS[_json_type(version)]
        raise ValidationFailed([Problem("json_version_not_whole", "format_version",
                                        {"found": found, "supported": FORMAT_VERSION})])
    if version > FORMAT_VERSION:
        raise ValidationFailed([Problem("json_newer_format", "format_version",
                                        {"found": version, "supported": FORMAT_VERSION})])
    if version < 1:
        allowed = ", ".join(str(v) for v in range(1, FORMAT_VERSION + 1))
        raise ValidationFailed([Problem("json_not_allowed", "format_version",
                                        {"allowed": allowed})])
    return version


def _json_type(value: object) -> str:
    """The JSON Schema type name of a parsed value."""
    if value is None:
        return "null"
    for kind, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
                       (list, "array"), (dict, "object")):
        if isinstance(value, kind):
            return name
    return "object"


def _unknown_domains(
    obj: dict[str, Any], where: str, checklists: Sequence[KnownChecklist]
) -> list[Problem]:
    """domain_key_unknown {key, checklist, version, known} for each domain of a conversation
    that names a known checklist but is not one of its domains."""
    named = (text(obj, "checklist_id"), text(obj, "checklist_version"))
    checklist = next((c for c in checklists if (c.id, c.version) == named), None)
    if checklist is None:
        return []
    params = {"checklist": checklist.id, "version": checklist.version,
              "known": ", ".join(checklist.domain_keys)}
    return [
        Problem("domain_key_unknown", f"{where}.assessments[{index}].domain_key",
                {"key": printable(key), **params})
        for index, item in objects(obj.get("assessments"))
        if isinstance(key := item.get("domain_key"), str) and key
        and key not in checklist.domain_keys
    ]


def _read_resident(data: dict[str, Any], today: date) -> tuple[Resident, list[Problem]]:
    raw = data.get("resident")
    obj = raw if isinstance(raw, dict) else {}
    members = objects(data.get("household"))
    household = [
        res.HouseholdMember(
            first_names=text(m, "first_names"), prefix=text(m, "prefix"),
            surname=text(m, "surname"), date_of_birth=day(m, "date_of_birth"),
            role=enum_or(res.HouseholdRole, m.get("role"), res.HouseholdRole.OTHER_ADULT),
        )
        for _, m in members
    ]
    born = day(obj, "date_of_birth")
    resident = Resident("", "", date_of_birth=born or today, household=household)
    for name in RESIDENT_TEXT:
        setattr(resident, name, text(obj, name))
    resident = res.normalized(resident)
    problems = []
    if born is None and isinstance(raw, dict):
        problems.append(Problem("birth_date_missing", "resident.date_of_birth"))
    for p in res.validate_resident(resident, today):
        match = _HOUSEHOLD_FIELD.match(p.field)
        if match:  # index among the member objects -> index in the JSON array
            field = f"household[{members[int(match.group(1))][0]}]{p.field[match.end():]}"
        elif isinstance(raw, dict):
            field = f"resident.{p.field}"
        else:
            continue  # the resident is not an object at all; the schema said so
        problems.append(Problem(p.code, field, p.params))
    return resident, problems


def _read_conversation(
    obj: dict[str, Any], where: str, today: date
) -> tuple[Conversation, list[Problem]]:
    held_on = day(obj, "held_on")
    role = conv.ParticipantRole
    participants = [
        conv.Participant(enum_or(role, p.get("role"), role.OTHER), text(p, "name"))
        for _, p in objects(obj.get("participants"))
    ]
    conversation = Conversation(
        resident_id=0, held_on=held_on or today,
        place=enum_or(conv.Place, obj.get("place"), conv.Place.OFFICE),
        checklist_id=text(obj, "checklist_id"), checklist_version=text(obj, "checklist_version"),
        melding_date=day(obj, "melding_date"), question=text(obj, "question"),
        participants=participants,
    )
    problems = _read_weighing(obj, conversation, where, today)
    if held_on is not None:  # without a date the header cannot be judged
        for p in conv.validate_conversation_header(conversation, today):
            problems.append(Problem(p.code, f"{where}.{p.field}", p.params))
    if obj.get("assessments") == []:  # nothing to show; the schema says so too
        problems.append(Problem("json_too_short", f"{where}.assessments",
                                {"min": 1, "unit": "items"}))
    seen: set[str] = set()
    for index, item in objects(obj.get("assessments")):
        assessment = _read_assessment(item)
        here = f"{where}.assessments[{index}]"
        for p in conv.validate_assessment(assessment):
            field = p.field.replace(f"assessments[{assessment.domain_key}]", here, 1)
            problems.append(Problem(p.code, field, p.params))
        if assessment.domain_key in seen:
            params = {"domain_key": assessment.domain_key}
            problems.append(Problem("domain_key_duplicate", f"{here}.domain_key", params))
        seen.add(assessment.domain_key)
        conversation.assessments.append(assessment)
    return conversation, problems


def _read_weighing(
    obj: dict[str, Any], conversation: Conversation, where: str, today: date
) -> list[Problem]:
    """Markers, decisions, the weighing and the legal dates (version 2; absent in version 1)."""
    markers = obj.get("markers")
    conversation.markers = {
        marker for marker in (optional_enum(conv.Marker, m) for m in
                              (markers if isinstance(markers, list) else []))
        if marker is not None
    }
    conversation.resident_recognises = optional_enum(
        conv.Recognition, obj.get("resident_recognises"))
    conversation.resident_view = text(obj, "resident_view")
    conversation.client_support = optional_enum(conv.ClientSupport, obj.get("client_support"))
    for name in WEIGHING_DATES:
        setattr(conversation, name, day(obj, name))
    problems = [Problem(p.code, f"{where}.{p.field}", p.params)
                for p in conv.validate_weighing(conversation, today)]
    for index, item in objects(obj.get("decisions")):
        decision = SignalDecision(
            rule_id=text(item, "rule_id"), rule_title=text(item, "rule_title"),
            decision=enum_or(conv.Decision, item.get("decision"), conv.Decision.CONFIRMED),
            reason=text(item, "reason"),
        )
        here = f"{where}.decisions[{index}]"
        for p in conv.validate_decision(decision):
            field = p.field.replace(f"decisions[{decision.rule_id}]", here, 1)
            problems.append(Problem(p.code, field, p.params))
        if decision.rule_id in conversation.decisions:
            params = {"rule_id": decision.rule_id}
            problems.append(Problem("decision_duplicate", f"{here}.rule_id", params))
        conversation.decisions[decision.rule_id] = decision
    return problems


def _read_assessment(obj: dict[str, Any]) -> DomainAssessment:
    return DomainAssessment(**from_json(ASSESSMENT_KEYS, obj))
