"""Start-up loads only what the first caseload window needs (issue 8: cold start).

A fresh interpreter runs the app's own start-up (`start_gui`, as `toegang-desktop --data-dir`
does, offscreen) and reports which modules it loaded. Dialogs, the conversation page, export
and import, reports, the dossier schema check and sqlite-utils must not be among them: each is
imported where it is first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NOT_AT_START = (
    "reportlab",
    "jsonschema",
    "sqlite_utils",
    "toegang_desktop.export.pdf_report",
    "toegang_desktop.export.dossier_json",
    "toegang_desktop.export.dossier_json_read",
    "toegang_desktop.services.transfer",
    "toegang_desktop.services.report",
    "toegang_desktop.services.demo",
    "toegang_desktop.services.investigation",
    "toegang_desktop.services.safety",
    "toegang_desktop.export.signals_json",
    "toegang_desktop.ui.dossier_page",
    "toegang_desktop.ui.conversation_page",
    "toegang_desktop.ui.conversation_start_dialog",
    "toegang_desktop.ui.resident_dialog",
    "toegang_desktop.ui.report_dialog",
    "toegang_desktop.ui.safety_dialog",
    "toegang_desktop.ui.agreement_dialog",
    "toegang_desktop.ui.transfer_actions",
    "toegang_desktop.services.privacy",
    "toegang_desktop.ui.privacy_actions",
    "toegang_desktop.ui.privacy_dialogs",
    "toegang_desktop.services.learning",
    "toegang_desktop.services.period_report",
    "toegang_desktop.ui.learning_page",
    "toegang_desktop.ui.period_report_dialog",
    "cryptography",  # only the password dialogs need it (the app's unlock, not the window)
)

_CHILD = """
import json, sys
from toegang_desktop.cli import build_parser
from toegang_desktop.ui.launch import start_gui
app, window = start_gui(build_parser().parse_args(["--data-dir", sys.argv[1]]))
assert window is not None
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def test_start_up_leaves_heavy_modules_unloaded(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "data")], capture_output=True, text=True,
        timeout=120, check=True, env=env,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "toegang_desktop.ui.caseload_page" in loaded  # it did start the window
    assert [name for name in NOT_AT_START if name in loaded] == []
