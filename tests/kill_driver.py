"""The app as a professional uses it, to be killed at a random moment (tests/ui/test_kill.py).

Started as its own process on an encrypted data folder: claims the folder (taking over the
lock of a killed predecessor), unlocks the store with the password (the first life sets it
up), and opens the real main window through the same code as the app. It then works on one
conversation: types into its fields with real key events, registers residents, imports a
dossier, saves the plan and makes backups, until it is killed. Each life has a focus (typing,
register, plan, import or backup) it does most of the time, so kills land inside each action.
Every completed action, and each time the autosaver has saved all typed text, is appended to a
side file as one JSON line with a monotonic time, flushed, so the killer knows what must be in
the store.

    python tests/kill_driver.py DATA_DIR EDITS_FILE SEED FOCUS
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from toegang_desktop.domain.conversation import Conversation, Place  # noqa: E402
from toegang_desktop.domain.plan import Agreement, Owner, Route  # noqa: E402
from toegang_desktop.domain.resident import Resident  # noqa: E402
from toegang_desktop.logging_setup import setup_logging  # noqa: E402
from toegang_desktop.paths import AppPaths, name_application  # noqa: E402
from toegang_desktop.services.vault import Vault, VaultState  # noqa: E402
from toegang_desktop.ui.shell.launch import build_main_window, claim_data_folder  # noqa: E402
from toegang_desktop.ui.shell.main_window import MainWindow  # noqa: E402

PASSWORD = "kill-test wachtwoord 7"
STATE_FILE = "kill-driver.json"
SURNAME = "Killtest"  # the working resident; every import of its dossier adds one more
DOMAINS = ("finances", "housing", "mental_health", "social_network", "informal_care")
FIELDS = ("own_words", "strengths", "wishes", "notes")
LIFETIME_S = 30.0  # a safety net: the test kills the driver long before this


def dossier_file(root: Path) -> Path:
    """The dossier every import reads: the working resident, exported once."""
    return root.parent / f"{root.name}-dossier.json"


def unlock(paths: AppPaths) -> bytes:
    """The data key, as the unlock (or, the first time, the set-up) dialog gets it."""
    vault = Vault(paths)
    if vault.state() is VaultState.LOCKED:
        key = vault.unlock(PASSWORD)
    else:
        key, _recovery_code = vault.set_up(PASSWORD)
    vault.finish_encryption(key)  # a set-up that was killed half-way
    return key


def conversation_id(window: MainWindow, root: Path) -> int:
    """The conversation every life of this data folder works on (started on the first)."""
    state = root / STATE_FILE
    if state.exists():
        return int(json.loads(state.read_text(encoding="utf-8"))["conversation"])
    resident_id = window._dossiers.register(
        Resident(first_names="Kim", surname=SURNAME, date_of_birth=date(1980, 5, 6)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 23), place=Place.HOME,
        checklist_id="", checklist_version=""))
    assert conversation.id is not None
    scratch = state.with_suffix(".tmp")
    scratch.write_text(json.dumps({"conversation": conversation.id}), encoding="utf-8")
    os.replace(scratch, state)
    return conversation.id


def record(edits: IO[str], entry: dict[str, object]) -> None:
    """Flushed to the kernel, which keeps it when the process is killed (no fsync needed:
    the machine does not go down)."""
    edits.write(json.dumps({**entry, "t": time.monotonic()}) + "\n")
    edits.flush()


def type_edit(box: QPlainTextEdit, token: str) -> None:
    """Type at the end of the field, as a person continuing a sentence."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, token)


class Work:
    """One life's actions on the conversation; each returns what it recorded (or None)."""

    def __init__(self, window: MainWindow, conv_id: int, root: Path, rng: random.Random) -> None:
        self.window, self.conv_id, self.root, self.rng = window, conv_id, root, rng
        self.session = window._session
        self.page = window.conversation
        self.field: dict[str, str] = {"field": "question"}

    def typing(self, token: str) -> dict[str, object]:
        if self.rng.random() < 0.3:  # move on to another field now and then
            self.field = ({"field": "question"} if self.rng.random() < 0.15 else
                          {"domain": self.rng.choice(DOMAINS), "field": self.rng.choice(FIELDS)})
            if "domain" in self.field:
                self.page.show_domain(self.field["domain"])
            else:
                self.page.nav.setCurrentRow(0)
        box = (self.page.header_form.question if "domain" not in self.field
               else getattr(self.page.editor, self.field["field"]))
        type_edit(box, token)
        return {"op": "typing", **self.field}

    def register(self, token: str) -> dict[str, object]:
        self.window._dossiers.register(Resident(
            first_names="Reg", surname="Reg" + token.strip(), date_of_birth=date(1990, 1, 2)))
        return {"op": "register"}

    def plan(self, token: str) -> dict[str, object]:
        if self.rng.random() < 0.25:  # a route's save is logged once a session, an agreement's always
            self.session.plan.save_route(self.conv_id, Route(team_does_itself=token))
            return {"op": "route"}
        self.session.plan.add_agreement(self.conv_id, Agreement(what=token, owner=Owner.TEAM))
        return {"op": "agreement"}

    def import_dossier(self, _token: str) -> dict[str, object] | None:
        source = dossier_file(self.root)
        if not source.exists():  # export once (whole file or none), then import it again
            resident_id = self.session.conversations.load(self.conv_id).resident_id  # type: ignore[union-attr]
            self.session.transfer.export(resident_id, source)
            return None
        self.session.transfer.import_file(source, date(2026, 11, 24))
        return {"op": "import"}

    def backup(self, _token: str) -> dict[str, object]:
        return {"op": "backup", "name": self.session.backups.back_up_now().name}


def main(data_dir: Path, edits_path: Path, seed: int, focus: str) -> int:
    rng = random.Random(seed)
    app = QApplication([sys.argv[0]])
    name_application(app)
    paths = AppPaths.resolve(data_dir, demo=False)

    def never_wait(_root: Path, owner: str) -> bool:  # the test has no one to click "Try again"
        print(f"data folder held by a running instance ({owner}) that does not answer",
              file=sys.stderr, flush=True)
        return False

    claiming = time.monotonic()
    guard, _refused = claim_data_folder(paths.root, never_wait)  # a killed predecessor's lock
    claimed_in = time.monotonic() - claiming
    if guard is None:
        return 3
    setup_logging(paths.logs)
    window = build_main_window(paths, demo=False, checklist_file=None, key=unlock(paths))
    if window is None:
        return 2
    window.show()
    conv_id = conversation_id(window, paths.root)
    resident_id = window._conversations.load(conv_id).resident_id  # type: ignore[union-attr]
    window.open_dossier(resident_id)
    window.open_conversation(conv_id)
    work = Work(window, conv_id, paths.root, rng)
    actions: dict[str, Callable[[str], dict[str, object] | None]] = {
        "typing": work.typing, "register": work.register, "plan": work.plan,
        "import": work.import_dossier, "backup": work.backup}
    print(f"ready {focus} {claimed_in:.4f}", flush=True)
    started = time.monotonic()
    with edits_path.open("a", encoding="utf-8") as edits:
        autosaver = work.page.autosaver

        def saved(_text: str, problem: bool) -> None:  # all typed so far is in the store
            if not problem and not autosaver.pending:
                record(edits, {"op": "saved", "life": seed})

        autosaver.status_changed.connect(saved)
        number = 0
        while time.monotonic() - started < LIFETIME_S:
            number += 1
            # The focus most of the time; now and then typing, or another action.
            name = focus if rng.random() < 0.8 else rng.choice(list(actions))
            token = f" k{seed}n{number}."
            done = actions[name](token)
            if done is not None:
                record(edits, {**done, "life": seed, "conversation": conv_id, "token": token})
            # The event loop runs (autosave timers fire); the other actions follow quickly.
            QTest.qWait(rng.randint(30, 90) if name == "typing" else rng.randint(0, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]))
