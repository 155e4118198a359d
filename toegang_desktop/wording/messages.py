"""Wording of problems and errors for people, in the interface language.

Domain, store and content code report stable codes; this is the one place that turns them
into sentences that say what is wrong and how to fix it.
"""

from __future__ import annotations

import errno
from typing import Any

from ..domain.problems import Problem
from ..domain.protected_files import ProtectedFileError
from .field_names import describe_path
from .problem_texts import problem_templates, type_words
from .sources import ContentProblem
from .translation import translate  # lupdate finds translate("Context", "...") calls


def _variant(problem: Problem) -> str:
    """Which wording of the code fits its parameters ('' for the plain one)."""
    params = problem.params
    match problem.code:
        case "json_unreadable":
            return str(params.get("reason", ""))
        case "json_bad_format":
            return str(params.get("expected", ""))
        case "json_too_short":
            if problem.field.endswith("].assessments"):
                return "domains"
            least = params.get("min")
            return str(params.get("unit", "")) if isinstance(least, int) and least > 1 else ""
        case "json_too_long":
            return str(params.get("unit", ""))
        case "json_too_deep":
            return "line" if "line" in params else ""
        case "json_out_of_range":
            low, high = params.get("min") is not None, params.get("max") is not None
            return "between" if low and high else "min" if low else "max" if high else ""
    return ""


def _expected_words(expected: object) -> str:
    """'whole number|null' -> 'a whole number or null (empty)', in the interface language."""
    words = type_words()
    names = [words.get(name, name) for name in str(expected).split("|")]
    text = names[0]
    for name in names[1:]:
        text = translate("Messages", "{first} or {second}").format(first=text, second=name)
    return text


class _Unknown(dict[str, Any]):
    """Format parameters that leave a missing one out instead of showing '{name}'."""

    def __missing__(self, key: str) -> str:
        return "…"


def problem_text(problem: Problem) -> str:
    templates = problem_templates()
    template = templates.get(f"{problem.code}:{_variant(problem)}") or templates.get(problem.code)
    if template is None:
        return translate("Messages", "Unexpected problem: {code}").format(code=problem.code)
    params = _Unknown(problem.params)
    if problem.code == "json_wrong_type":
        params["expected"] = _expected_words(problem.params.get("expected", ""))
    if problem.code == "json_version_not_whole":
        params["found"] = _expected_words(problem.params.get("found", ""))
    try:
        return template.format_map(params)
    except (IndexError, ValueError, AttributeError):
        return template


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem: where it is, then what is wrong."""
    return [
        f"{where}: {problem_text(problem)}" if (where := describe_path(problem.field))
        else problem_text(problem)
        for problem in problems
    ]


def content_problem_text(error: ContentProblem) -> str:
    problems = {
        "not_found": translate("Messages", "the file does not exist"),
        "unreadable": translate("Messages", "the file cannot be read ({detail})"),
        "syntax": translate("Messages", "the file is not valid TOML ({detail})"),
        "missing": translate("Messages", "'{detail}' is missing"),
        "not_table": translate("Messages", "a table ([...]) was expected"),
        "not_text": translate("Messages", "a text between quotes was expected"),
        "not_list": translate("Messages", "a list [...] was expected"),
        "empty": translate("Messages", "the text is empty"),
        "count": translate("Messages", "the number of items must be {detail}"),
        "bad_key": translate("Messages", "the key '{detail}' may only hold letters a-z, digits and _"),
        "duplicate": translate("Messages", "the key '{detail}' occurs twice"),
        "unknown_condition": translate(
            "Messages", "'{detail}' is no known condition (use count, marker, household, all or any)"
        ),
        "unknown_domain": translate("Messages", "the life domain '{detail}' is not in the checklist"),
        "unknown_value": translate("Messages", "the value '{detail}' is not allowed here"),
        "unknown_key": translate("Messages", "the key '{detail}' is not known here"),
        "not_number": translate("Messages", "a whole number ({detail}) was expected"),
        "not_boolean": translate("Messages", "true or false was expected"),
        "too_long": translate("Messages", "the text may have at most {detail} characters"),
        "duplicate_name": translate("Messages", "the name '{detail}' occurs twice"),
        "too_deep": translate(
            "Messages", "it is nested more than {detail} levels deep, which no content file needs"),
        "too_deep_line": translate(
            "Messages", "from line {detail} on it is nested deeper than any content file needs"),
        "too_large": translate("Messages", "the file is larger than {detail}, too large for a "
                               "content file"),
        "number_too_long": translate("Messages", "a number in it has too many digits"),
    }
    what = problems.get(error.code, error.code).format(detail=error.detail)
    if error.place in ("", "-"):  # the whole file (missing, unreadable, not TOML): no place
        return translate("Messages", "The file {path} cannot be used: {problem}.").format(
            path=str(error.path), problem=what)
    return translate("Messages", "The file {path} cannot be used: at {place}, {problem}.").format(
        path=str(error.path), place=error.place, problem=what
    )


def content_error_text(error: ContentProblem) -> str:
    """The problem, and that the app carries on with the standard content."""
    return (
        content_problem_text(error)
        + " "
        + translate("Messages", "The standard file is used instead; correct the file and restart.")
    )


def file_error_reason(error: OSError) -> str:
    """Why a file could not be written, in words (the system's own text only as a last resort)."""
    if isinstance(error, ProtectedFileError):  # the chosen path is the store, its key, ...
        return translate("Messages", "that is a file or folder of Toegang Desktop itself (its "
                         "data, key, backups or logs), where no export may be saved")
    if isinstance(error, IsADirectoryError):
        return translate("Messages", "that name is a folder")
    if isinstance(error, FileExistsError):  # e.g. an access request's folder is a file
        return translate("Messages", "a file with that name already exists")
    if isinstance(error, NotADirectoryError):
        return translate("Messages", "part of that path is a file, not a folder")
    if isinstance(error, FileNotFoundError):
        return translate("Messages", "the folder does not exist")
    if isinstance(error, PermissionError):
        return translate(
            "Messages", "there is no permission to write there, or the file is open in another program")
    if error.errno == errno.ENOSPC:
        return translate("Messages", "the disk is full")
    if error.errno == errno.EROFS:
        return translate("Messages", "that place can only be read (a locked or read-only disk)")
    # The system's own text is English (and may name the path): only its code, for support.
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return translate("Messages", "the system refused it (error {code})").format(code=code)


def file_write_error_text(error: OSError) -> str:
    """A file (export, report, log, aggregate) that could not be written: why, and the way out."""
    return translate("Messages", "The file could not be saved: {reason}. Choose another folder or "
                     "file name and try again.").format(reason=file_error_reason(error))


def report_error_text(error: OSError) -> str:
    """A report (PDF) that could not be written: why, and the way out."""
    return translate(
        "Messages", "The report could not be saved: {reason}. Choose another folder or file name "
        "and try again.").format(reason=file_error_reason(error))
