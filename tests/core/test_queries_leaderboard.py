"""The leaderboard screen's read models: scopes to choose from and the advocate's standing on a board."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocate_hub.core.domain.enums import LedgerKind, Period, Role
from advocate_hub.core.queries.leaderboard import GroupChoice, groups, standing
from advocate_hub.core.services import advocates, points
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, save_rules
from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.sync import actions

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def program(tmp_path: Path) -> Iterator[Program]:
    with Program.open(tmp_path, clock=lambda: NOW) as program:
        program.run(save_rules, rules=ProgramRules())
        yield program


def _person(program: Program, name: str, *, role: Role = Role.ADVOCATE, groups: tuple[str, ...] = ()) -> int:
    email = name.lower().replace(" ", ".") + "@example.com"
    new = advocates.NewAdvocate(email=email, name=name, role=role, groups=groups, consent_publish_name=True)
    return program.run(advocates.create, new=new).id


def _grant(program: Program, moderator: int, advocate_id: int, amount: int) -> None:
    program.run(
        points.adjust,
        actor_id=moderator,
        advocate_id=advocate_id,
        points=amount,
        reason="Test",
        kind=LedgerKind.BONUS,
    )


def test_groups_are_listed_by_name(program: Program) -> None:
    program.run(lambda session, now: advocates.ensure_group(session, "zeta", "Americas"))
    program.run(lambda session, now: advocates.ensure_group(session, "alpha", "Partners"))

    assert program.read(groups) == [GroupChoice("zeta", "Americas"), GroupChoice("alpha", "Partners")]


def test_no_groups_is_an_empty_list(program: Program) -> None:
    assert program.read(groups) == []


def test_standing_gives_size_rank_and_position(program: Program) -> None:
    moderator = _person(program, "Mia Moderator", role=Role.MODERATOR)
    ada = _person(program, "Ada Lovelace", groups=("emea",))
    bob = _person(program, "Bob Builder", groups=("emea",))
    cyd = _person(program, "Cyd Charisse")
    _grant(program, moderator, ada, 300)
    _grant(program, moderator, bob, 500)
    _grant(program, moderator, cyd, 300)

    overall = program.read(standing, key=BoardKey(Period.ALL, NOW), advocate_id=ada)
    assert overall.listed
    assert overall.size == 3
    assert overall.me is not None
    assert (overall.me.rank, overall.me.points, overall.me.name) == (2, 300, "Ada Lovelace")
    assert overall.position == 2  # ties are listed newest first

    group = program.read(standing, key=BoardKey(Period.WEEK, NOW, "emea"), advocate_id=ada)
    assert (group.size, group.position) == (2, 1)
    assert group.me is not None
    assert group.me.rank == 2


def test_an_advocate_without_points_this_week_is_listed_but_not_on_the_board(program: Program) -> None:
    ada = _person(program, "Ada Lovelace")

    week = program.read(standing, key=BoardKey(Period.WEEK, NOW), advocate_id=ada)

    assert week.listed
    assert (week.size, week.me, week.position) == (0, None, None)


def test_an_opted_out_advocate_is_not_listed_and_not_counted(program: Program) -> None:
    moderator = _person(program, "Mia Moderator", role=Role.MODERATOR)
    ada = _person(program, "Ada Lovelace")
    bob = _person(program, "Bob Builder")
    _grant(program, moderator, ada, 300)
    _grant(program, moderator, bob, 100)
    program.run(actions.opt_out, advocate_id=ada)

    for period in Period:
        mine = program.read(standing, key=BoardKey(period, NOW), advocate_id=ada)
        assert not mine.listed
        assert (mine.me, mine.position) == (None, None)
        assert mine.size == 1


def test_staff_and_nobody_are_not_listed(program: Program) -> None:
    moderator = _person(program, "Mia Moderator", role=Role.MODERATOR)

    assert not program.read(standing, key=BoardKey(Period.ALL, NOW), advocate_id=moderator).listed
    assert not program.read(standing, key=BoardKey(Period.ALL, NOW), advocate_id=None).listed
