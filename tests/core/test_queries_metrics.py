"""The metrics dashboard's figures on the seeded demo equal the same figures worked out here from the raw rows.

The expected values are computed in plain Python over every row of every table (``select(Model)``), following the
definitions in the docstrings of ``core.queries.metrics``, never with the SQL under test.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.domain.enums import AdvocateStatus, Period, RedemptionStatus, ReferralStage, Role
from advocate_hub.core.domain.enums import SubmissionStatus as Status
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.metrics import buckets, program_metrics
from advocate_hub.core.queries.metrics_model import ProgramMetrics
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateTotals,
    Challenge,
    Decline,
    ProgramSettings,
    Redemption,
    Referral,
    Submission,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
TOMORROW = datetime(2026, 11, 24, tzinfo=UTC)
RANGES = {
    "last 90 days": (TOMORROW - timedelta(days=90), TOMORROW),
    "last 30 days": (TOMORROW - timedelta(days=30), TOMORROW),
    "a past month": (NOW - timedelta(days=50), NOW - timedelta(days=20)),
    "this year": (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
    "one week": (datetime(2026, 11, 9, tzinfo=UTC), datetime(2026, 11, 16, tzinfo=UTC)),
}
CONTENT = {
    ChallengeKind.REVIEW,
    ChallengeKind.TESTIMONIAL,
    ChallengeKind.VIDEO_TESTIMONIAL,
    ChallengeKind.CASE_STUDY,
    ChallengeKind.SOCIAL_SHARE,
}


@dataclass
class Raw:
    """Every row of the tables the metrics read, as plain attribute bags."""

    advocates: dict[int, Any]
    tiers: dict[int, Tier]
    challenges: dict[int, Any]
    submissions: list[Any]
    declines: list[Any]
    redemptions: list[Any]
    referrals: list[Any]
    fatigue_limit: int


def _plain(row: object) -> SimpleNamespace:
    columns = row.__table__.columns  # type: ignore[attr-defined]
    return SimpleNamespace(**{column.key: getattr(row, column.key) for column in columns})


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Program]:
    program = Program.open(tmp_path_factory.mktemp("metrics-demo"), clock=lambda: NOW)
    create_demo(program, seed=7, now=NOW)
    yield program
    program.close()


@pytest.fixture(scope="module")
def raw(demo: Program) -> Raw:
    with demo.database.read() as session:

        def every(model: type) -> list[SimpleNamespace]:
            return [_plain(row) for row in session.scalars(select(model))]

        return Raw(
            advocates={a.id: a for a in every(Advocate)},
            tiers={t.advocate_id: t.tier for t in every(AdvocateTotals)},
            challenges={c.id: c for c in every(Challenge)},
            submissions=every(Submission),
            declines=every(Decline),
            redemptions=every(Redemption),
            referrals=every(Referral),
            fatigue_limit=every(ProgramSettings)[0].fatigue_limit,
        )


def _in(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _members(raw: Raw, end: datetime) -> set[int]:
    return {
        a.id
        for a in raw.advocates.values()
        if a.role is Role.ADVOCATE and a.status is AdvocateStatus.ACTIVE and a.created_at < end
    }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _metrics(demo: Program, name: str) -> ProgramMetrics:
    start, end = RANGES[name]
    return demo.read(program_metrics, start=start, end=end, now=NOW)


@pytest.mark.parametrize("name", RANGES)
def test_people_figures_match_the_rows(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name)
    members = _members(raw, end)
    as_of = min(end, NOW)
    engaged = {
        s.advocate_id
        for s in raw.submissions
        if s.advocate_id in members and _in(s.submitted_at, as_of - timedelta(days=30), as_of)
    }
    redeemers = {
        r.advocate_id
        for r in raw.redemptions
        if r.advocate_id in members and r.status is not RedemptionStatus.CANCELLED and _in(r.requested_at, start, end)
    }
    opted_out = [
        a
        for a in raw.advocates.values()
        if a.role is Role.ADVOCATE and a.status is AdvocateStatus.OPTED_OUT and _in(a.updated_at, start, end)
    ]
    tiers = Counter(raw.tiers[i] for i in members)

    assert metrics.active == len(members) > 0
    assert metrics.engaged == len(engaged)
    assert metrics.engaged_share == _share(len(engaged), len(members))
    assert metrics.redeemers == len(redeemers)
    assert metrics.redeemed_share == _share(len(redeemers), len(members))
    assert metrics.opted_out == len(opted_out)
    assert metrics.opt_out_rate == _share(len(opted_out), len(members) + len(opted_out))
    assert {t.tier: t.advocates for t in metrics.tiers} == {tier: tiers[tier] for tier in Tier}


def test_the_demo_exercises_every_figure(demo: Program) -> None:
    """Guards the comparisons below against passing on zeros: the 90-day range has something of everything."""
    metrics = _metrics(demo, "last 90 days")
    figures = {
        "engaged": metrics.engaged,
        "redeemers": metrics.redeemers,
        "opted out": metrics.opted_out,
        "approved": metrics.moderation.approved,
        "rejected": metrics.moderation.rejected,
        "changes requested": metrics.moderation.changes_requested,
        "won": metrics.referrals.won,
        "lost": metrics.referrals.lost,
        "at risk": metrics.at_risk_total,
        "promoters": metrics.nps.promoters,
        "passives": metrics.nps.passives,
    }
    assert [name for name, value in figures.items() if not value] == []
    assert any(c.declines for c in metrics.challenges)
    assert any(c.used for c in metrics.content)


@pytest.mark.parametrize("name", RANGES)
def test_participation_matches_the_rows(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name)
    active = len(_members(raw, end))
    in_range = [s for s in raw.submissions if _in(s.submitted_at, start, end)]
    open_ids = {
        c.id
        for c in raw.challenges.values()
        if c.starts_at < end
        and (c.expires_at is None or c.expires_at > start)
        and (c.archived_at is None or c.archived_at > start)
    }
    by_challenge: dict[int, list[Any]] = defaultdict(list)
    for s in in_range:
        by_challenge[s.challenge_id].append(s)
    declines = Counter(d.challenge_id for d in raw.declines if _in(d.created_at, start, end))
    expected = {
        cid: (
            len({s.advocate_id for s in by_challenge[cid]}),
            len(by_challenge[cid]),
            sum(1 for s in by_challenge[cid] if s.status is Status.APPROVED),
            declines[cid],
        )
        for cid in open_ids | set(by_challenge)
    }
    assert {c.challenge_id: (c.participants, c.submissions, c.approved, c.declines) for c in metrics.challenges} == (
        expected
    )
    for row in metrics.challenges:
        assert row.rate == _share(row.participants, active)

    kinds: dict[ChallengeKind, list[Any]] = defaultdict(list)
    for s in in_range:
        kinds[raw.challenges[s.challenge_id].kind].append(s)
    running = Counter(raw.challenges[cid].kind for cid in open_ids)
    expected_kinds = {
        kind: (running[kind], len({s.advocate_id for s in kinds[kind]}), len(kinds[kind]))
        for kind in set(running) | set(kinds)
    }
    assert {k.kind: (k.challenges, k.participants, k.submissions) for k in metrics.kinds} == expected_kinds


@pytest.mark.parametrize("name", RANGES)
def test_asks_completed_per_period_match_the_rows(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name)
    assert metrics.bucket is (Period.WEEK if end - start <= timedelta(days=120) else Period.MONTH)
    starts = [datetime(p.start.year, p.start.month, p.start.day, tzinfo=UTC) for p in metrics.periods]
    starts[0] = start
    expected = []
    for first, (index, bucket_start) in zip(starts, enumerate(starts), strict=True):
        bucket_end = starts[index + 1] if index + 1 < len(starts) else end
        approved = [
            raw.challenges[s.challenge_id].kind
            for s in raw.submissions
            if s.status is Status.APPROVED and _in(s.submitted_at, bucket_start, bucket_end)
        ]
        asks = sum(1 for kind in approved if KIND_PROFILES[kind].is_ask)
        expected.append((first.date(), asks, len(approved) - asks))
        if metrics.bucket is Period.WEEK and index:
            assert bucket_start.weekday() == 0
        elif index:
            assert bucket_start.day == 1
    assert [(p.start, p.asks, p.other) for p in metrics.periods] == expected
    total = sum(1 for s in raw.submissions if s.status is Status.APPROVED and _in(s.submitted_at, start, end))
    assert sum(p.asks + p.other for p in metrics.periods) == total


@pytest.mark.parametrize("name", RANGES)
def test_moderation_matches_the_rows(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name).moderation
    decided = [
        s
        for s in raw.submissions
        if s.decided_by is not None
        and s.status in {Status.APPROVED, Status.REJECTED, Status.CHANGES_REQUESTED}
        and _in(s.decided_at, start, end)
    ]
    counts = Counter(s.status for s in decided)
    assert (metrics.approved, metrics.rejected, metrics.changes_requested) == (
        counts[Status.APPROVED],
        counts[Status.REJECTED],
        counts[Status.CHANGES_REQUESTED],
    )
    assert metrics.approval_rate == _share(counts[Status.APPROVED], counts[Status.APPROVED] + counts[Status.REJECTED])
    if decided:
        waits = [(s.decided_at - s.submitted_at).total_seconds() for s in decided]
        # SQLite's epoch seconds are whole seconds: each moment may lose up to one second.
        assert metrics.median_seconds == pytest.approx(statistics.median(waits), abs=1.0)
    else:
        assert metrics.median_seconds is None


@pytest.mark.parametrize("name", RANGES)
def test_referrals_and_content_match_the_rows(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name)
    cohort = [r for r in raw.referrals if _in(r.created_at, start, end)]
    stages = Counter(r.stage for r in cohort)
    won, lost = stages[ReferralStage.WON], stages[ReferralStage.LOST]
    values = [r.deal_value_cents for r in cohort if r.stage is ReferralStage.WON and r.deal_value_cents is not None]
    assert metrics.referrals.total == len(cohort)
    assert metrics.referrals.by_stage == {stage: stages[stage] for stage in ReferralStage}
    assert metrics.referrals.conversion == _share(won, won + lost)
    assert metrics.referrals.average_won_cents == (pytest.approx(statistics.mean(values)) if values else None)

    delivered = [
        s
        for s in raw.submissions
        if s.status is Status.APPROVED
        and raw.challenges[s.challenge_id].kind in CONTENT
        and _in(s.decided_at, start, end)
    ]
    expected = {
        kind: (
            sum(1 for s in delivered if raw.challenges[s.challenge_id].kind is kind),
            len({s.advocate_id for s in delivered if raw.challenges[s.challenge_id].kind is kind}),
            sum(1 for s in delivered if raw.challenges[s.challenge_id].kind is kind and s.used_at is not None),
        )
        for kind in CONTENT
    }
    assert {c.kind: (c.delivered, c.advocates, c.used) for c in metrics.content} == expected


def test_over_asking_list_matches_the_rows(demo: Program, raw: Raw) -> None:
    metrics = _metrics(demo, "last 30 days")
    asks: Counter[int] = Counter()
    for s in raw.submissions:
        person = raw.advocates[s.advocate_id]
        if (
            person.role is Role.ADVOCATE
            and person.status is AdvocateStatus.ACTIVE
            and s.status is not Status.REJECTED
            and s.submitted_at > NOW - timedelta(days=30)
            and KIND_PROFILES[raw.challenges[s.challenge_id].kind].is_ask
        ):
            asks[s.advocate_id] += 1
    threshold = raw.fatigue_limit - 1
    expected = {advocate_id: count for advocate_id, count in asks.items() if count >= threshold}
    assert metrics.at_risk_threshold == threshold
    assert metrics.at_risk_total == len(expected) > 0
    assert {a.advocate_id: a.asks for a in metrics.at_risk} == expected
    assert {a.advocate_id for a in metrics.at_risk if a.at_limit} == {
        i for i, n in expected.items() if n >= raw.fatigue_limit
    }
    assert [a.asks for a in metrics.at_risk] == sorted((a.asks for a in metrics.at_risk), reverse=True)


@pytest.mark.parametrize("name", RANGES)
def test_nps_matches_the_answers(demo: Program, raw: Raw, name: str) -> None:
    start, end = RANGES[name]
    metrics = _metrics(demo, name).nps
    position = {}
    for c in raw.challenges.values():
        questions = c.config.get("questions", []) if c.kind is ChallengeKind.SURVEY else []
        for index, question in enumerate(questions):
            if question.get("type") == "nps":
                position[c.id] = index
                break
    latest: dict[int, Any] = {}
    for s in sorted(raw.submissions, key=lambda s: s.id):
        if s.challenge_id in position and s.status is not Status.REJECTED and _in(s.submitted_at, start, end):
            latest[s.advocate_id] = s
    scores = [s.proof["answers"][position[s.challenge_id]] for s in latest.values()]
    promoters = sum(1 for v in scores if v >= 9)
    detractors = sum(1 for v in scores if v <= 6)
    assert (metrics.responses, metrics.promoters, metrics.passives, metrics.detractors) == (
        len(scores),
        promoters,
        len(scores) - promoters - detractors,
        detractors,
    )
    assert metrics.score == (pytest.approx(100 * (promoters - detractors) / len(scores)) if scores else None)


def test_every_table_has_rows_as_wide_as_its_header(demo: Program) -> None:
    tables = _metrics(demo, "last 90 days").tables()
    assert set(tables) >= {"summary", "challenges", "kinds", "periods", "content", "tiers", "over_asking"}
    for table in tables.values():
        assert table.rows
        assert all(len(row) == len(table.header) for row in table.rows)


def test_buckets_cover_the_range_without_gaps() -> None:
    start, end = datetime(2026, 2, 11, 9, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC)
    period, bounds = buckets(start, end)
    assert period is Period.WEEK
    assert bounds == [start, *(datetime(2026, m, d, tzinfo=UTC) for m, d in ((2, 16), (2, 23), (3, 2))), end]
    period, bounds = buckets(datetime(2025, 11, 5, tzinfo=UTC), datetime(2026, 3, 20, tzinfo=UTC))
    assert period is Period.MONTH
    assert [b.date().isoformat() for b in bounds] == [
        "2025-11-05",
        "2025-12-01",
        "2026-01-01",
        "2026-02-01",
        "2026-03-01",
        "2026-03-20",
    ]


def test_an_empty_program_has_no_rates(tmp_path: Any) -> None:
    with Program.open(tmp_path, clock=lambda: NOW) as program:
        metrics = program.read(program_metrics, start=NOW - timedelta(days=30), end=NOW, now=NOW)
    assert metrics.active == 0
    assert metrics.engaged_share is None
    assert metrics.moderation.approval_rate is None
    assert metrics.moderation.median_seconds is None
    assert metrics.referrals.conversion is None
    assert metrics.referrals.average_won_cents is None
    assert metrics.nps.score is None
    assert metrics.at_risk == []
