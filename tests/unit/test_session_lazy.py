"""The session opens the store first; the content files and the services over them load on
first use (issue 8: the caseload window shows before their code loads)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toegang_desktop.domain.plan import Owner
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.plan import PlanService
from toegang_desktop.services.session import open_session
from toegang_desktop.store.errors import StoreBusyError


def test_content_loads_on_first_use_and_a_broken_file_is_reported_then(tmp_path: Path) -> None:
    broken = tmp_path / "eigen.toml"
    broken.write_text("[checklist\n", encoding="utf-8")
    session = open_session(AppPaths.in_folder(tmp_path / "data"), False, broken, None)
    try:
        assert "content" not in vars(session)  # not loaded by opening
        problems = session.content_problems
        assert [p.path for p in problems] == [broken]
        assert len(session.conversations.checklist.domains) == 17  # the standard one instead
        assert session.content_problems == problems  # loaded once
    finally:
        session.close()


def test_a_busy_store_at_the_partner_prefill_does_not_stop_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.in_folder(tmp_path / "data")

    def busy(self: PlanService, directory: object) -> int:
        raise StoreBusyError(paths.store)

    monkeypatch.setattr(PlanService, "prefill_from", busy)
    session = open_session(paths, False, None, None)
    try:
        assert session.content_problems == []  # the busy store is no content problem
        assert session.plan.partners(include_inactive=True) == []  # filled in at a later start
        monkeypatch.undo()
        del session.plan  # a later session
        assert session.plan.partners(include_inactive=True) != []
    finally:
        session.close()


def test_checking_the_content_at_start_up_writes_nothing_into_the_store(tmp_path: Path) -> None:
    """The check runs right after the first paint, before the background check of the store:
    a damaged store must be moved aside exactly as it was found."""
    paths = AppPaths.in_folder(tmp_path / "data")
    session = open_session(paths, False, None, None)
    try:
        before = session.change_marker()
        assert session.content_problems == []
        assert session.change_marker() == before
        assert session.plan.partners(include_inactive=True) != []  # filled on the plan's first use
        assert session.change_marker() != before
    finally:
        session.close()


def test_the_demo_plan_has_its_partner_agreement(tmp_path: Path) -> None:
    """The demo seed links an agreement to a partner from the directory: the directory must be
    pre-filled before the seed, although the session fills it only on the plan's first use."""
    session = open_session(AppPaths.in_folder(tmp_path / "demo"), True, None, None)
    try:
        (conversation_id,), = session.db.conn.execute("SELECT id FROM conversations").fetchall()
        agreements = session.plan.agreements(conversation_id)
        assert [a.owner for a in agreements] == [Owner.TEAM, Owner.PARTNER]
        assert agreements[1].partner_id is not None
    finally:
        session.close()


def test_a_broken_partner_file_is_reported_and_the_standard_one_used(tmp_path: Path) -> None:
    """The warning says the standard file is used instead: so it must be."""
    broken = tmp_path / "partners.toml"
    broken.write_text("[[partner\n", encoding="utf-8")
    session = open_session(AppPaths.in_folder(tmp_path / "data"), False, None, None, broken)
    try:
        assert [p.path for p in session.content_problems] == [broken]
        assert session.plan.partners(include_inactive=True) != []  # from the standard file
    finally:
        session.close()
