"""Wording for the learning loop: what the personal-data check found, and why an aggregate
file cannot be used. The found fragments are shown on screen only; never log these lines."""

from __future__ import annotations

from ..domain.personal_data import Finding, FindingKind
from .sources import CodedFileProblem
from .translation import translate  # lupdate finds translate("Context", "...") calls


def finding_kind_text(kind: FindingKind) -> str:
    return {
        FindingKind.BSN: translate("Learning", "a BSN"),
        FindingKind.BIRTH_DATE: translate("Learning", "a date that may be a date of birth"),
        FindingKind.POSTCODE: translate("Learning", "a postcode (with house number)"),
        FindingKind.ADDRESS: translate("Learning", "an address"),
        FindingKind.PHONE: translate("Learning", "a phone number"),
        FindingKind.EMAIL: translate("Learning", "an e-mail address"),
        FindingKind.NAME: translate("Learning", "the name of a resident"),
    }[kind]


def field_label(name: str) -> str:
    return {
        "what_happened": translate("Learning", "What happened"),
        "what_would_help": translate("Learning", "What would have helped"),
        "area": translate("Learning", "Neighbourhood or area"),
        "description": translate("Learning", "What you notice"),
        "occurred_on": translate("Learning", "Date"),
        "noticed_on": translate("Learning", "Date"),
        "solved_on": translate("Learning", "Solved on"),
        "partner_id": translate("Learning", "Partner"),
    }.get(name, name)


def personal_data_lines(found: list[tuple[str, Finding]]) -> list[str]:
    """One line per finding: where, what kind, and the fragment; then how to go on."""
    lines = [translate("Learning", "{field}: {kind}: \u201c{fragment}\u201d").format(
        field=field_label(name), kind=finding_kind_text(f.kind), fragment=f.fragment)
        for name, f in found]
    lines.append(translate(
        "Learning", "This text goes into anonymous reports, so it may not contain personal data. "
        "Rewrite it without these details (e.g. 'a resident', 'a mother of two', 'in the "
        "spring'); nothing was saved."))
    return lines


def aggregate_error_text(error: CodedFileProblem) -> str:
    texts = {
        "not_aggregate": translate(
            "Learning", "The file {path} is not an aggregate file of Toegang Desktop. Choose the "
            "file that 'Export aggregate file' wrote."),
        "newer_format": translate(
            "Learning", "The file {path} was made by a newer version of Toegang Desktop. Update "
            "this version, or ask for the file from the same version."),
        "invalid": translate(
            "Learning", "The file {path} is damaged or was changed by hand: its numbers cannot be "
            "read. Ask for the file to be exported again."),
        "unreadable": translate(
            "Learning", "The file {path} cannot be read. Check that it exists and that no other "
            "program has it open."),
        "inconsistent": translate(
            "Learning", "The numbers in the file {path} do not agree with each other (for example "
            "more solved bottlenecks than bottlenecks), so it was changed after it was exported. "
            "Nothing was merged: ask for the file to be exported again."),
        "personal_data": translate(
            "Learning", "The file {path} holds a name of a partner, area, rule or life domain that "
            "looks like personal data (an address, a date of birth, a phone number, a BSN or an "
            "e-mail address). A team report must not print it, so nothing was merged. Ask the "
            "workstation to correct the text in the learning loop and export the file again."),
        "duplicate": translate(
            "Learning", "The file {path} is the same aggregate file as {other} (a copy, perhaps "
            "under another name). Merged twice, every number would count double. Choose each "
            "file once."),
        "same_workstation": translate(
            "Learning", "The files {path} and {other} come from the same workstation. Merged "
            "together, its numbers would count double. Choose one file per workstation: the "
            "newest."),
    }
    return texts.get(error.code, texts["invalid"]).format(path=str(error.path), other=error.detail)


def period_mismatch_text() -> str:
    return translate(
        "Learning", "These aggregate files cover different periods. Merge only files of the same "
        "period: export them again for one period.")
