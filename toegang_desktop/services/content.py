"""Choosing the checklist: the municipality's own file if set and valid, else the default."""

from __future__ import annotations

from pathlib import Path

from ..content.checklist import Checklist, ChecklistError, load_checklist
from ..locations import default_checklist_path


def active_checklist(custom: Path | None) -> tuple[Checklist, ChecklistError | None]:
    """The checklist to use, and the problem with the custom file when it had to be skipped."""
    if custom is not None:
        try:
            return load_checklist(custom), None
        except ChecklistError as error:
            return load_checklist(default_checklist_path()), error
    return load_checklist(default_checklist_path()), None
