"""Every field of a DomainAssessment is stored, written to and read from the JSON dossier, on
screen and named in messages: a field added to the dataclass and forgotten in one of those
places fails here, by name. The field lists themselves derive from the dataclass
(domain/fields.py); what can still be forgotten is the column (a migration), the schema
and the field's name in messages (here), and the editor table (tests/ui/test_assessment_editor.py)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from toegang_desktop.domain.conversation import Conversation, DomainAssessment, Place
from toegang_desktop.domain.fields import ValueField, value_fields
from toegang_desktop.domain.resident import Resident
from toegang_desktop.export.dossier_json import ASSESSMENT_KEYS, dossier_to_dict, load_schema
from toegang_desktop.export.dossier_json_read import dossier_from_dict
from toegang_desktop.store.conversations import ConversationRepository
from toegang_desktop.store.database import Database
from toegang_desktop.store.residents import ResidentRepository
from toegang_desktop.wording.field_names import _field_labels

FIELDS = [f.name for f in dataclasses.fields(DomainAssessment)]
TODAY = date(2026, 11, 23)


def other_value(spec: ValueField) -> Any:
    """A value other than the field's default, of the field's type (a level 1-5 fits int)."""
    if spec.kind is bool:
        return not spec.optional  # None (optional) or False is the default
    if spec.is_choice:
        return list(spec.kind)[-1]
    if spec.kind is date:
        return date(2026, 1, 2)
    if spec.kind is int:
        return 2
    return f"Zoë's {spec.name}"


def filled_assessment() -> DomainAssessment:
    """An assessment of the domain 'finances' with every field other than its default."""
    values = {spec.name: other_value(spec) for spec in value_fields(DomainAssessment)}
    values["domain_key"] = "finances"
    return DomainAssessment(**values)


@pytest.mark.parametrize("name", FIELDS)
def test_the_store_has_a_column_for_the_field(db: Database, name: str) -> None:
    columns = {row[1] for row in db.execute("PRAGMA table_info(domain_assessments)")}
    assert name in columns, f"no column domain_assessments.{name}: add a migration"


@pytest.mark.parametrize("name", FIELDS)
def test_the_schema_describes_the_field(name: str) -> None:
    assessment = load_schema()["$defs"]["assessment"]
    # Required or not is the schema's choice: a key added later is missing from older files.
    assert name in assessment["properties"], f"the schema has no property '{name}'"


@pytest.mark.parametrize("name", FIELDS)
def test_messages_can_name_the_field(name: str) -> None:
    assert name in _field_labels(), f"wording/field_names.py has no label for '{name}'"


def test_the_json_keys_are_the_fields_in_order() -> None:
    assert [spec.name for spec in ASSESSMENT_KEYS] == FIELDS


def test_every_field_survives_the_store(db: Database) -> None:
    resident_id = ResidentRepository(db).add(Resident("Jan", "Proef", date(1980, 5, 17)))
    repository = ConversationRepository(db)
    conversation_id = repository.add(Conversation(resident_id, TODAY, Place.HOME, "c", "1"))
    filled = filled_assessment()
    assert all(getattr(filled, f.name) != f.default for f in dataclasses.fields(filled)
               if f.default is not dataclasses.MISSING)
    repository.save_assessment(conversation_id, filled)
    assert repository.assessment(conversation_id, "finances") == filled


def test_every_field_survives_the_json_dossier() -> None:
    from datetime import UTC, datetime

    conversation = Conversation(0, TODAY, Place.HOME, "c", "1", assessments=[filled_assessment()])
    resident = Resident("Jan", "Proef", date(1980, 5, 17))
    data = dossier_to_dict(resident, [conversation], datetime(2026, 11, 23, tzinfo=UTC), "0")
    assert list(data["conversations"][0]["assessments"][0]) == FIELDS
    _, [read], _ = dossier_from_dict(data, TODAY)
    assert read.assessments == [filled_assessment()]


def test_a_field_that_is_not_a_plain_value_must_be_skipped_by_name() -> None:
    with pytest.raises(TypeError, match="Conversation.participants"):
        value_fields(Conversation)
    with pytest.raises(ValueError, match="no_such_field"):
        value_fields(DomainAssessment, skip={"no_such_field"})
    level = {spec.name: spec for spec in value_fields(DomainAssessment)}["level"]
    assert (level.kind, level.optional) == (int, True)
