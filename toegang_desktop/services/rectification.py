"""Rectification (AVG art. 16): which of a resident's details a correction changed."""

from __future__ import annotations

from ..domain.resident import HouseholdMember, Resident

# The details whose corrections are kept, in the order of the resident form.
RESIDENT_HISTORY_FIELDS = (
    "first_names", "prefix", "surname", "date_of_birth", "bsn", "street", "house_number",
    "postcode", "city", "phone", "email", "household",
)


def _household_text(members: list[HouseholdMember]) -> str:
    return "; ".join(
        f"{m.name} ({m.role.value}{', ' + m.date_of_birth.isoformat() if m.date_of_birth else ''})"
        for m in members)


def _value(resident: Resident, name: str) -> str:
    if name == "household":
        return _household_text(resident.household)
    value = getattr(resident, name)
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def corrections(before: Resident, after: Resident) -> list[tuple[str, str, str]]:
    """(field, old value, new value) for every detail that differs, in form order."""
    found = []
    for name in RESIDENT_HISTORY_FIELDS:
        old, new = _value(before, name), _value(after, name)
        if old != new:
            found.append((name, old, new))
    return found
