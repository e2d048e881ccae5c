"""A reversal takes points back from the week and month they were earned in, never from a later period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocate_hub.core.domain.enums import LedgerKind, Period, Role
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.services import advocates, ledger, points
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import leaderboard


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 4, 12, tzinfo=UTC)  # a Wednesday

    def __call__(self) -> datetime:
        return self.now


def test_reversing_last_weeks_points_clears_last_week_and_leaves_this_week_alone(tmp_path: Path) -> None:
    clock = Clock()
    with Program.open(tmp_path, clock=clock) as program:
        moderator = program.run(advocates.create, new=advocates.NewAdvocate("m@example.com", "Mo", role=Role.MODERATOR))
        ada = program.run(advocates.create, new=advocates.NewAdvocate("ada@example.com", "Ada"))
        bonus = program.run(
            points.adjust, actor_id=moderator.id, advocate_id=ada.id, points=300, reason="Meetup", kind=LedgerKind.BONUS
        )
        earned_week = leaderboard.BoardKey(Period.WEEK, clock.now)
        clock.now += timedelta(days=7)
        program.run(points.reverse, actor_id=moderator.id, entry_id=bonus.entry.id, reason="Entered twice")

        assert program.read(leaderboard.my_row, key=earned_week, advocate_id=ada.id).points == 0
        this_week = leaderboard.BoardKey(Period.WEEK, clock.now)
        assert program.read(leaderboard.my_row, key=this_week, advocate_id=ada.id) is None
        with program.database.read() as session:
            fresh = ledger.recompute(session)
        assert fresh.balance[ada.id] == 0
        assert all(value >= 0 for value in fresh.scores.values())


def test_an_adjustment_cannot_overdraw_the_balance(tmp_path: Path) -> None:
    with Program.open(tmp_path) as program:
        moderator = program.run(advocates.create, new=advocates.NewAdvocate("m@example.com", "Mo", role=Role.MODERATOR))
        ada = program.run(advocates.create, new=advocates.NewAdvocate("ada@example.com", "Ada"))
        with pytest.raises(ValidationError, match="at most the 0 points"):
            program.run(points.adjust, actor_id=moderator.id, advocate_id=ada.id, points=-10, reason="Oops")
        program.run(points.adjust, actor_id=moderator.id, advocate_id=ada.id, points=100, reason="Help")
        assert (
            program.run(
                points.adjust, actor_id=moderator.id, advocate_id=ada.id, points=-100, reason="Correction"
            ).balance
            == 0
        )
