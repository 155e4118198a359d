"""Choosing the checklist: the municipality's own file if set and valid, else the default."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# Re-exported (`as`): the screens name the checklist's types through services, never content/.
from ..content.checklist import Checklist as Checklist
from ..content.checklist import LifeDomain as LifeDomain
from ..content.checklist import load_checklist
from ..content.rules import default_rules_path, load_rules
from ..content.toml_reader import ContentError
from ..domain.rules import RuleSet
from ..locations import default_checklist_path

if TYPE_CHECKING:
    from ..export.dossier_json_read import KnownChecklist

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedContent:
    """The checklist and rules in use, and what was wrong with the professional's own files
    (each replaced by the standard one)."""

    checklist: Checklist
    rules: RuleSet
    problems: list[ContentError]


def load_content(checklist_file: Path | None, rules_file: Path | None) -> LoadedContent:
    checklist, checklist_problem = active_checklist(checklist_file)
    rules, rules_problem = active_rules(rules_file, checklist)
    problems = [p for p in (checklist_problem, rules_problem) if p is not None]
    for problem in problems:
        log.warning("custom content skipped: %s", problem.code)
    if rules.skipped:
        log.warning("rules left out for this checklist: %s", ", ".join(rules.skipped))
    return LoadedContent(checklist, rules, problems)


def active_checklist(custom: Path | None) -> tuple[Checklist, ContentError | None]:
    """The checklist to use, and the problem with the custom file when it had to be skipped."""
    if custom is not None:
        try:
            return load_checklist(custom), None
        except ContentError as error:
            return load_checklist(default_checklist_path()), error
    return load_checklist(default_checklist_path()), None


def active_rules(custom: Path | None, checklist: Checklist) -> tuple[RuleSet, ContentError | None]:
    """The recognition rules to use, and the problem with the custom file when it was skipped.

    Rules are checked against the checklist's domains, so a rule never names a domain the
    conversation cannot have.
    """
    keys = [d.key for d in checklist.domains]
    if custom is not None:
        try:
            return load_rules(custom, keys), None
        except ContentError as error:
            return load_rules(default_rules_path(), keys, skip_foreign_rules=True), error
    return load_rules(default_rules_path(), keys, skip_foreign_rules=True), None


def check_checklist_file(path: Path) -> Checklist:
    """Load a checklist chosen in the settings and prove the rules work with it; raises
    ContentError so a file that would break the next start is never saved as the setting."""
    checklist = load_checklist(path)
    active_rules(None, checklist)
    return checklist


def known_checklists(active: Checklist) -> tuple[KnownChecklist, ...]:
    """The checklists an imported conversation may name with their domains checked: the one
    in use (a municipality's own or the standard) and the standard one."""
    from ..export.dossier_json_read import KnownChecklist  # here: start-up needs no JSON code

    standard = active if active.source == default_checklist_path() else load_checklist(
        default_checklist_path())
    return tuple(dict.fromkeys(
        KnownChecklist(c.id, c.version, tuple(d.key for d in c.domains))
        for c in (active, standard)))
