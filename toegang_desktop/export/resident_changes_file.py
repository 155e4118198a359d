"""The history of a resident's corrected details (AVG art. 16) as files for an access request:
`wijzigingen.json` (for a machine) and `wijzigingen.csv` (for a person: Dutch headers and
field names, Excel reads it). The values are the resident's own data, so they go with the
dossier; they are not part of the dossier file itself (docs/dossier-format.md)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..domain.retention import ResidentChange
from ..wording.field_names import field_label
from ..wording.translation import in_dutch
from .whole_file import ProtectedFiles, write_whole

CHANGES_JSON = "wijzigingen.json"
CHANGES_CSV = "wijzigingen.csv"
CHANGES_FORMAT = "toegang-wijzigingen"
CHANGES_FORMAT_VERSION = 1
CHANGES_CSV_HEADER = ("tijdstip_utc", "door", "gegeven", "veldnaam", "oude_waarde", "nieuwe_waarde")


def write_resident_changes(folder: Path, resident_id: int, changes: list[ResidentChange],
                           protected: ProtectedFiles) -> list[str]:
    """Both files into `folder` (newest change first, as the window shows them); returns
    their names."""
    document = {
        "format": CHANGES_FORMAT, "format_version": CHANGES_FORMAT_VERSION,
        "resident_id": resident_id,
        "changes": [{"at": c.at.isoformat(), "actor": c.actor, "field": c.field,
                     "old_value": c.old_value, "new_value": c.new_value} for c in changes],
    }
    write_whole(folder / CHANGES_JSON, json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                protected)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CHANGES_CSV_HEADER)
    with in_dutch():  # a Dutch document, whatever the interface language
        for c in changes:
            writer.writerow([c.at.strftime("%d-%m-%Y %H:%M:%S"), cell(c.actor),
                             field_label(c.field), c.field, cell(c.old_value),
                             cell(c.new_value)])
    write_whole(folder / CHANGES_CSV, buffer.getvalue(), protected,
                encoding="utf-8-sig")  # Excel reads the BOM
    return [CHANGES_JSON, CHANGES_CSV]


def cell(text: str) -> str:
    """A value a spreadsheet would read as a formula ('=...', '+31 6 ...') kept as text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
