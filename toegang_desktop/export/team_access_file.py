"""Who saw the dossier in the team, as a file for the resident (an access request, AVG art.
15): `inzage-team.csv`, from the team server's log (toegang_api.access_request). Dutch headers
like the other files of the request; one line per professional (first and last time, how many
times, what they did) and one per broken glass with its reason, oldest first."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from ..domain.team import AccessRequest
from ..wording.privacy_labels import GLASS_ACTION, team_action_label, team_role_label
from ..wording.translation import in_dutch
from .resident_changes_file import cell
from .whole_file import ProtectedFiles, write_whole

TEAM_ACCESS_CSV = "inzage-team.csv"
TEAM_ACCESS_CSV_HEADER = ("naam", "rol", "van", "tot", "aantal_keer", "handeling", "reden")


def _when(moment: datetime) -> str:
    # The server answers in UTC; the resident reads the clock of the municipality.
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def write_team_access_csv(folder: Path, request: AccessRequest,
                          protected: ProtectedFiles) -> list[str]:
    """The file into `folder`; returns its name."""
    roles = {p.login: p.role for p in request.people}
    rows: list[tuple[datetime, list[object]]] = []
    with in_dutch():  # a Dutch document, whatever the interface language
        for p in request.people:
            rows.append((p.first, [cell(p.name), team_role_label(p.role), _when(p.first),
                                   _when(p.last), p.times,
                                   ", ".join(team_action_label(a) for a in p.actions), ""]))
        for g in request.broken_glass:
            rows.append((g.at, [cell(g.name), team_role_label(roles.get(g.login, "professional")),
                                _when(g.at), _when(g.until), 1, team_action_label(GLASS_ACTION),
                                cell(g.reason)]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TEAM_ACCESS_CSV_HEADER)
    for _at, row in sorted(rows, key=lambda r: r[0]):
        writer.writerow(row)
    write_whole(folder / TEAM_ACCESS_CSV, buffer.getvalue(), protected,
                encoding="utf-8-sig")  # Excel reads the BOM
    return [TEAM_ACCESS_CSV]
