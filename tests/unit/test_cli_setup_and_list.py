"""`setup`, `list`, `--demo`, the ids an import prints, the logged look of `signals`, and the
question an access request asks about a restricted reporting-code record: as real processes."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import SafetyRecord, SafetyStep, StepState
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session
from toegang_desktop.store.connection import is_encrypted

from .cli_process import explain, run_cli

PASSWORD = "een zin aan de keukentafel"


def test_setup_makes_an_encrypted_store_and_refuses_a_second_time(tmp_path: Path) -> None:
    folder = tmp_path / "nieuw"
    before = run_cli("list", "residents", folder=folder)
    assert before.returncode == 2 and "toegang-desktop setup" in before.stderr, explain(before)
    weak = run_cli("setup", folder=folder, stdin="kort\nkort\n")
    assert weak.returncode == 1 and "te kort" in weak.stderr, explain(weak)
    different = run_cli("setup", folder=folder, stdin=f"{PASSWORD}\n{PASSWORD}!\n")
    assert different.returncode == 1 and "niet gelijk" in different.stderr
    once = run_cli("setup", folder=folder, stdin=None)
    assert once.returncode == 1 and "twee keer" in once.stderr, explain(once)
    assert not (folder / "toegang.sqlite").exists() and not (folder / "toegang.sleutels").exists()

    made = run_cli("setup", folder=folder, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.returncode == 0, explain(made)
    assert "herstelcode" in made.stdout and "veilige plek" in made.stdout
    (code,) = [w for w in made.stdout.split() if w.count("-") == 4 and len(w) == 29]
    assert is_encrypted(folder / "toegang.sqlite") and (folder / "toegang.sleutels").exists()
    again = run_cli("setup", folder=folder, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert again.returncode == 1 and "al een gegevensbestand" in again.stderr
    listed = run_cli("list", "residents", folder=folder, stdin=PASSWORD + "\n")
    assert listed.returncode == 0 and "nog geen inwoners" in listed.stdout, explain(listed)
    # No password at all (a script without standard input) is not a wrong password.
    unasked = run_cli("list", "residents", folder=folder, stdin=None)
    assert unasked.returncode == 2 and "standaardinvoer" in unasked.stderr, explain(unasked)
    assert "klopt niet" not in unasked.stderr, explain(unasked)
    assert code not in (folder / "toegang.sleutels").read_text("utf-8", "replace")


def _dossier(folder: Path, restricted: bool) -> tuple[int, int]:
    session = open_session(AppPaths.in_folder(folder), False, None, None)
    try:
        resident_id = session.dossiers.register(Resident(
            first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1990, 5, 6)))
        conversation = session.conversations.start(Conversation(
            resident_id=resident_id, held_on=date(2026, 2, 20), place=Place.HOME,
            checklist_id="", checklist_version=""))
        assert conversation.id is not None
        if restricted:
            session.safety.save(conversation.id, SafetyRecord(
                steps={SafetyStep.SIGNALS: StepState("Zorgen (fictief).", True)}), date.today())
        return resident_id, conversation.id
    finally:
        session.close()


def _log(folder: Path) -> list[tuple[str, int | None, int | None, str]]:
    conn = sqlite3.connect(folder / "toegang.sqlite")
    try:
        return conn.execute("SELECT action, resident_id, conversation_id, detail "
                            "FROM access_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_list_tables_are_dutch_and_each_is_logged_as_a_view(tmp_path: Path) -> None:
    resident_id, conversation_id = _dossier(tmp_path, restricted=False)
    lines = len(_log(tmp_path))
    residents = run_cli("list", "residents", folder=tmp_path)
    assert residents.returncode == 0, explain(residents)
    head, row = residents.stdout.splitlines()
    assert head.split() == ["Id", "Naam", "Geboortedatum", "Laatste", "gesprek"]
    assert row.split() == [str(resident_id), "Zoë", "Voorbeeld", "06-05-1990", "20-02-2026"]
    talks = run_cli("list", "conversations", "--resident", str(resident_id), folder=tmp_path)
    assert talks.returncode == 0, explain(talks)
    assert talks.stdout.splitlines()[1].split() == [str(conversation_id), "20-02-2026", "–"]
    assert _log(tmp_path)[lines:] == [("view", None, None, "caseload"),
                                      ("view", resident_id, None, "")]
    unknown = run_cli("list", "conversations", "--resident", "77", folder=tmp_path)
    assert unknown.returncode == 1 and "geen inwoner met id 77" in unknown.stderr
    no_one = run_cli("list", "conversations", folder=tmp_path)
    assert no_one.returncode == 1 and "--resident" in no_one.stderr


def test_signals_is_logged_as_a_view_of_the_conversation(tmp_path: Path) -> None:
    resident_id, conversation_id = _dossier(tmp_path, restricted=False)
    lines = len(_log(tmp_path))
    result = run_cli("signals", "--conversation", str(conversation_id), folder=tmp_path)
    assert result.returncode == 0, explain(result)
    assert _log(tmp_path)[lines:] == [("view", resident_id, conversation_id, "")]


def test_import_prints_the_new_resident_and_conversation_ids(tmp_path: Path) -> None:
    resident_id, _conversation_id = _dossier(tmp_path / "a", restricted=False)
    out = tmp_path / "dossier.json"
    assert run_cli("export-json", "--resident", str(resident_id), "--out", str(out),
                   folder=tmp_path / "a").returncode == 0
    open_session(AppPaths.in_folder(tmp_path / "b"), False, None, None).close()
    imported = run_cli("import-json", str(out), folder=tmp_path / "b")
    assert imported.returncode == 0, explain(imported)
    session = open_session(AppPaths.in_folder(tmp_path / "b"), False, None, None)
    try:
        (entry,) = session.dossiers.listing()
        new_resident = entry.id
        (conversation,) = session.dossiers.conversations(new_resident)
    finally:
        session.close()
    assert f"inwoner {new_resident}." in imported.stdout
    assert f"Gesprekken in dit dossier: {conversation.id}." in imported.stdout


def test_demo_fills_the_demo_store_when_empty(tmp_path: Path) -> None:
    first = run_cli("--demo", "list", "residents", folder=tmp_path)
    assert first.returncode == 0, explain(first)
    assert "Zoë van Voorbeeld" in first.stdout and len(first.stdout.splitlines()) == 1 + 6
    again = run_cli("--demo", "list", "residents", folder=tmp_path)
    assert again.stdout == first.stdout  # filled once, not again
    assert not (tmp_path / "toegang.sqlite").exists()  # the demo store is kept apart


def test_access_request_asks_before_a_restricted_record_goes_in(tmp_path: Path) -> None:
    resident_id, _conversation_id = _dossier(tmp_path, restricted=True)
    ask = ("access-request", "--resident", str(resident_id), "--out")
    silent = run_cli(*ask, str(tmp_path / "a"), folder=tmp_path, stdin=None)
    assert silent.returncode == 1, explain(silent)
    assert "--include-restricted" in silent.stderr and "--without-restricted" in silent.stderr
    assert not (tmp_path / "a").exists()
    no = run_cli(*ask, str(tmp_path / "n"), folder=tmp_path, stdin="n\n")
    assert no.returncode == 0 and "afgeschermd meldcodeverslag" in no.stderr, explain(no)
    yes = run_cli(*ask, str(tmp_path / "j"), folder=tmp_path, stdin="j\n")
    assert yes.returncode == 0, explain(yes)
    flagged = run_cli(*ask, str(tmp_path / "f"), "--without-restricted", folder=tmp_path,
                      stdin=None)
    assert flagged.returncode == 0 and "meldcode" not in flagged.stderr, explain(flagged)

    def safety_in(folder: Path) -> object:
        (dossier,) = folder.glob("*/dossier.json")
        return json.loads(dossier.read_text("utf-8"))["conversations"][0].get("safety_record")

    assert safety_in(tmp_path / "j") is not None
    assert safety_in(tmp_path / "n") is None and safety_in(tmp_path / "f") is None


def test_access_request_without_a_restricted_record_asks_nothing(tmp_path: Path) -> None:
    resident_id, _conversation_id = _dossier(tmp_path, restricted=False)
    result = run_cli("access-request", "--resident", str(resident_id), "--out",
                     str(tmp_path / "uit"), folder=tmp_path, stdin=None)
    assert result.returncode == 0 and "meldcode" not in result.stderr, explain(result)
