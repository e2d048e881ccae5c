"""The seeded demo program: everything the issue promises is in it, and the same seed gives the same program."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.domain.enums import AdvocateStatus, Incentive, ReferralStage, Role, SubmissionStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import badges, ledger
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateTotals,
    BadgeDefinitionRow,
    Challenge,
    Decline,
    LedgerEntry,
    Referral,
    Reward,
    ScoreTotal,
    Submission,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _open(directory: Path) -> Program:
    return Program.open(directory, clock=lambda: NOW)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Program:
    program = _open(tmp_path_factory.mktemp("demo"))
    create_demo(program, seed=7)
    yield program
    program.close()


def test_has_a_challenge_of_every_kind(demo: Program) -> None:
    with demo.database.read() as session:
        kinds = set(session.scalars(select(Challenge.kind)))
        count = session.scalar(select(func.count()).select_from(Challenge))
    assert kinds == set(ChallengeKind)
    assert count >= 14


def test_advocates_span_every_tier_and_membership_state(demo: Program) -> None:
    with demo.database.read() as session:
        people = session.execute(
            select(Advocate.status, AdvocateTotals.tier)
            .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
            .where(Advocate.role == Role.ADVOCATE)
        ).all()
    assert len(people) >= 48
    assert {tier for status, tier in people if status is AdvocateStatus.ACTIVE} == set(Tier)
    statuses = Counter(status for status, _ in people)
    assert statuses[AdvocateStatus.OPTED_OUT] >= 1
    assert statuses[AdvocateStatus.ALUMNI] >= 1


def test_every_role_has_an_account(demo: Program) -> None:
    with demo.database.read() as session:
        assert set(session.scalars(select(Advocate.role))) == set(Role)


def test_names_come_from_several_writing_systems(demo: Program) -> None:
    with demo.database.read() as session:
        names = session.scalars(select(Advocate.name)).all()
    scripts = {unicodedata.name(ch).split()[0] for name in names for ch in name if ch.isalpha()}
    assert {"LATIN", "CJK", "HANGUL"} <= scripts


def test_ninety_days_of_history(demo: Program) -> None:
    with demo.database.read() as session:
        first, last = session.execute(select(func.min(LedgerEntry.created_at), func.max(LedgerEntry.created_at))).one()
    assert NOW - first >= timedelta(days=80)
    assert last <= NOW
    assert NOW - last < timedelta(days=3)


def test_rewards_of_all_four_incentives(demo: Program) -> None:
    with demo.database.read() as session:
        assert set(session.scalars(select(Reward.incentive))) == set(Incentive)


def test_some_badges_earned_some_locked(demo: Program) -> None:
    with demo.database.read() as session:
        earned = set(session.scalars(select(AdvocateBadge.badge_id)))
        defined = set(session.scalars(select(BadgeDefinitionRow.id)))
        advocate_id = session.scalar(select(AdvocateBadge.advocate_id))
        statuses = badges.badge_statuses(session, advocate_id, NOW)
    assert earned
    assert defined - earned or any(s.earned_at is None for s in statuses)
    assert any(s.earned_at is not None for s in statuses)
    assert any(s.earned_at is None and 0 <= s.progress.fraction < 1 for s in statuses)


def test_referrals_in_every_stage(demo: Program) -> None:
    with demo.database.read() as session:
        stages = set(session.scalars(select(Referral.stage)))
        won_values = session.scalars(select(Referral.deal_value_cents).where(Referral.stage == ReferralStage.WON))
        assert all(value and value > 0 for value in won_values)
    assert stages == set(ReferralStage)


def test_moderators_have_work_waiting(demo: Program) -> None:
    with demo.database.read() as session:
        statuses = Counter(session.scalars(select(Submission.status)))
        declines = session.scalar(select(func.count()).select_from(Decline))
        used = session.scalar(select(func.count()).where(Submission.used_at.is_not(None)))
    assert statuses[SubmissionStatus.PENDING] >= 3
    assert statuses[SubmissionStatus.REJECTED] >= 1
    assert statuses[SubmissionStatus.CHANGES_REQUESTED] >= 1
    assert declines >= 1
    assert used >= 1


def test_totals_agree_with_the_ledger(demo: Program) -> None:
    with demo.database.read() as session:
        fresh = ledger.recompute(session)
        totals = {t.advocate_id: (t.balance, t.lifetime) for t in session.scalars(select(AdvocateTotals))}
        scores = {
            (s.scope, s.period, s.period_start, s.advocate_id): s.points for s in session.scalars(select(ScoreTotal))
        }
    assert totals == {a: (fresh.balance[a], fresh.lifetime[a]) for a in fresh.balance}
    assert scores == dict(fresh.scores)


def _fingerprint(program: Program) -> list[tuple[object, ...]]:
    with program.database.read() as session:
        return [
            *session.execute(select(Advocate.email, Advocate.referral_code).order_by(Advocate.id)),
            *session.execute(
                select(LedgerEntry.advocate_id, LedgerEntry.kind, LedgerEntry.points, LedgerEntry.created_at).order_by(
                    LedgerEntry.id
                )
            ),
        ]


def test_same_seed_same_program(demo: Program, tmp_path: Path) -> None:
    with _open(tmp_path / "again") as again:
        create_demo(again, seed=7)
        assert _fingerprint(again) == _fingerprint(demo)


def test_another_seed_another_program(demo: Program, tmp_path: Path) -> None:
    with _open(tmp_path / "other") as other:
        create_demo(other, seed=8)
        assert _fingerprint(other) != _fingerprint(demo)
