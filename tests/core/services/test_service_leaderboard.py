"""Leaderboards (``core.store.leaderboard``) over the totals the use cases maintain."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.services import advocates
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.store.models import OVERALL_SCOPE


def key(hub, period: Period = Period.ALL, scope: str = OVERALL_SCOPE, days: int = 0) -> BoardKey:
    return BoardKey(period, hub.clock.now + timedelta(days=days), scope)


def page(hub, board: BoardKey, offset: int = 0, limit: int = 100) -> list[leaderboard.BoardRow]:
    return hub.program.read(leaderboard.page, key=board, offset=offset, limit=limit)


def ranks(rows: list[leaderboard.BoardRow]) -> list[tuple[int, int]]:
    return [(row.rank, row.points) for row in rows]


def scored(hub, *amounts: int, groups: tuple[str, ...] = ()) -> list[int]:
    """One advocate per amount, each given that many points (0 leaves them on the all-time board only)."""
    ids = []
    for n, amount in enumerate(amounts):
        advocate_id = hub.advocate(f"Advocate {n}", groups=groups)
        if amount:
            hub.grant(advocate_id, amount)
        ids.append(advocate_id)
    return ids


def test_equal_points_share_a_rank_and_the_next_rank_skips(hub) -> None:
    ids = scored(hub, 100, 50, 100)

    rows = page(hub, key(hub))

    assert ranks(rows) == [(1, 100), (1, 100), (3, 50)]
    assert [row.advocate_id for row in rows] == [ids[2], ids[0], ids[1]]
    assert [row.name for row in rows] == ["Advocate 2", "Advocate 0", "Advocate 1"]


def test_rows_carry_the_tier(hub) -> None:
    scored(hub, 2500, 600)

    rows = page(hub, key(hub))

    assert [row.tier.value for row in rows] == ["gold", "silver"]


def test_paging_keeps_ranks_right_across_page_boundaries(hub) -> None:
    scored(hub, 300, 200, 200, 200, 100, 100, 50)
    board = key(hub)
    everything = page(hub, board)

    pages = [page(hub, board, offset=offset, limit=2) for offset in range(0, 8, 2)]

    assert [ranks(p) for p in pages] == [
        [(1, 300), (2, 200)],
        [(2, 200), (2, 200)],
        [(5, 100), (5, 100)],
        [(7, 50)],
    ]
    assert [row for p in pages for row in p] == everything
    assert page(hub, board, offset=7, limit=2) == []


def test_my_row_and_my_position_agree_with_the_page(hub) -> None:
    ids = scored(hub, 300, 200, 200, 100)
    board = key(hub)
    everything = page(hub, board)

    for advocate_id in ids:
        mine = hub.program.read(leaderboard.my_row, key=board, advocate_id=advocate_id)
        position = hub.program.read(leaderboard.my_position, key=board, advocate_id=advocate_id)
        assert position is not None
        assert everything[position] == mine


def test_size_counts_everyone_listed(hub) -> None:
    scored(hub, 300, 0, 100)

    assert hub.program.read(leaderboard.size, key=key(hub)) == 3
    assert hub.program.read(leaderboard.size, key=key(hub, Period.WEEK)) == 2


def test_someone_without_points_this_week_is_not_on_the_week_board(hub) -> None:
    [ada] = scored(hub, 0)

    assert hub.program.read(leaderboard.my_row, key=key(hub, Period.WEEK), advocate_id=ada) is None
    assert hub.program.read(leaderboard.my_position, key=key(hub, Period.WEEK), advocate_id=ada) is None
    mine = hub.program.read(leaderboard.my_row, key=key(hub), advocate_id=ada)
    assert mine is not None
    assert mine.points == 0


def test_week_and_month_boards_only_count_their_own_period(hub) -> None:
    ada, bob = scored(hub, 100, 40)
    hub.clock.advance(timedelta(days=7))  # the next week, same month (May)
    hub.grant(bob, 30)

    assert ranks(page(hub, key(hub, Period.WEEK))) == [(1, 30)]
    assert [(r.advocate_id, r.points) for r in page(hub, key(hub, Period.MONTH))] == [(ada, 100), (bob, 70)]
    assert [(r.advocate_id, r.points) for r in page(hub, key(hub, Period.WEEK, days=-7))] == [(ada, 100), (bob, 40)]

    hub.clock.advance(timedelta(days=14))  # into June
    hub.grant(ada, 5)

    assert [(r.advocate_id, r.points) for r in page(hub, key(hub, Period.MONTH))] == [(ada, 5)]
    assert [(r.advocate_id, r.points) for r in page(hub, key(hub))] == [(ada, 105), (bob, 70)]


def test_a_week_starts_on_monday(hub) -> None:
    [ada] = scored(hub, 10)  # Wednesday 15 May 2024
    sunday = key(hub, Period.WEEK, days=4)
    monday = key(hub, Period.WEEK, days=5)

    assert [r.advocate_id for r in page(hub, sunday)] == [ada]
    assert page(hub, monday) == []


def test_a_group_board_lists_only_its_members_with_their_own_ranks(hub) -> None:
    ada, bob = scored(hub, 100, 300, groups=("emea",))
    [cleo] = scored(hub, 500, groups=("apac",))

    emea = page(hub, key(hub, scope="emea"))

    assert [(r.advocate_id, r.rank) for r in emea] == [(bob, 1), (ada, 2)]
    assert [r.advocate_id for r in page(hub, key(hub, scope="apac"))] == [cleo]
    assert [r.rank for r in page(hub, key(hub))] == [1, 2, 3]
    assert hub.program.read(leaderboard.my_row, key=key(hub, scope="emea"), advocate_id=cleo) is None


@pytest.mark.parametrize("period", list(Period))
def test_opted_out_advocates_and_managers_are_never_listed(hub, period: Period) -> None:
    ada, bob = scored(hub, 100, 50, groups=("emea",))
    staff = hub.person("Stan Staff", role=Role.STAFF, groups=("emea",))
    hub.grant(staff, 900)
    hub.grant(hub.mod, 800, actor_id=hub.moderator("Otto Moderator"))
    hub.program.run(advocates.opt_out, advocate_id=ada)

    for scope in (OVERALL_SCOPE, "emea"):
        board = key(hub, period, scope)
        assert [(r.advocate_id, r.rank) for r in page(hub, board)] == [(bob, 1)]
        assert hub.program.read(leaderboard.size, key=board) == 1
        for hidden in (ada, staff, hub.mod):
            assert hub.program.read(leaderboard.my_row, key=board, advocate_id=hidden) is None
            assert hub.program.read(leaderboard.my_position, key=board, advocate_id=hidden) is None
