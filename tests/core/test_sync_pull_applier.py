"""The pull applier writes other people's rows set-wise, in rows exactly as the ORM would write them.

A first pull brings tens of thousands of public advocate rows and leaderboard rows. They go to SQLite as one
``executemany`` per kind and page, already in storage form (``core.sync.bulk``): the number of statements a page
costs does not grow with the page, and what is stored is byte for byte what the ORM stores for the same values.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, ScoreCount, ScoreTotal
from advocate_hub.core.store.page_cache import BULK_WRITE_CACHE_KIB
from advocate_hub.core.sync.apply import Applier, _placeholder

WEEK = "2026-11-23"
MONTH = "2026-11-01"
ALL_TIME = "1970-01-01"


@pytest.fixture
def program(tmp_path: Path) -> Iterator[Program]:
    with Program.open(tmp_path) as program:
        yield program


def person(uid: str, *, tier: str | None = "gold", consent: bool = True) -> dict[str, Any]:
    data = {"uid": uid, "name": f"Person {uid}", "role": "advocate", "consent_publish_name": consent, "tier": tier}
    return {"seq": 1, "entity": "advocate", "uid": uid, "op": "upsert", "data": data}


def score(advocate_uid: str, period: str, start: str, points: int, *, op: str = "upsert") -> dict[str, Any]:
    uid = f"{advocate_uid}::{period}:{start}"
    data = {"uid": uid, "advocate_uid": advocate_uid, "scope": "", "period": period, "period_start": start}
    data |= {"points": points, "visible": True}
    return {"seq": 2, "entity": "score", "uid": uid, "op": op, "data": data if op == "upsert" else {"uid": uid}}


def first_pull_page(people: int, offset: int = 0) -> list[dict[str, Any]]:
    """What a first pull brings about others: their public rows and their three leaderboard rows each."""
    uids = [f"{number:08d}-0000-4000-8000-000000000000" for number in range(offset, offset + people)]
    boards = [("all", ALL_TIME), ("month", MONTH), ("week", WEEK)]
    return [person(uid) for uid in uids] + [score(uid, p, start, 10) for uid in uids for p, start in boards]


def statements_of(program: Program, changes: list[dict[str, Any]]) -> int:
    seen: list[str] = []

    def count(*_args: object) -> None:
        seen.append("statement")

    event.listen(program.database.engine, "before_cursor_execute", count)
    try:
        with program.database.write() as session:
            Applier(session).apply(changes)
    finally:
        event.remove(program.database.engine, "before_cursor_execute", count)
    return len(seen)


def test_a_page_of_others_costs_the_same_statements_whatever_its_size(tmp_path: Path) -> None:
    with Program.open(tmp_path / "small") as small, Program.open(tmp_path / "large") as large:
        few = statements_of(small, first_pull_page(20))
        many = statements_of(large, first_pull_page(1_200))
        with large.database.read() as session:
            advocates = session.scalar(select(func.count()).select_from(Advocate))
            scores = session.scalar(select(func.count()).select_from(ScoreTotal))
        again = statements_of(large, first_pull_page(1_200, offset=600))

    assert many == few
    assert again == few
    assert (advocates, scores) == (1_200, 3_600)


def raw_row(program: Program, table: str, where: str, **params: object) -> dict[str, Any]:
    with program.database.read() as session:
        return dict(session.execute(text(f"SELECT * FROM {table} WHERE {where}"), params).mappings().one())


def test_bulk_written_rows_are_what_the_orm_writes(program: Program) -> None:
    pulled, written = "00000001-0000-4000-8000-000000000000", "00000002-0000-4000-8000-000000000000"
    with program.database.write() as session:
        Applier(session).apply([person(pulled), score(pulled, "week", WEEK, 25)])
        session.add(
            Advocate(
                **_placeholder(written)
                | {"name": f"Person {pulled}", "role": Role.ADVOCATE, "public_tier": Tier("gold")}
                | {"consent_publish_name": True}
            )
        )
        session.flush()
        written_id = session.scalar(select(Advocate.id).where(Advocate.uid == written))
        session.add(
            ScoreTotal(
                scope="",
                period=Period.WEEK,
                period_start=ScoreTotal.period_start.type.python_type.fromisoformat(WEEK),
                advocate_id=written_id,
                points=25,
                visible=True,
            )
        )

    own = ("id", "uid", "email", "referral_code")
    bulk = {k: v for k, v in raw_row(program, "advocates", "uid = :uid", uid=pulled).items() if k not in own}
    orm = {k: v for k, v in raw_row(program, "advocates", "uid = :uid", uid=written).items() if k not in own}
    assert bulk == orm
    bulk_score = raw_row(program, "score_totals", "advocate_id <> :id", id=written_id)
    orm_score = raw_row(program, "score_totals", "advocate_id = :id", id=written_id)
    assert {k: v for k, v in bulk_score.items() if k != "advocate_id"} == {
        k: v for k, v in orm_score.items() if k != "advocate_id"
    }
    with program.database.read() as session:
        assert session.scalar(select(ScoreCount.advocates).where(ScoreCount.points == 25)) == 2


def test_scores_of_unknown_people_are_skipped_and_deletes_remove_rows(program: Program) -> None:
    known, unknown = "00000001-0000-4000-8000-000000000000", "00000009-0000-4000-8000-000000000000"
    with program.database.write() as session:
        Applier(session).apply([person(known), score(known, "all", ALL_TIME, 5), score(unknown, "all", ALL_TIME, 7)])
    with program.database.write() as session:
        Applier(session).apply([score(known, "week", WEEK, 3), score(known, "all", ALL_TIME, 0, op="delete")])

    with program.database.read() as session:
        rows = session.execute(select(ScoreTotal.period, ScoreTotal.points)).all()
    assert rows == [(Period.WEEK, 3)]


def test_a_page_is_written_with_a_roomy_page_cache_that_is_put_back(
    program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random uids touch index pages all over the file: with SQLite's default cache a big page's dirty pages
    would be spilled and written again and again."""
    seen: list[int] = []
    original = Applier._score

    def watching(self: Applier, batch: list[dict[str, Any]]) -> None:
        seen.append(self.session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())
        original(self, batch)

    monkeypatch.setattr(Applier, "_score", watching)
    with program.database.write() as session:
        before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        Applier(session).apply(first_pull_page(10))
        after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()

    assert seen == [-BULK_WRITE_CACHE_KIB]
    assert after == before != seen[0]
