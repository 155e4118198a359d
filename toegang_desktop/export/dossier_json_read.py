"""Reading the JSON dossier format (versions 1 and 2) back into domain objects.

Reading checks the structure against the schema, then the content with the domain rules,
and reports every problem at once, each with its JSON path ("conversations[0].place").
A version 1 file has none of the version 2 conversation fields; they take their defaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from ..domain import conversation as conv
from ..domain import resident as res
from ..domain.conversation import Conversation, DomainAssessment, SignalDecision
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import Resident
from .dossier_json import FORMAT, FORMAT_VERSION, RESIDENT_TEXT, WEIGHING_DATES, load_schema

TYPE_WORDS = {  # JSON Schema type -> the word in json_wrong_type's `expected`
    "string": "text", "integer": "whole number", "number": "number", "array": "list",
    "object": "object", "boolean": "true/false", "null": "null",
}
_MAX_KEY_LENGTH = 60  # an unknown key from the file is named; a very long one is cut short
_ASSESSMENT_TEXT = ("not_discussed_reason", "own_words", "strengths", "wishes", "notes")
_ASSESSMENT_FLAGS = ("help_self", "help_network", "help_professional", "wants_to_talk")
_HOUSEHOLD_FIELD = re.compile(r"^household\[(\d+)\]")
_E = TypeVar("_E", bound=StrEnum)


def dossier_from_dict(
    data: object, today: date | None = None
) -> tuple[Resident, list[Conversation]]:
    """The resident (normalised) and conversations of a parsed dossier file, version 1 or 2.

    Conversations carry resident_id 0 until the importer knows the new id. Raises
    ValidationFailed with every problem found; a foreign or newer file is refused first.
    Content problems on a path the schema already reported are left out (one per fault).
    """
    day = today or date.today()
    dossier = check_format(data)
    problems = schema_problems(dossier)
    resident, semantic = _read_resident(dossier, day)
    conversations = []
    for index, item in _objects(dossier.get("conversations")):
        conversation, found = _read_conversation(item, f"conversations[{index}]", day)
        conversations.append(conversation)
        semantic += found
    reported = {p.field for p in problems}
    problems += [p for p in semantic if p.field not in reported]
    if problems:
        raise ValidationFailed(problems)
    return resident, conversations


def check_format(data: object) -> dict[str, Any]:
    """The data as a dossier object; refuses anything else, and newer format versions."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        params = {"found": found} if isinstance(found, str) else {}
        raise ValidationFailed([Problem("json_not_dossier", "format", params)])
    version = data.get("format_version")
    if isinstance(version, int | float) and version > FORMAT_VERSION:  # True > 2 is False
        found_version = {"found": version, "supported": FORMAT_VERSION}
        raise ValidationFailed([Problem("json_newer_format", "format_version", found_version)])
    return data


def schema_problems(data: object) -> list[Problem]:
    """Every place where the data does not fit the schema, in document order.

    Each fault becomes a stable code with plain parameters (see schema_problem); the
    validator's English message is never passed on, nor a value from the file that could
    be personal data.
    """
    # Imported here: jsonschema costs ~45 ms, which start-up should not pay.
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    checker = Draft202012Validator.FORMAT_CHECKER
    validator = Draft202012Validator(load_schema(), format_checker=checker)
    problems: list[Problem] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: _order(e.absolute_path)):
        for problem in schema_problem(error):
            if problem not in problems:
                problems.append(problem)
    return problems


def schema_problem(error: Any) -> list[Problem]:
    """The problems one jsonschema ValidationError stands for, by the kind of rule broken.

    json_required {key} (at the missing key), json_unknown_key {key} (at the object),
    json_wrong_type {expected}, json_not_allowed {allowed}, json_bad_format {expected},
    json_too_short {min, unit}, json_too_long {max, unit}, json_out_of_range {min, max},
    json_not_unique, and json_schema {kind} for any other rule. `expected` of a wrong type
    is one of TYPE_WORDS' values, several joined by '|' ('whole number|null'); `expected`
    of a bad format is 'date', 'date-time', 'bsn' or 'pattern'.
    """
    parts: list[str | int] = list(error.absolute_path)
    kind = str(error.validator)
    value = error.validator_value
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    if "propertyNames" in error.relative_schema_path:  # a key outside the allowed names
        return [Problem("json_unknown_key", json_path(parts), {"key": _key(instance)})]
    if kind == "required":  # point at the missing property itself
        return [Problem("json_required", json_path([*parts, key]), {"key": key})
                for key in _missing_key(error)]
    if kind == "additionalProperties":
        known = schema.get("properties", {})
        extra = [k for k in instance if k not in known] if isinstance(instance, dict) else []
        return [Problem("json_unknown_key", json_path(parts), {"key": _key(k)}) for k in extra]
    where = json_path(parts)
    if kind == "type":
        names = [value] if isinstance(value, str) else list(value)
        expected = "|".join(TYPE_WORDS.get(name, name) for name in names)
        return [Problem("json_wrong_type", where, {"expected": expected})]
    if kind in ("enum", "const"):
        allowed = value if kind == "enum" else [value]
        listed = ", ".join(_allowed_word(a) for a in allowed)
        return [Problem("json_not_allowed", where, {"allowed": listed})]
    if kind in ("pattern", "format"):
        return [Problem("json_bad_format", where, {"expected": _format_of(schema, parts)})]
    if kind in ("minLength", "minItems", "maxLength", "maxItems"):
        code = "json_too_short" if kind.startswith("min") else "json_too_long"
        unit = "characters" if kind.endswith("Length") else "items"
        limit = "min" if kind.startswith("min") else "max"
        return [Problem(code, where, {limit: value, "unit": unit})]
    if kind in ("minimum", "maximum"):
        bounds = {"min": schema.get("minimum"), "max": schema.get("maximum")}
        return [Problem("json_out_of_range", where, bounds)]
    if kind == "uniqueItems":
        return [Problem("json_not_unique", where)]
    return [Problem("json_schema", where, {"kind": kind})]


def _key(key: object) -> str:
    text = str(key)
    return text if len(text) <= _MAX_KEY_LENGTH else text[: _MAX_KEY_LENGTH - 1] + "…"


def _missing_key(error: Any) -> list[str]:
    """The one missing property a 'required' error is about (jsonschema names it first)."""
    keys = [k for k in error.validator_value if isinstance(k, str)]
    named = [k for k in keys if str(error.message).startswith(repr(k))]
    if named:
        return named[:1]
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [k for k in keys if k not in instance][:1]


def _allowed_word(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _format_of(schema: dict[str, Any], parts: list[str | int]) -> str:
    """What a value with a bad pattern or format should look like; never the value itself."""
    known = schema.get("format")
    if known in ("date", "date-time"):
        return str(known)
    if parts and parts[-1] == "bsn":
        return "bsn"
    return "pattern"


def json_path(parts: Iterable[str | int]) -> str:
    """'resident.bsn', 'household[1].role'; the empty string for the whole document."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _order(parts: Iterable[str | int]) -> list[tuple[int, int, str]]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts]


def _objects(value: object) -> list[tuple[int, dict[str, Any]]]:
    """The objects in a JSON array with their index; anything else was reported already."""
    items = value if isinstance(value, list) else []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _date(obj: dict[str, Any], key: str) -> date | None:
    value = obj.get(key)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def _enum(kind: type[_E], value: object, fallback: _E) -> _E:
    try:
        return kind(value) if isinstance(value, str) else fallback
    except ValueError:
        return fallback


def _optional_enum(kind: type[_E], value: object) -> _E | None:
    try:
        return kind(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _read_resident(data: dict[str, Any], today: date) -> tuple[Resident, list[Problem]]:
    raw = data.get("resident")
    obj = raw if isinstance(raw, dict) else {}
    members = _objects(data.get("household"))
    household = [
        res.HouseholdMember(
            first_names=_text(m, "first_names"), prefix=_text(m, "prefix"),
            surname=_text(m, "surname"), date_of_birth=_date(m, "date_of_birth"),
            role=_enum(res.HouseholdRole, m.get("role"), res.HouseholdRole.OTHER_ADULT),
        )
        for _, m in members
    ]
    born = _date(obj, "date_of_birth")
    resident = Resident("", "", date_of_birth=born or today, household=household)
    for name in RESIDENT_TEXT:
        setattr(resident, name, _text(obj, name))
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
    held_on = _date(obj, "held_on")
    role = conv.ParticipantRole
    participants = [
        conv.Participant(_enum(role, p.get("role"), role.OTHER), _text(p, "name"))
        for _, p in _objects(obj.get("participants"))
    ]
    conversation = Conversation(
        resident_id=0, held_on=held_on or today,
        place=_enum(conv.Place, obj.get("place"), conv.Place.OFFICE),
        checklist_id=_text(obj, "checklist_id"), checklist_version=_text(obj, "checklist_version"),
        melding_date=_date(obj, "melding_date"), question=_text(obj, "question"),
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
    for index, item in _objects(obj.get("assessments")):
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
        marker for marker in (_optional_enum(conv.Marker, m) for m in
                              (markers if isinstance(markers, list) else []))
        if marker is not None
    }
    conversation.resident_recognises = _optional_enum(
        conv.Recognition, obj.get("resident_recognises"))
    conversation.resident_view = _text(obj, "resident_view")
    conversation.client_support = _optional_enum(conv.ClientSupport, obj.get("client_support"))
    for name in WEIGHING_DATES:
        setattr(conversation, name, _date(obj, name))
    problems = [Problem(p.code, f"{where}.{p.field}", p.params)
                for p in conv.validate_weighing(conversation, today)]
    for index, item in _objects(obj.get("decisions")):
        decision = SignalDecision(
            rule_id=_text(item, "rule_id"), rule_title=_text(item, "rule_title"),
            decision=_enum(conv.Decision, item.get("decision"), conv.Decision.CONFIRMED),
            reason=_text(item, "reason"),
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
    discussed, duration = obj.get("discussed"), obj.get("duration")
    assessment = DomainAssessment(
        domain_key=_text(obj, "domain_key"),
        label=_text(obj, "label"),
        position=_whole(obj.get("position")) or 0,
        discussed=discussed if isinstance(discussed, bool) else None,
        level=_whole(obj.get("level")),
        duration=_enum(conv.Duration, duration, conv.Duration.TEMPORARY) if duration else None,
    )
    for name in _ASSESSMENT_TEXT:
        setattr(assessment, name, _text(obj, name))
    for name in _ASSESSMENT_FLAGS:
        setattr(assessment, name, obj.get(name) is True)
    return assessment
