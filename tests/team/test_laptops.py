"""Two and three laptops (local stores) against one real team server (issue 16): a dossier
made on one appears on the others' team list, a handover moves it, one field edited on two
laptops offline is one conflict with both values, the same push twice doubles nothing, and a
server that went back makes a full resync that keeps what was not sent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from toegang_desktop.services.errors import TeamRefused
from toegang_desktop.services.team_join import join, leave
from toegang_desktop.store.sync_outbox import Outbox, capturing
from toegang_desktop.team import api

from .conftest import Team
from .laptops import Laptop, join_team, laptops, new_laptop, records_on_server


def _move(laptop: Laptop, resident_id: int, city: str) -> None:
    resident = laptop.session.dossiers.resident(resident_id)
    assert resident is not None
    laptop.session.dossiers.update(replace(resident, city=city))


def _city(laptop: Laptop, resident_uuid: str) -> str | None:
    rid = laptop.local_id(resident_uuid)
    if rid is None:
        return None
    resident = laptop.session.dossiers.resident(rid)
    return resident.city if resident else None


def test_a_dossier_made_on_one_laptop_is_on_the_others_team_list(tmp_path: Path,
                                                                  team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        rid = a.register("Teamlijst")
        uuid = a.uuid_of(rid)
        report = a.sync()
        assert report.pushed >= 2 and report.conflicts == report.refused == 0
        b.sync()
        with b.team() as team_b:
            found = [row for row in team_b.team_caseload("teamlijst") if row.resident_uuid == uuid]
            assert len(found) == 1
            assert found[0].display_name == "Anna Teamlijst" and not found[0].held_here
            assert found[0].coordinator  # A, by name
            assert team_b.status().pending_operations == 0 and team_b.status().last_error == ""
        assert b.local_id(uuid) is None  # the team list only: not B's dossier


def test_after_a_handover_the_colleague_holds_and_edits_the_dossier(tmp_path: Path,
                                                                    team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        rid = a.register("Overdracht")
        uuid = a.uuid_of(rid)
        a.sync()
        # proposed by the coordinator, accepted by the colleague (db/server/0002_team_work.sql)
        proposal = api.propose_handover(team.connect("a"), uuid, team.members["b"].login,
                                        "Verhuizing loopt", "", "")
        api.answer_handover(team.connect("b"), proposal, True)
        report_b = b.sync()
        assert report_b.pulled > 0
        rid_b = b.local_id(uuid)
        assert rid_b is not None
        _move(b, rid_b, "Nieuwdorp")
        assert b.sync().pushed >= 1
        report_a = a.sync()  # A no longer coordinates: the dossier leaves A's laptop, logged
        assert report_a.removed_dossiers == 1 and a.local_id(uuid) is None
        lines = a.session.access_log.lines_for(rid)
        assert (lines[-1].action, lines[-1].detail) == ("delete", "team_removed")
        data = records_on_server(team, uuid)[("residents", uuid)]["data"]
        assert data["city"] == "Nieuwdorp"


def test_one_field_edited_on_two_laptops_offline_is_one_conflict_with_both_values(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        rid = a.register("Conflict")
        uuid = a.uuid_of(rid)
        a.sync()
        api.set_involved(team.connect("a"), uuid, team.members["b"].login, True)
        b.sync()
        rid_b = b.local_id(uuid)
        assert rid_b is not None
        _move(a, rid, "Aadorp")  # both offline
        _move(b, rid_b, "Beedorp")
        assert a.sync().pushed >= 1
        report = b.sync()
        assert report.conflicts == 1
        with a.team() as team_a:
            [conflict] = team_a.conflicts()
            assert conflict.field == "city" and conflict.resident_id == rid
            assert (conflict.server_value, conflict.pushed_value) == ("Aadorp", "Beedorp")
            assert team_a.status().open_conflicts == 1 or a.sync().conflicts == 0
            team_a.resolve_conflict(conflict.conflict_id, "Aadorp en Beedorp")
        a.sync()
        b.sync()
        assert _city(a, uuid) == _city(b, uuid) == "Aadorp en Beedorp"


def test_the_same_push_twice_doubles_nothing(tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a") as (a,):
        rid = a.register("Tweemaal")
        uuid = a.uuid_of(rid)
        a.session.conversations  # noqa: B018  # the content files, for a whole dossier
        first = a.sync()
        before = records_on_server(team, uuid)
        with a.team() as team_a:  # as if every answer had been lost
            team_a._outbox.requeue_answered()  # noqa: SLF001
            again = team_a.sync()
        assert again.pushed == 0 and again.duplicates == first.pushed
        assert records_on_server(team, uuid) == before


def test_a_server_that_went_back_is_resynced_in_full_keeping_what_was_not_sent(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a") as (a,):
        rid = a.register("Terug")
        uuid = a.uuid_of(rid)
        a.sync()
        _move(a, rid, "Onverzonden")  # not sent yet
        # The server forgot where this laptop was (a restored backup reuses its numbers).
        a.session.db.execute("UPDATE sync_state SET last_change = ?",
                             ["00000000-0000-4000-8000-000000000000"])
        report = a.sync()
        assert report.full_resync and report.pushed >= 1
        assert _city(a, uuid) == "Onverzonden"
        assert records_on_server(team, uuid)[("residents", uuid)]["data"]["city"] == "Onverzonden"
        with a.team() as team_a:
            assert team_a.status().pending_operations == 0


def test_three_laptops_end_with_the_same_dossier(tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b", "lead") as (a, b, lead):
        rid = a.register("Drietal")
        uuid = a.uuid_of(rid)
        a.sync()
        for other in (b, lead):
            api.set_involved(team.connect("a"), uuid, team.members[other.name].login, True)
        for laptop in (b, lead):
            laptop.sync()
        rid_b = b.local_id(uuid)
        assert rid_b is not None
        _move(b, rid_b, "Bee")
        b.sync()
        a.sync()
        with lead.team() as team_lead:  # only what colleagues changed
            assert team_lead.pull().pulled >= 1 and team_lead.status().pending_operations == 0
        assert {_city(x, uuid) for x in (a, b, lead)} == {"Bee"}
        assert Outbox(lead.session.db).pending_count() == 0


def test_a_dossier_taken_along_makes_a_colleagues_change_a_conflict(tmp_path: Path,
                                                                     team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        rid = a.register("Meenemen")
        uuid = a.uuid_of(rid)
        a.sync()
        api.set_involved(team.connect("a"), uuid, team.members["b"].login, True)
        b.sync()
        with a.team() as team_a:
            until = team_a.take_along(rid, 3)
        b.sync()
        with b.team() as team_b:
            [row] = [r for r in team_b.team_caseload("meenemen") if r.resident_uuid == uuid]
            assert row.on_the_road_with and row.on_the_road_until == until and row.held_here
        rid_b = b.local_id(uuid)
        assert rid_b is not None
        _move(b, rid_b, "Tijdens huisbezoek")
        assert b.sync().conflicts == 1  # kept as a conflict, never lost
        with a.team() as team_a:
            team_a.return_along(rid)
        b.sync()
        with b.team() as team_b:
            [row] = [r for r in team_b.team_caseload("meenemen") if r.resident_uuid == uuid]
            assert not row.on_the_road_with


def test_a_revoked_laptop_gives_up_the_teams_dossiers_but_not_unsent_work(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a") as (a,):
        sent, unsent = a.register("Verzonden"), a.register("Onverzonden")
        a.sync()
        _move(a, unsent, "Nog niet verstuurd")
        with a.team() as team_a:
            device = team_a._team.device_id()  # noqa: SLF001
        api.revoke_device(team.server.manager(), device)
        with a.team() as team_a, pytest.raises(TeamRefused) as refused:
            team_a.sync()
        assert refused.value.code == "TG003"
        assert a.session.dossiers.resident(sent) is None
        assert a.session.dossiers.resident(unsent) is not None
        lines = a.session.access_log.lines_for(sent)
        assert (lines[-1].action, lines[-1].detail) == ("delete", "team_access_ended")
        with a.team() as team_a:
            assert team_a.status().last_error == "TG003"


def test_a_server_newer_than_the_app_is_left_alone(tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a") as (a,):
        rid = a.register("Nieuwer")
        superuser = team.server.superuser()
        superuser.execute("INSERT INTO toegang.schema_version (version) VALUES (9999)")
        try:
            with a.team() as team_a:
                with pytest.raises(TeamRefused) as refused:
                    team_a.sync()
                assert refused.value.code == "TG006"
                assert team_a.status().pending_operations > 0  # kept for the updated app
        finally:
            superuser.execute("DELETE FROM toegang.schema_version WHERE version = 9999")
        assert a.sync().pushed > 0 and a.session.dossiers.resident(rid) is not None


def test_joining_is_refused_in_words_the_screens_know(tmp_path: Path, team: Team) -> None:
    laptop = new_laptop(tmp_path, team, "a", join_now=False)
    try:
        member = team.members["a"]
        with pytest.raises(TeamRefused) as wrong:
            join(laptop.paths.store, laptop.key, laptop.actor, team.server.address,
                 member.login, "niet-het-wachtwoord", "laptop")
        assert wrong.value.code == "password"
        with pytest.raises(TeamRefused) as plain:
            join(laptop.paths.store, None, laptop.actor, team.server.address, member.login,
                 member.password, "laptop")
        assert plain.value.code == "plain_store"
        with pytest.raises(TeamRefused) as privacy:  # a role that holds no dossiers
            join(laptop.paths.store, laptop.key, laptop.actor, team.server.address,
                 team.members["privacy"].login, team.members["privacy"].password, "laptop")
        assert privacy.value.code == "TG005"
        with laptop.team() as team_a:
            assert not team_a.status().joined  # nothing was kept of the refused attempts
        join_team(laptop, team)
        with pytest.raises(TeamRefused) as again:
            join_team(laptop, team)
        assert again.value.code == "already_joined"
        leave(laptop.paths.store, laptop.key, laptop.actor)
        with laptop.team() as team_a:
            assert not team_a.status().joined
        assert not capturing(laptop.session.db)
    finally:
        laptop.session.close()
