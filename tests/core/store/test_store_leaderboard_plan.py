"""The leaderboard reads walk the covering index; they never sort or rank the whole board.

A test of the design rather than of timings: if a change makes SQLite fall back to a table scan or a temporary
B-tree sort, leaderboards at a million advocates become slow, and this test says so.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Select, text
from sqlalchemy.dialects import sqlite

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import leaderboard

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _plan(program: Program, statement: Select[int, int] | Select[int]) -> str:
    compiled = statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    with program.database.read() as session:
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("period", list(Period))
def test_top_of_board_uses_the_covering_index_without_sorting(tmp_path: Path, period: Period) -> None:
    key = leaderboard.BoardKey(period, NOW)
    with Program.open(tmp_path) as program:
        plan = _plan(program, leaderboard.top_query(key, offset=0, limit=100))
    assert "USING COVERING INDEX ix_score_board" in plan
    assert "TEMP B-TREE" not in plan


@pytest.mark.parametrize("period", list(Period))
def test_rank_sums_a_range_of_the_board_histogram(tmp_path: Path, period: Period) -> None:
    key = leaderboard.BoardKey(period, NOW, scope="emea")
    with Program.open(tmp_path) as program:
        plan = _plan(program, leaderboard.above_query(key, 1_000))
    assert plan == "SEARCH score_counts USING PRIMARY KEY (scope=? AND period=? AND period_start=? AND points>?)"
