"""The design that keeps leaderboards fast at a million advocates, checked without timing anything.

- Every leaderboard read is an index walk or a small histogram sum: the query plans (SQLite's EXPLAIN QUERY PLAN)
  name the covering index or the histogram's primary key and never a temporary B-tree (a sort of the whole board).
- The histogram (``score_counts``) that counting reads is kept right by triggers, whatever writes the scores:
  the ledger, opt-outs and rejoins, group changes, deletions; ranks, positions and deep pages read through it
  agree with a naive ``RANK()`` over the same rows.
- The metrics dashboard reads advocates through narrow indexes and drives its joins from the activity of the
  range, never from every advocate of the program.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, delete, event, func, select, text, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.domain.enums import LedgerKind, Period
from advocate_hub.core.queries.home import home
from advocate_hub.core.queries.metrics import program_metrics
from advocate_hub.core.services import advocates, ledger
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.store.models import OVERALL_SCOPE, ScoreCount, ScoreTotal
from tests.core.boards import ranked_board

NOW = datetime(2026, 11, 23, tzinfo=UTC)
SCOPES = (OVERALL_SCOPE, "emea")


def _plan(session: Session, statement: Select[int, int] | Select[int]) -> str:
    compiled = statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return "\n".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


@pytest.fixture(scope="module")
def empty_program(tmp_path_factory: pytest.TempPathFactory) -> Program:
    return Program.open(tmp_path_factory.mktemp("plans"))


@pytest.fixture(scope="module")
def board_program(tmp_path_factory: pytest.TempPathFactory) -> Program:
    """A program with boards longer than ``SEEK_AFTER``, so deep pages take the histogram's seek path."""
    program = Program.open(tmp_path_factory.mktemp("boards"))
    generate(program, advocates=leaderboard.SEEK_AFTER + 300, events=4_000, seed=3)
    return program


def _statements(program: Program, read: Callable[[Session], object]) -> list[tuple[str, Any]]:
    """Every SQL statement (with its parameters) that ``read`` runs."""
    seen: list[tuple[str, Any]] = []

    def record(_c: object, _cursor: object, statement: str, parameters: Any, _ctx: object, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(program.database.engine, "before_cursor_execute", record)
    try:
        with program.database.read() as session:
            read(session)
    finally:
        event.remove(program.database.engine, "before_cursor_execute", record)
    return [(statement, parameters) for statement, parameters in seen if statement.lstrip().startswith("SELECT")]


def _plans(program: Program, statements: list[tuple[str, Any]]) -> list[list[str]]:
    with program.database.engine.connect() as connection:
        return [
            [str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            for statement, parameters in statements
        ]


@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("period", list(Period))
def test_every_board_read_walks_an_index_and_never_sorts(board_program: Program, period: Period, scope: str) -> None:
    key = BoardKey(period, board_program.clock(), scope)
    deep = leaderboard.SEEK_AFTER + 10
    reads: dict[str, Callable[[Session], object]] = {
        "top": lambda session: leaderboard.page(session, key, offset=0, limit=100),
        "deep": lambda session: leaderboard.page(session, key, offset=deep, limit=100),
        "mine": lambda session: leaderboard.my_row(session, key, 7),
        "position": lambda session: leaderboard.my_position(session, key, 7),
        "size": lambda session: leaderboard.size(session, key),
    }
    for name, read in reads.items():
        for plan in _plans(board_program, _statements(board_program, read)):
            subqueries = {"board"} | {
                step.removeprefix("CO-ROUTINE ") for step in plan if step.startswith("CO-ROUTINE")
            }
            for step in plan:
                assert "TEMP B-TREE" not in step, (name, plan)
                assert not step.startswith("SCAN") or step.removeprefix("SCAN ") in subqueries, (name, plan)
                if step.startswith("SEARCH score_totals"):
                    assert "COVERING INDEX ix_score_board" in step or "advocate_id=?)" in step, (name, plan)
                if step.startswith("SEARCH score_counts"):
                    assert "USING PRIMARY KEY (scope=? AND period=? AND period_start=?" in step, (name, plan)
                if step.startswith(("SEARCH advocates", "SEARCH advocate_totals")):
                    assert "USING INTEGER PRIMARY KEY" in step, (name, plan)


def test_a_page_reads_names_in_the_same_statement_as_its_scores(board_program: Program) -> None:
    """One index walk joined to each row's advocate and one histogram statement: two statements, whatever the
    page's length, with no separate lookup of the page's people. From the top the histogram gives the first rank;
    deep in the board the seek to the first score gives it too."""
    key = BoardKey(Period.ALL, board_program.clock())
    for offset in (0, leaderboard.SEEK_AFTER + 10):
        statements = _statements(board_program, lambda s, o=offset: leaderboard.page(s, key, offset=o, limit=100))
        walks = [
            statement for statement, _ in statements if "ix_score_board" in statement or "score_totals" in statement
        ]
        assert len(walks) == 1
        assert "advocates" in walks[0]
        assert len([s for s, _ in statements if "score_counts" in s]) == 1


def test_a_deep_page_brings_back_its_rows_and_not_the_histogram(board_program: Program) -> None:
    """Seeking to a deep page sums the histogram inside the database: no statement of the read returns more rows
    than the page holds (a walk in Python fetched every distinct score above the page, holding the interpreter
    lock that the GUI thread paints with)."""
    key = BoardKey(Period.ALL, board_program.clock())
    limit = 5
    with board_program.database.read() as session:
        deep = leaderboard.size(session, key) - 10
        scores = session.scalar(select(func.count()).select_from(ScoreCount).where(*key.histogram()))
        assert scores is not None
        assert scores > 10 * limit, "the board has far more distinct scores than a page"
    statements = _statements(board_program, lambda session: leaderboard.page(session, key, offset=deep, limit=limit))
    assert any("score_counts" in statement for statement, _ in statements)
    with board_program.database.engine.connect() as connection:
        for statement, parameters in statements:
            assert len(connection.exec_driver_sql(statement, parameters).all()) <= limit, statement


def _histogram(session: Session) -> dict[tuple[str, str, str, int], int]:
    return {
        (row.scope, row.period.value, row.period_start.isoformat(), row.points): row.advocates
        for row in session.scalars(select(ScoreCount))
    }


def _recounted(session: Session) -> dict[tuple[str, str, str, int], int]:
    counts: dict[tuple[str, str, str, int], int] = {}
    for row in session.scalars(select(ScoreTotal).where(ScoreTotal.visible.is_(True))):
        slot = (row.scope, row.period.value, row.period_start.isoformat(), row.points)
        counts[slot] = counts.get(slot, 0) + 1
    return counts


def test_the_histogram_follows_every_change_and_ranks_agree_with_a_naive_rank(tmp_path: Path) -> None:
    rng = random.Random(5)
    with Program.open(tmp_path) as program:
        generate(program, advocates=1_500, events=6_000, seed=4)
        now = program.clock()
        with program.database.read() as session:
            assert _histogram(session) == _recounted(session), "the bulk load recounts the histogram"
        ids = list(range(1, 1_501))
        with program.database.write() as session:
            for advocate_id in rng.sample(ids, 60):
                ledger.post(session, advocate_id=advocate_id, kind=LedgerKind.EARNED, points=25, now=now, reason="x")
            leaving = rng.sample(ids, 20)
            for advocate_id in leaving:
                advocates.opt_out(session, advocate_id, now)
            for advocate_id in rng.sample(ids, 20):
                advocates.set_groups(session, advocate_id, ["apac"])
            session.execute(
                update(ScoreTotal).where(ScoreTotal.advocate_id % 3 == 0).values(points=ScoreTotal.points + 5)
            )
            session.execute(delete(ScoreTotal).where(ScoreTotal.advocate_id.in_(rng.sample(ids, 10))))
        with program.database.write() as session:
            for advocate_id in leaving[:10]:
                advocates.rejoin(session, advocate_id, now)
        with program.database.read() as session:
            assert _histogram(session) == _recounted(session)
            assert all(count > 0 for count in _histogram(session).values())
            for period in Period:
                key = BoardKey(period, now)
                naive = ranked_board(session, key)
                assert naive
                assert leaderboard.size(session, key) == len(naive)
                for position in {0, len(naive) // 3, len(naive) // 2, len(naive) - 1}:
                    rank, advocate_id, points = naive[position]
                    mine = leaderboard.my_row(session, key, advocate_id)
                    assert mine is not None
                    assert (mine.rank, mine.points) == (rank, points)
                    assert leaderboard.my_position(session, key, advocate_id) == position
                deep = min(leaderboard.SEEK_AFTER + 50, len(naive) // 2)
                rows = leaderboard.page(session, key, offset=deep, limit=200)
                assert [(r.rank, r.advocate_id, r.points) for r in rows] == naive[deep : deep + 200]
                assert leaderboard.page(session, key, offset=len(naive) + 5, limit=10) == []


def test_metrics_never_walk_every_advocate_row(tmp_path: Path) -> None:
    """Each statement of the dashboard reads advocates through an index; none scans the wide rows or joins every
    active advocate to an activity table (the plans that cost seconds at a million advocates)."""
    statements: list[tuple[str, Any]] = []
    with Program.open(tmp_path) as program:
        generate(program, advocates=300, events=1_000, seed=2)

        def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append((statement, parameters))

        event.listen(program.database.engine, "before_cursor_execute", record)
        now = program.clock()
        program.read(program_metrics, start=now - timedelta(days=365), end=now, now=now)
        event.remove(program.database.engine, "before_cursor_execute", record)
        with program.database.read() as session:
            connection = session.connection().connection.driver_connection
            assert connection is not None
            plans = [
                [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)]
                for statement, parameters in statements
            ]
    assert len(plans) > 10
    for plan in plans:
        for step in plan:
            assert not step.startswith(("SCAN advocates", "SCAN advocate_totals")) or "COVERING INDEX" in step, plan
        walks_members = any("ix_advocates_membership (role=? AND status=? AND created_at<?)" in step for step in plan)
        probes_activity = any(step.startswith(("SEARCH submissions", "SEARCH redemptions")) for step in plan)
        assert not (walks_members and probes_activity), plan


def test_the_home_screen_reads_the_advocates_own_rows_not_a_board(board_program: Program) -> None:
    """What the first screen reads at start grows with the advocate's own history, never with the program's size:
    no statement walks a board (every advocate's scores of a period, by scope and period alone), as the weekly
    streak's read did through ``ix_score_board`` (0.5-1.4 s at a million advocates, on every home screen read)."""
    now = board_program.clock()
    statements = _statements(board_program, lambda session: home(session, advocate_id=7, now=now))
    assert any("score_totals" in statement for statement, _ in statements)
    for plan in _plans(board_program, statements):
        for step in plan:
            assert not step.startswith("SCAN score_totals"), plan
            assert not step.endswith("(scope=? AND period=?)"), plan
