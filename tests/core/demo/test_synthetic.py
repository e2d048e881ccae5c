"""The synthetic generator writes in bulk exactly what the ledger service would have built entry by entry."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.domain.enums import Period
from advocate_hub.core.services import ledger
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.models import Advocate, AdvocateTotals, LedgerEntry, ScoreTotal


def test_bulk_rows_match_a_recomputation_from_the_ledger(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    with Program.open(tmp_path) as program:
        summary = generate(
            program, advocates=2_500, events=20_000, seed=3, progress=lambda d, t: reports.append((d, t))
        )
        with program.database.read() as session:
            advocates = session.scalar(select(func.count()).select_from(Advocate))
            entries = session.scalar(select(func.count()).select_from(LedgerEntry))
            fresh = ledger.recompute(session)
            totals = {t.advocate_id: (t.balance, t.lifetime) for t in session.scalars(select(AdvocateTotals))}
            scores = {
                (s.scope, s.period, s.period_start, s.advocate_id): s.points
                for s in session.scalars(select(ScoreTotal))
            }
            top = leaderboard.page(session, leaderboard.BoardKey(Period.ALL, program.clock()), limit=3)
    assert advocates == 2_500
    assert entries == summary.ledger_entries
    assert 15_000 < entries < 25_000
    assert totals == {a: (fresh.balance[a], fresh.lifetime[a]) for a in fresh.balance}
    assert scores == dict(fresh.scores)
    assert reports[-1] == (2_500, 2_500)
    assert [row.rank for row in top] == sorted(row.rank for row in top)
    assert all(balance >= 0 for balance, _ in totals.values())


def test_adds_to_an_existing_program(tmp_path: Path) -> None:
    with Program.open(tmp_path) as program:
        generate(program, advocates=100, events=500, seed=1)
        generate(program, advocates=100, events=500, seed=2)
        with program.database.read() as session:
            assert session.scalar(select(func.count()).select_from(Advocate)) == 200
            assert len(set(session.scalars(select(Advocate.referral_code)))) == 200
