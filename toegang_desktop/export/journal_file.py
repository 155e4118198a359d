"""The journal as a file for a person (an access request, AVG art. 15): `journaal.csv`, Dutch
headers and kinds, every entry as written (a corrected one too, with the line of its
correction), oldest first. The machine-readable journal is in the dossier file itself."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..domain.journal import Journal
from ..wording.labels import contact_kind_label
from ..wording.translation import in_dutch
from .resident_changes_file import cell
from .whole_file import ProtectedFiles, write_whole

JOURNAL_CSV = "journaal.csv"
JOURNAL_CSV_HEADER = ("regel", "datum_tijd_contact", "soort", "met_wie", "notitie",
                      "geschreven_door", "geschreven_op_utc", "corrigeert_regel",
                      "gecorrigeerd_in_regel", "in_verslag_voor_inwoner")


def write_journal_csv(folder: Path, journal: Journal, protected: ProtectedFiles) -> list[str]:
    """The file into `folder`; returns its name. Lines are numbered in writing order, and a
    correction names the line it corrects (and the other way round)."""
    ordered = sorted(journal.entries, key=lambda e: e.id or 0)
    line = {e.id: number for number, e in enumerate(ordered, start=1)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(JOURNAL_CSV_HEADER)
    with in_dutch():  # a Dutch document, whatever the interface language
        for number, e in enumerate(ordered, start=1):
            correcting = journal.corrected_by.get(e.id or 0)
            writer.writerow([
                number, e.contact_at.strftime("%d-%m-%Y %H:%M"), contact_kind_label(e.kind),
                cell(e.with_whom), cell(e.note), cell(e.written_by),
                e.written_at.strftime("%d-%m-%Y %H:%M:%S") if e.written_at else "",
                line.get(e.corrects, "") if e.corrects is not None else "",
                line.get(correcting, "") if correcting is not None else "",
                "ja" if e.for_resident_report else "nee"])
    write_whole(folder / JOURNAL_CSV, buffer.getvalue(), protected,
                encoding="utf-8-sig")  # Excel reads the BOM
    return [JOURNAL_CSV]
