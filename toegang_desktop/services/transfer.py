"""Exporting one resident's dossier to a JSON file and importing it into another store.

Used for access requests (GDPR art. 15) and for moving a dossier to another workstation.
The format lives in export/dossier_json.py (writing) and export/dossier_json_read.py
(reading, versions 1 to 3); all database access goes through store/. Besides the resident
and the conversations, the file carries each conversation's route and agreements, the
investigation's topics and the reporting-code record (RESTRICTED, but part of what is stored
about the resident, so an access request and a move must include it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# Re-exported (`as`) for services/privacy.py, which names them through this module.
from ..domain.access_log import RESTRICTED_SUFFIX as RESTRICTED_SUFFIX
from ..domain.access_log import WITHHELD_SUFFIX as WITHHELD_SUFFIX
from ..domain.access_log import AccessAction
from ..domain.identifiers import is_valid_bsn, normalize_bsn
from ..domain.investigation import TopicRecord
from ..domain.plan import Partner
from ..domain.problems import Problem, ValidationFailed
from ..export.dossier_json import dossier_to_dict
from ..export.dossier_json_guard import MAX_FILE_BYTES, parse_dossier_text
from ..export.dossier_json_journal import JournalImport
from ..export.dossier_json_parts import AgreementEntry, ConversationParts
from ..export.dossier_json_read import KnownChecklist, read_dossier
from ..export.whole_file import BeforeReplace, ProtectedFiles, write_whole
from ..store.connection import writing
from ..store.conversations import ConversationRepository
from ..store.database import Database
from ..store.investigation import InvestigationRepository
from ..store.journal import JournalRepository
from ..store.plan import PartnerRepository, PlanRepository
from ..store.residents import ResidentRepository
from ..store.safety import SafetyRepository
from .access_log import AccessLog, recorder

# Refusals of the file as a whole: it is not judged further (no BSN check either).
_REFUSALS = frozenset({"json_not_dossier", "json_newer_format", "json_version_not_whole",
                       "json_bad_text", "json_too_deep", "json_number_too_long"})




def has_restricted_record(db: Database, resident_id: int) -> bool:
    """Whether any of the resident's conversations has a reporting-code record (RESTRICTED)."""
    records = SafetyRepository(db)
    return any(records.exists(cid) for cid in ConversationRepository(db).ids_for_resident(resident_id))


def export_dossier(db: Database, resident_id: int, path: Path, app_version: str,
                   include_restricted: bool = True, *, protected: ProtectedFiles,
                   before_replace: BeforeReplace | None = None) -> None:
    """Write the resident's whole dossier to `path`; the file is complete or not there, never
    one of the `protected` files (ProtectedFileError), and there only after `before_replace`
    (the export's log line) succeeded. The reporting-code records go with it (marked
    restricted) unless `include_restricted` is off."""
    residents, conversations = ResidentRepository(db), ConversationRepository(db)
    with db.atomic():  # one consistent snapshot, even if another window writes meanwhile
        resident = residents.get(resident_id)
        if resident is None:
            raise LookupError(f"no resident with id {resident_id}")
        found = (conversations.get(cid) for cid in conversations.ids_for_resident(resident_id))
        held = [c for c in found if c is not None]
        parts = [_read_parts(db, int(c.id or 0)) for c in held]
        journal = JournalRepository(db).for_resident(resident_id).entries
    if not include_restricted:
        parts = [replace(p, safety_record=None) for p in parts]
    data = dossier_to_dict(resident, held, datetime.now(UTC), app_version, parts, journal)
    write_whole(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", protected,
                before_replace=before_replace)


def _read_parts(db: Database, conversation_id: int) -> ConversationParts:
    """Route, agreements (each with its partner's directory entry), topics and the
    reporting-code record (RESTRICTED) of one conversation."""
    plans, partners = PlanRepository(db), PartnerRepository(db)
    agreements = [
        AgreementEntry(a, partners.get(a.partner_id) if a.partner_id is not None else None)
        for a in plans.agreements(conversation_id)
    ]
    return ConversationParts(
        route=plans.route(conversation_id), agreements=agreements,
        topics=InvestigationRepository(db).topics(conversation_id),
        safety_record=SafetyRepository(db).get(conversation_id),
    )


def import_dossier(
    db: Database, path: Path, today: date, checklists: Sequence[KnownChecklist] = ()
) -> int:
    """Add the dossier in `path` as a new resident; returns the new resident's id.

    A conversation naming one of `checklists` (id and version) may only have its domains.

    Raises ValidationFailed listing every problem with the file; nothing is written then.
    Everything is written in one transaction, so a failure halfway leaves no trace. A partner
    an agreement names is found in this store's directory by organisation name (case,
    diacritics and spacing aside), or added to it.
    """
    data = _read_json(path)
    residents = ResidentRepository(db)
    try:
        read = read_dossier(data, today, checklists)
    except ValidationFailed as failed:
        if any(p.code in _REFUSALS for p in failed.problems):
            raise
        raise ValidationFailed([*failed.problems, *_bsn_taken(residents, data)]) from None
    taken = _bsn_taken(residents, data)
    if taken:
        raise ValidationFailed(taken)
    repository = ConversationRepository(db)
    with writing(db), db.atomic():  # a full disk or a busy store: a StoreError with the way out
        try:
            resident_id = residents.add(read.resident)
        except ValidationFailed as failed:  # another window took the BSN meanwhile
            raise ValidationFailed(
                [replace(p, field=f"resident.{p.field}") for p in failed.problems]
            ) from failed
        agreement_ids = []
        for conversation, extra in zip(read.conversations, read.parts, strict=True):
            conversation.resident_id = resident_id
            agreement_ids.append(_add_parts(db, repository.add(conversation), extra))
        _add_journal(db, resident_id, read.journal, agreement_ids)
    return resident_id


def _add_journal(db: Database, resident_id: int, journal: list[JournalImport],
                 agreement_ids: list[list[int]]) -> None:
    """Append the file's journal in its order, as written (writer and moment kept), its
    corrections and agreements named by the new ids."""
    entries, ids = JournalRepository(db), list[int]()
    for item in journal:
        added = entries.add(replace(
            item.entry, resident_id=resident_id,
            corrects=ids[item.corrects] if item.corrects is not None else None,
            agreement_ids=tuple(agreement_ids[c][a] for c, a in item.agreements)))
        ids.append(int(added.id or 0))


def _add_parts(db: Database, conversation_id: int, parts: ConversationParts) -> list[int]:
    """Store a new conversation's parts (inside the import's transaction: repositories nest);
    returns the new agreements' ids in their order."""
    plans = PlanRepository(db)
    if parts.route is not None:
        plans.save_route(conversation_id, parts.route)
    added = []
    for entry in parts.agreements:
        partner_id = _partner_id(db, entry.partner) if entry.partner is not None else None
        added.append(plans.add_agreement(
            conversation_id, replace(entry.agreement, id=None, partner_id=partner_id)))
    topics = InvestigationRepository(db)
    for topic, record in parts.topics.items():
        if record != TopicRecord():  # an open topic without a note is what no row means
            topics.save_topic(conversation_id, topic, record)
    if parts.safety_record is not None:
        SafetyRepository(db).save(conversation_id, parts.safety_record)
    return added


def _partner_id(db: Database, partner: Partner) -> int:
    """The id of the directory entry for the partner's organisation; added when not there."""
    partners = PartnerRepository(db)
    found = partners.find(partner.organisation)
    if found is not None and found.id is not None:
        return found.id
    return partners.add(replace(partner, id=None, from_file=False, active=True))


def _read_json(path: Path) -> Any:
    """The parsed file; a file too large to be a dossier is refused before it is read whole."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            megabytes = MAX_FILE_BYTES // (1024 * 1024)
            raise ValidationFailed([Problem("json_too_large", "", {"max": megabytes})])
        text = raw.decode("utf-8-sig")  # tolerate a BOM added by an editor
    except (OSError, UnicodeDecodeError) as error:
        params = {"reason": unreadable_reason(error)}
        raise ValidationFailed([Problem("json_unreadable", "", params)]) from error
    return parse_dossier_text(text)


def unreadable_reason(error: OSError | UnicodeDecodeError) -> str:
    """Why a file could not be read, as a stable word: the system's text is not shown."""
    if isinstance(error, UnicodeDecodeError):
        return "not_text"
    if isinstance(error, FileNotFoundError):
        return "not_found"
    if isinstance(error, PermissionError):
        return "no_permission"
    if isinstance(error, IsADirectoryError):
        return "is_folder"
    return "other"


def _bsn_taken(residents: ResidentRepository, data: Any) -> list[Problem]:
    """A problem when the file's (valid) BSN already belongs to a resident in this store."""
    person = data.get("resident") if isinstance(data, dict) else None
    raw = person.get("bsn") if isinstance(person, dict) else None
    bsn = normalize_bsn(raw) if isinstance(raw, str) else ""
    if is_valid_bsn(bsn) and residents.find_by_bsn(bsn) is not None:
        return [Problem("bsn_duplicate", "resident.bsn")]
    return []


class DossierTransfer:
    """Export and import of whole dossiers, bound to one store (what the UI is given). Both
    are logged in the access log, with their result."""

    def __init__(
        self, db: Database, app_version: str, access_log: AccessLog | None = None,
        checklists: Sequence[KnownChecklist] = (), *, protected: ProtectedFiles,
    ) -> None:
        self._db = db
        self._app_version = app_version
        self._log = recorder(db, access_log)
        self._checklists = tuple(checklists)
        self._protected = protected  # the data folder's own files: never an export's target

    def export(self, resident_id: int, path: Path) -> None:
        """The file gets its name only after its log line is committed; the line says whether
        the restricted record went out (never what it holds)."""
        self._protected.refuse(path)  # refused before the log: nothing was read or written
        restricted = has_restricted_record(self._db, resident_id)
        with self._log.logged(AccessAction.EXPORT, resident_id,
                              detail="json" + (RESTRICTED_SUFFIX if restricted else "")) as log_ok:
            export_dossier(self._db, resident_id, path, self._app_version,
                           protected=self._protected, before_replace=log_ok)

    def import_file(self, path: Path, today: date) -> int:
        """The new dossier and its import line commit together (the import's transaction
        nests in the change's)."""
        try:
            with self._log.change() as change:
                resident_id = change.resident_id = import_dossier(self._db, path, today,
                                                                  self._checklists)
                change.line(AccessAction.IMPORT, "json")
        except ValidationFailed:
            self._log.refused(AccessAction.IMPORT, detail="json")
            raise
        except BaseException:
            self._log.failed(AccessAction.IMPORT, detail="json")
            raise
        return resident_id
