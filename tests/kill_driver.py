"""The app as a professional uses it, to be killed at a random moment (tests/unit/test_kill.py).

Started as its own process: claims the data folder and opens the real main window through the
same code as `toegang-desktop --data-dir DIR`, opens (or on the first run starts) one
conversation, and types into its fields with real key events until it is killed. Every
completed edit is appended to a side file as one JSON line with a monotonic time, flushed and
fsynced, so the killer knows what must be in the store.

    python tests/kill_driver.py DATA_DIR EDITS_FILE SEED
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import IO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from toegang_desktop.domain.conversation import Conversation, Place  # noqa: E402
from toegang_desktop.domain.resident import Resident  # noqa: E402
from toegang_desktop.logging_setup import setup_logging  # noqa: E402
from toegang_desktop.paths import AppPaths, name_application  # noqa: E402
from toegang_desktop.ui.shell.launch import build_main_window, claim_data_folder  # noqa: E402
from toegang_desktop.ui.shell.main_window import MainWindow  # noqa: E402

STATE_FILE = "kill-driver.json"
DOMAINS = ("finances", "housing", "mental_health", "social_network", "informal_care")
FIELDS = ("own_words", "strengths", "wishes", "notes")
LIFETIME_S = 30.0  # a safety net: the test kills the driver long before this


def conversation_id(window: MainWindow, root: Path) -> int:
    """The conversation every life of this data folder types into (started on the first)."""
    state = root / STATE_FILE
    if state.exists():
        return int(json.loads(state.read_text(encoding="utf-8"))["conversation"])
    resident_id = window._dossiers.register(
        Resident(first_names="Kim", surname="Killtest", date_of_birth=date(1980, 5, 6)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 23), place=Place.HOME,
        checklist_id="", checklist_version=""))
    assert conversation.id is not None
    scratch = state.with_suffix(".tmp")
    scratch.write_text(json.dumps({"conversation": conversation.id}), encoding="utf-8")
    os.replace(scratch, state)
    return conversation.id


def record(edits: IO[str], entry: dict[str, object]) -> None:
    edits.write(json.dumps(entry) + "\n")
    edits.flush()
    os.fsync(edits.fileno())


def type_edit(box: QPlainTextEdit, token: str) -> None:
    """Type at the end of the field, as a person continuing a sentence."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, token)


def main(data_dir: Path, edits_path: Path, seed: int) -> int:
    rng = random.Random(seed)
    app = QApplication([sys.argv[0]])
    name_application(app)
    paths = AppPaths.resolve(data_dir, demo=False)
    guard, refused = claim_data_folder(paths.root)  # a killed predecessor left a stale lock
    if guard is None:
        print(f"data folder not claimed (exit {refused})", file=sys.stderr)
        return 3
    setup_logging(paths.logs)
    window = build_main_window(paths, demo=False, checklist_file=None)
    if window is None:
        return 2
    window.show()
    conv_id = conversation_id(window, paths.root)
    resident_id = window._conversations.load(conv_id).resident_id  # type: ignore[union-attr]
    window.open_dossier(resident_id)
    window.open_conversation(conv_id)
    page = window.conversation
    print("ready", flush=True)
    started = time.monotonic()
    with edits_path.open("a", encoding="utf-8") as edits:
        number, entry = 0, {"field": "question"}
        while time.monotonic() - started < LIFETIME_S:
            number += 1
            if number == 1 or rng.random() < 0.3:  # move on to another field now and then
                if rng.random() < 0.15:
                    entry = {"field": "question"}  # in the conversation details
                else:
                    entry = {"domain": rng.choice(DOMAINS), "field": rng.choice(FIELDS)}
                if "domain" in entry:
                    page.show_domain(entry["domain"])
                else:
                    page.nav.setCurrentRow(0)
            box = (page.header_form.question if "domain" not in entry
                   else getattr(page.editor, entry["field"]))
            token = f" k{seed}n{number}."
            type_edit(box, token)
            record(edits, {**entry, "life": seed, "conversation": conv_id, "token": token,
                           "t": time.monotonic()})
            QTest.qWait(rng.randint(30, 90))  # the event loop runs: autosave timers fire
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))
