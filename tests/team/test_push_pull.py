"""Push and pull at the API level (docs/team-protocol.md): idempotent, per field, conflicts
with both values, leases, pages, removed dossiers and a server that went back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from toegang_desktop.domain.team import PushStatus, TeamErrorCode
from toegang_desktop.team import api
from toegang_desktop.team.errors import TeamError

from .conftest import Team
from .helpers import delete, insert, new_dossier, new_id, now, summary, update


def _pull_all(conn, device, since=0, change=None, limit=500):  # type: ignore[no-untyped-def]
    records, removed = [], []
    while True:
        page = api.pull(conn, device, since, change, limit)
        assert not page.reset
        records += page.records
        removed += page.removed
        since, change = page.high, page.high_change
        if not page.more:
            return records, removed, since, change


def test_a_dossier_goes_up_and_comes_back_down(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, conversation = new_dossier(a, device)
    records, removed, high, change = _pull_all(a, device)
    assert {(r.table, r.record_id) for r in records} == {("residents", resident),
                                                         ("conversations", conversation)}
    assert removed == [] and high > 0 and change
    # nothing new: the next pull is empty and keeps its place
    page = api.pull(a, device, high, change, 100)
    assert (page.records, page.high, page.high_change, page.more) == ((), high, change, False)


def test_the_same_push_twice_changes_nothing_the_second_time(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, conversation = new_dossier(a, device)
    op = update("conversations", resident, conversation, "level", 3, 2)
    assert api.push(a, device, [op])[0].status is PushStatus.APPLIED
    _, _, high, _ = _pull_all(a, device)
    again = api.push(a, device, [op])[0]
    assert again.status is PushStatus.DUPLICATE
    _, _, high_after, _ = _pull_all(a, device)
    assert high_after == high  # no new change was made


def test_a_changed_field_is_a_conflict_with_both_values_never_overwritten(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    resident, conversation = new_dossier(a, device_a)
    api.set_involved(a, resident, team.members["b"].login, True)
    # both had level 3; a sets 2 first, then b (offline) sets 4
    assert api.push(a, device_a, [update("conversations", resident, conversation, "level", 3, 2)]
                    )[0].status is PushStatus.APPLIED
    late = api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 4)])[0]
    assert (late.status, late.reason) == (PushStatus.CONFLICT, "changed")
    records, _, _, _ = _pull_all(b, device_b)
    assert [r.data["level"] for r in records if r.record_id == conversation] == [2]
    (conflict,) = api.conflicts(a)
    assert (conflict.field, conflict.before, conflict.server_value, conflict.pushed_value) == (
        "level", 3, 2, 4)
    assert api.conflicts(b)[0].conflict_id == conflict.conflict_id  # who pushed sees it too
    api.resolve_conflict(a, conflict.conflict_id, 4)
    assert api.conflicts(a) == []
    records, _, _, _ = _pull_all(a, team.members["a"].device)
    assert [r.data["level"] for r in records if r.record_id == conversation] == [4]


def test_the_same_value_from_both_sides_is_no_conflict(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, conversation = new_dossier(a, device)
    first = update("conversations", resident, conversation, "notes", "", "gesprek gevoerd")
    second = update("conversations", resident, conversation, "notes", "", "gesprek gevoerd")
    assert [r.status for r in api.push(a, device, [first, second])] == [PushStatus.APPLIED] * 2
    assert api.conflicts(a) == []


def test_append_only_records_take_inserts_only(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, _ = new_dossier(a, device)
    line = insert("dossier_events", resident, {"text": "huisbezoek"})
    assert api.push(a, device, [line])[0].status is PushStatus.APPLIED
    results = api.push(a, device, [
        update("dossier_events", resident, line.record_id, "text", "huisbezoek", "x"),
        delete("dossier_events", resident, line.record_id)])
    assert [(r.status, r.reason) for r in results] == [(PushStatus.REFUSED, "append_only")] * 2


def test_a_colleagues_lease_turns_a_change_into_a_conflict(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    resident, conversation = new_dossier(a, device_a)
    api.set_involved(a, resident, team.members["b"].login, True)
    until = api.take_lease(b, device_b, resident, now() + timedelta(days=30))
    assert until <= now() + timedelta(days=7, seconds=5)  # at most a week
    with pytest.raises(TeamError) as taken:
        api.take_lease(a, device_a, resident, now() + timedelta(days=1))
    assert taken.value.code is TeamErrorCode.LEASED
    row = api.caseload(a, "testpersoon")[0]
    assert row.on_the_road_login == team.members["b"].login and row.on_the_road_until == until
    blocked = api.push(a, device_a, [update("conversations", resident, conversation, "level", 3, 1)])[0]
    assert (blocked.status, blocked.reason) == (PushStatus.CONFLICT, "leased")
    assert api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 2)]
                    )[0].status is PushStatus.APPLIED
    api.return_lease(b, device_b, resident)
    assert api.caseload(a, "testpersoon")[0].on_the_road_login == ""


def test_pull_comes_in_pages_that_never_split_a_number(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, _ = new_dossier(a, device)
    api.push(a, device, [insert("dossier_events", resident, {"n": n}) for n in range(25)])
    pages = []
    since, change = 0, None
    while True:
        page = api.pull(a, device, since, change, 10)
        pages.append(len(page.records))
        since, change = page.high, page.high_change
        if not page.more:
            break
    assert sum(pages) == 27 and pages[0] == 10 and len(pages) == 3


def test_a_handover_moves_the_dossier_whole_and_removes_it_from_the_old_laptop(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    resident, conversation = new_dossier(a, device_a)
    _, _, high_a, change_a = _pull_all(a, device_a)
    _, _, high_b, change_b = _pull_all(b, device_b)
    # the team leader's direct handover (a coordinator proposes: tests/team/test_team_work.py)
    api.handover(team.connect("lead"), resident, team.members["b"].login)
    records, removed, _, _ = _pull_all(b, device_b, high_b, change_b)
    assert {r.record_id for r in records} == {resident, conversation}  # whole, though old
    assert removed == []
    records, removed, _, _ = _pull_all(a, device_a, high_a, change_a)
    assert records == [] and removed == [resident]
    # a may no longer change it; b may
    refused = api.push(a, device_a, [update("conversations", resident, conversation, "level", 3, 1)])[0]
    assert (refused.status, refused.reason) == (PushStatus.REFUSED, "no_access")
    assert api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 1)]
                    )[0].status is PushStatus.APPLIED


def test_a_server_that_went_back_says_reset(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    new_dossier(a, device)
    _, _, high, _ = _pull_all(a, device)
    # the laptop knows a change the server does not (as after a restore of an older backup)
    page = api.pull(a, device, high, new_id(), 100)
    assert page.reset and page.records == ()
    page = api.pull(a, device, high + 1_000_000, new_id(), 100)
    assert page.reset


def test_a_revoked_device_is_refused_everywhere(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    new_dossier(a, device)
    manager = team.server.manager()
    api.revoke_device(manager, device)
    for call in (lambda: api.pull(a, device, 0, None, 10), lambda: api.push(a, device, []),
                 lambda: api.upload_log(a, device, []),
                 lambda: api.register_device(a, device, "opnieuw")):
        with pytest.raises(TeamError) as refused:
            call()
        assert refused.value.code is TeamErrorCode.DEVICE_REVOKED


def test_the_caseload_finds_residents_by_any_part_of_their_name(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    new_dossier(a, team.members["a"].device, "Änne de Vries")
    new_dossier(b, team.members["b"].device, "Piet Jansen")
    assert [r.display_name for r in api.caseload(a, "")] == ["Änne de Vries", "Piet Jansen"]
    assert [r.display_name for r in api.caseload(a, "anne vri")] == ["Änne de Vries"]
    assert [r.display_name for r in api.caseload(b, "JANS")] == ["Piet Jansen"]
    assert api.caseload(a, "100%_") == []
    row = api.caseload(a, "piet")[0]
    assert row.coordinator_login == team.members["b"].login and str(row.date_of_birth) == "1970-01-01"


def test_every_change_is_logged_by_the_server_with_who_and_which_device(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, conversation = new_dossier(a, device)
    api.push(a, device, [update("conversations", resident, conversation, "level", 3, 2)])
    log = api.access_log(team.connect("privacy"), resident=resident)
    changes = [(line["action"], line["subject"]) for line in reversed(log) if line["source"] == "server"]
    assert changes == [("create", "residents"), ("create", "conversations"),
                       ("change", "conversations.level")]
    assert {line["actor"] for line in log} == {team.members["a"].login}
    assert {line["device_id"] for line in log} == {device}
    assert all(line["client_addr"] == "127.0.0.1" and line["actor_role"] == "professional"
               for line in log)
    assert api.verify_access_log(team.connect("privacy"))["ok"] is True


def test_a_bad_summary_refuses_that_operation_only(team: Team) -> None:
    a = team.connect("a")
    device = team.members["a"].device
    resident, conversation = new_dossier(a, device)
    bad = summary(resident, "Jan Testpersoon", born="1970-02-31")
    good = update("conversations", resident, conversation, "level", 3, 2)
    results = api.push(a, device, [bad, good])
    assert [(r.status, r.reason) for r in results] == [(PushStatus.REFUSED, "malformed"),
                                                       (PushStatus.APPLIED, None)]
    assert str(api.caseload(a, "testpersoon")[0].date_of_birth) == "1970-01-01"
