"""How a dossier file breaks the schema, as stable problem codes with JSON paths.

Each jsonschema error becomes a code with plain parameters; the validator's English message
is never passed on, nor a value from the file that could be personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from ..domain.problems import Problem
from .dossier_json import load_schema
from .json_values import printable

TYPE_WORDS = {  # JSON Schema type -> the word in json_wrong_type's `expected`
    "string": "text", "integer": "whole number", "number": "number", "array": "list",
    "object": "object", "boolean": "true/false", "null": "null",
}
_MAX_KEY_LENGTH = 60  # an unknown key from the file is named; a very long one is cut short


def schema_problems(data: object) -> list[Problem]:
    """Every place where the data does not fit the schema, in document order.

    Each fault becomes a stable code with plain parameters (see schema_problem); the
    validator's English message is never passed on, nor a value from the file that could
    be personal data.
    """
    problems: list[Problem] = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: _order(e.absolute_path)):
        for problem in schema_problem(error):
            if problem not in problems:
                problems.append(problem)
    return problems


@cache
def _validator() -> Any:
    """One validator per process, over the schema with its references put in place: the
    format has no recursive definitions, and resolving a $ref on each of the ~160,000
    visits a dossier of 200 conversations needs was a third of the whole check."""
    # Imported here: jsonschema costs ~45 ms, which start-up should not pay.
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    schema = load_schema()
    definitions = schema["$defs"]

    def inlined(node: Any) -> Any:
        if isinstance(node, list):
            return [inlined(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:  # beside a $ref the schema has only a description
            name = str(node["$ref"]).removeprefix("#/$defs/")
            return inlined(definitions[name]) | {k: v for k, v in node.items() if k != "$ref"}
        return {key: inlined(value) for key, value in node.items()}

    return Draft202012Validator(inlined(schema), format_checker=Draft202012Validator.FORMAT_CHECKER)


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
    return printable(str(key), _MAX_KEY_LENGTH)


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
