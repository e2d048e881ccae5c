"""Demo mode in the core: the personas staff view the app as, the tier comparison, the reset, and no sync."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.demo.personas import MODERATOR_EMAIL, Persona, persona_for
from advocate_hub.core.demo.reset import reset_demo
from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.domain.errors import NotAllowed
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.tier_compare import compare_tiers
from advocate_hub.core.services import points
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, LedgerEntry, Reward, SyncState
from advocate_hub.core.sync.engine import SERVER_URL_KEY, DemoNeverSyncs, SyncEngine

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _open(directory: Path) -> Program:
    return Program.open(directory, clock=lambda: NOW)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, made by a reset of a folder that holds nothing yet (as the first ``--demo`` start would)."""
    folder = tmp_path_factory.mktemp("demo-personas") / "data"
    reset_demo(folder, now=NOW)
    return folder


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[Program]:
    with _open(demo_dir) as program:
        yield program


@pytest.mark.parametrize("tier", list(Tier))
def test_the_persona_of_a_tier_is_an_active_advocate_of_that_tier(demo: Program, tier: Tier) -> None:
    person = demo.read(persona_for, tier_or_role=tier, now=NOW)
    with demo.database.read() as session:
        advocate = session.get(Advocate, person.id)
        assert advocate is not None
        assert advocate.role is Role.ADVOCATE
        assert advocate.status is AdvocateStatus.ACTIVE
        assert not advocate.opted_out_kinds
        assert session.get(AdvocateTotals, person.id).tier is tier  # type: ignore[union-attr]
    assert demo.read(persona_for, tier_or_role=tier.value, now=NOW) == person


def test_the_moderator_persona_is_maya(demo: Program) -> None:
    person = demo.read(persona_for, tier_or_role=Role.MODERATOR)
    assert person.email == MODERATOR_EMAIL == "maya.chen@example.com"
    assert person.role is Role.MODERATOR
    assert demo.read(persona_for, tier_or_role=Persona.MODERATOR) == person


def test_the_tier_comparison_is_the_programs_ladder_challenges_and_rewards(demo: Program) -> None:
    columns = demo.read(compare_tiers, now=NOW)
    ladder = demo.read(load_rules).ladder
    assert [c.tier for c in columns] == list(Tier)
    with demo.database.read() as session:
        rewards = session.scalars(select(Reward).where(Reward.active.is_(True))).all()
        current = [
            c
            for c in session.scalars(select(Challenge).where(Challenge.archived_at.is_(None)))
            if c.expires_at is None or c.expires_at > NOW
        ]
        counted = dict(
            session.execute(
                select(AdvocateTotals.tier, func.count())
                .join(Advocate, Advocate.id == AdvocateTotals.advocate_id)
                .where(Advocate.role == Role.ADVOCATE, Advocate.status == AdvocateStatus.ACTIVE)
                .group_by(AdvocateTotals.tier)
            ).all()
        )
    for column in columns:
        step = ladder.step(column.tier)
        assert column.min_lifetime_points == step.min_lifetime_points
        assert column.min_high_barrier_completions == step.min_high_barrier_completions
        assert column.benefits == step.benefits
        assert {r.id for r in column.rewards} == {r.id for r in rewards if r.min_tier.rank <= column.tier.rank}
        assert {c.id for c in column.challenges} == {c.id for c in current if c.min_tier.rank <= column.tier.rank}
        assert set(column.barriers) == {c.barrier for c in column.challenges}
        assert column.advocates == counted.get(column.tier, 0)
    assert [c.min_lifetime_points for c in columns] == [0, 500, 2_000, 5_000]
    assert [len(c.barriers) for c in columns] == [1, 2, 3, 3]
    assert [len(c.rewards) for c in columns] == sorted(len(c.rewards) for c in columns)
    assert {r.name for r in columns[-1].new_rewards} == {"Dinner with our executives"}


def test_reset_restores_the_seed_and_a_later_change_is_gone(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    copy.mkdir()
    shutil.copy(demo_dir / DATABASE_FILENAME, copy / DATABASE_FILENAME)
    with _open(copy) as program:
        seeded = program.read(lambda session: session.scalar(select(func.count()).select_from(LedgerEntry)))
        moderator = program.read(persona_for, tier_or_role=Persona.MODERATOR)
        gold = program.read(persona_for, tier_or_role=Tier.GOLD, now=NOW)
        program.run(points.adjust, actor_id=moderator.id, advocate_id=gold.id, points=12_345, reason="Shown in a demo")
    reset_demo(copy, now=NOW)
    with _open(copy) as program, program.database.read() as session:
        reasons = set(session.scalars(select(LedgerEntry.reason)))
        assert "Shown in a demo" not in reasons
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == seeded
        assert is_demo(session)
    assert not list(copy.glob(".demo-reset-*"))


def test_reset_refuses_a_real_program(tmp_path: Path) -> None:
    with _open(tmp_path):
        pass
    before = (tmp_path / DATABASE_FILENAME).read_bytes()
    with pytest.raises(NotAllowed, match="real program"):
        reset_demo(tmp_path)
    assert (tmp_path / DATABASE_FILENAME).read_bytes() == before


def test_the_demo_refuses_to_sync_before_asking_any_server(demo: Program) -> None:
    asked: list[float] = []
    engine = SyncEngine(
        demo, ApiClient("http://127.0.0.1:9"), client_id="demo-client", sleep=asked.append, max_attempts=1
    )
    with pytest.raises(DemoNeverSyncs, match="demo program: it stays on this computer and never syncs"):
        engine.sync()
    assert asked == []
    with demo.database.read() as session:
        assert session.get(SyncState, SERVER_URL_KEY) is None
