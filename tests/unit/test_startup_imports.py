"""Start-up loads only what the first caseload window needs (issue 8: cold start).

A fresh interpreter runs the app's own start-up (`start_gui`, as `toegang-desktop --data-dir`
does, offscreen) and reports which modules it loaded. Dialogs, the conversation page, export
and import, reports, the dossier schema check and sqlite-utils must not be among them: each is
imported where it is first used.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from ..children import run_child

NOT_AT_START = (
    "reportlab",
    "jsonschema",
    "sqlite_utils",
    "psycopg",  # team mode only (issue 16): the embedded store starts without it
    "toegang_desktop.team.api",
    "toegang_desktop.team.connection",
    "toegang_desktop.export.pdf_report",
    "toegang_desktop.export.dossier_json",
    "toegang_desktop.export.dossier_json_read",
    "toegang_desktop.services.transfer",
    "toegang_desktop.services.report",
    "toegang_desktop.services.demo",
    "toegang_desktop.services.investigation",
    "toegang_desktop.services.safety",
    "toegang_desktop.export.signals_json",
    "toegang_desktop.ui.dossier.dossier_page",
    "toegang_desktop.ui.conversation.conversation_page",
    "toegang_desktop.ui.conversation.conversation_start_dialog",
    "toegang_desktop.ui.dossier.resident_dialog",
    "toegang_desktop.ui.reports.report_dialog",
    "toegang_desktop.ui.safety.safety_dialog",
    "toegang_desktop.ui.plan.agreement_dialog",
    "toegang_desktop.ui.dossier.transfer_actions",
    "toegang_desktop.services.privacy",
    "toegang_desktop.ui.privacy.privacy_actions",
    "toegang_desktop.ui.privacy.privacy_dialogs",
    "toegang_desktop.services.learning",
    "toegang_desktop.services.period_report",
    "toegang_desktop.ui.learning.learning_page",
    "toegang_desktop.ui.reports.period_report_dialog",
    "cryptography",  # only the password dialogs need it (the app's unlock, not the window)
    # Loaded in the event-loop turn after the caseload's first paint (ui/shell/first_paint.py) or
    # on first use: the content files and their rules, the services over them, the backups.
    "tomllib",
    "toegang_desktop.services.content",
    "toegang_desktop.content.checklist",
    "toegang_desktop.domain.rules",
    "toegang_desktop.services.conversations",
    "toegang_desktop.services.recognition",
    "toegang_desktop.services.plan",
    "toegang_desktop.store.backups",
    "toegang_desktop.services.backups",
    "toegang_desktop.ui.backups.backup_worker",
    "toegang_desktop.store.conversations",
    "logging.handlers",  # the log rotates with the app's own handler (logging_setup.py)
    "hashlib",  # the access log's first line loads it
    "PySide6.QtNetwork",  # the single-instance guard: run_gui only, not the window
    # Team mode (issue 16): loaded when a store is in a team, after the first paint.
    "toegang_desktop.services.team_sync",
    "toegang_desktop.services.team_join",
    "toegang_desktop.services.team_client",
    "toegang_desktop.store.sync_registry",
    "toegang_desktop.store.sync_outbox",
    "toegang_desktop.store.sync_apply",
)

# With no team configured nothing of team mode loads, not even after the first paint (issue 16:
# the cold start must not move): the screens, the services, the server client and its driver.
NOT_WITHOUT_TEAM = (
    "toegang_desktop.ui.team",
    "toegang_desktop.services.team_sync",
    "toegang_desktop.services.team_join",
    "toegang_desktop.team",
    "psycopg",
)

# The window as the benchmark starts it (`start_gui`), and as the app itself opens it after the
# password (`Launcher.open`, which also starts the backups after the first paint).
_CHILD = """
import json, sys, time
from toegang_desktop.cli import build_parser
from toegang_desktop.ui.shell.launch import Launcher, prepare_app, start_gui
args = build_parser().parse_args(["--data-dir", sys.argv[1]])
if sys.argv[2] == "launcher":
    app, paths, _settings, _language = prepare_app(args)
    window = Launcher(paths, False, None).open()
else:
    app, window = start_gui(args)
assert window is not None
before_paint = sorted(sys.modules)
window.show()
deadline = time.monotonic() + 60
while not window.after_first_paint.finished and time.monotonic() < deadline:
    app.processEvents()
print(json.dumps([before_paint, sorted(sys.modules)]))
"""


@pytest.mark.parametrize("path", ["start_gui", "launcher"])
def test_start_up_leaves_heavy_modules_unloaded(tmp_path: Path, path: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_child(
        [sys.executable, "-c", _CHILD, str(tmp_path / "data"), path], capture_output=True,
        text=True, timeout=120, check=True, env=env,
    )
    before_paint, after_paint = (set(x) for x in json.loads(result.stdout.strip().splitlines()[-1]))
    assert "toegang_desktop.ui.caseload.caseload_page" in before_paint  # it did build the window
    assert [name for name in NOT_AT_START if name in before_paint] == []
    assert [name for name in after_paint if name.startswith(NOT_WITHOUT_TEAM)] == []
    # ... and the content files were loaded and checked right after the first paint
    assert "toegang_desktop.services.content" in after_paint
