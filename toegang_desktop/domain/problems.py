"""Validation problems as codes, so the UI and CLI can word them in the user's language."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with input: a stable code, the field it concerns, and details."""

    code: str
    field: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised when input does not pass validation; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems
