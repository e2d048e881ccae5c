"""The planning read models: a draft's reach equals a count made advocate by advocate with the eligibility rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.domain.challenges import ChallengeDraft, ChallengeStatus
from advocate_hub.core.domain.eligibility import ChallengeFacts, IneligibleReason, check_eligibility
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries import reach
from advocate_hub.core.services import challenges as challenge_service
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, Challenge

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Program]:
    program = Program.open(tmp_path_factory.mktemp("reach"), clock=lambda: NOW)
    create_demo(program, seed=7)
    yield program
    program.close()


def draft(kind: ChallengeKind = ChallengeKind.REVIEW, **fields: Any) -> ChallengeDraft:
    fields.setdefault("starts_at", NOW)
    config = {"questions": [{"prompt": "Which plan?", "choices": ["A", "B"], "answer": 1}]}
    return ChallengeDraft(
        title="Planned", kind=kind, points=100, config=config if kind is ChallengeKind.QUIZ else {}, **fields
    )


def brute_force(session: Session, planned: ChallengeDraft, now: datetime) -> tuple[int, int]:
    """Ask the eligibility function about every advocate of the program, one at a time."""
    full = planned.validated()
    assert full.barrier is not None
    assert full.min_tier is not None
    facts = ChallengeFacts(
        kind=full.kind,
        barrier=full.barrier,
        starts_at=full.starts_at,
        expires_at=full.expires_at,
        max_per_advocate=full.max_per_advocate,
        min_tier=full.min_tier,
        audience_tiers=full.audience_tiers,
        audience_groups=full.audience_groups,
    )
    limit = load_rules(session).fatigue_limit
    reached = tired = 0
    for advocate in session.scalars(select(Advocate).where(Advocate.role == Role.ADVOCATE)):
        person = replace(challenge_service.advocate_facts(session, advocate, 0, now), completions=0)
        verdict = check_eligibility(facts, person, max(now, full.starts_at), limit)
        if verdict.reason in {None, IneligibleReason.FATIGUE_LIMIT}:
            reached += 1
            tired += person.asks_last_30_days >= limit
    return reached, tired


CASES = {
    "everyone": draft(),
    "opted-out-kind": draft(ChallengeKind.REFERENCE_CALL),
    "high-barrier": draft(ChallengeKind.CASE_STUDY),
    "gold-and-silver": draft(ChallengeKind.SOCIAL_SHARE, audience_tiers=frozenset({Tier.GOLD, Tier.SILVER})),
    "gold-only": draft(audience_tiers=frozenset({Tier.GOLD})),
    "emea-and-apac": draft(audience_groups=frozenset({"emea", "apac"})),
    "not-an-ask": draft(ChallengeKind.QUIZ),
    "next-month": draft(starts_at=NOW + timedelta(days=30), expires_at=NOW + timedelta(days=40)),
    "min-tier-platinum": draft(min_tier=Tier.PLATINUM),
}


@pytest.mark.parametrize("planned", list(CASES.values()), ids=list(CASES))
def test_dry_run_equals_a_count_advocate_by_advocate(demo: Program, planned: ChallengeDraft) -> None:
    result = demo.read(reach.dry_run, draft=planned, now=NOW)

    assert (result.audience, result.at_fatigue_limit) == demo.read(brute_force, planned=planned, now=NOW)
    assert sum(result.by_tier.values()) == result.audience


def test_the_demo_has_advocates_at_the_limit_and_opted_out_of_a_kind(demo: Program) -> None:
    """The cases above only prove something if the program has people each rule keeps out."""
    everyone = demo.read(reach.dry_run, draft=CASES["everyone"], now=NOW)
    calls = demo.read(reach.dry_run, draft=CASES["opted-out-kind"], now=NOW)

    assert everyone.at_fatigue_limit > 0
    assert everyone.offered == everyone.audience - everyone.at_fatigue_limit
    assert calls.audience < demo.read(reach.dry_run, draft=draft(ChallengeKind.PRODUCT_FEEDBACK), now=NOW).audience


def test_a_quiz_is_not_an_ask_so_the_limit_does_not_hold_it_back(demo: Program) -> None:
    result = demo.read(reach.dry_run, draft=CASES["not-an-ask"], now=NOW)

    assert not result.is_ask
    assert result.offered == result.audience


def test_what_advocates_already_did_of_a_challenge_counts_against_its_cap(demo: Program) -> None:
    def busiest(session: Session) -> Challenge:
        rows = session.scalars(select(Challenge).where(Challenge.archived_at.is_(None)))
        return max(rows, key=lambda row: (row.expires_at is None, len(row.audience_tiers) == 0, row.id))

    row = demo.read(busiest)
    existing = demo.read(lambda session: challenge_service.draft_of(session.get(Challenge, row.id)))
    fresh = demo.read(reach.dry_run, draft=existing, now=NOW)
    again = demo.read(reach.dry_run, draft=existing, now=NOW, challenge_id=row.id)

    assert again.audience <= fresh.audience


def test_dry_run_asks_the_database_a_fixed_number_of_times(demo: Program) -> None:
    """Set-based: the statements do not grow with the number of advocates (no query per advocate)."""
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = demo.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        demo.read(reach.dry_run, draft=CASES["emea-and-apac"], now=NOW, challenge_id=1)
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3


def test_preview_differs_by_tier_for_a_gold_only_challenge() -> None:
    gold_only = draft(audience_tiers=frozenset({Tier.GOLD}))

    assert reach.preview(gold_only, tier=Tier.GOLD, now=NOW).eligible
    locked = reach.preview(gold_only, tier=Tier.COMMUNITY, now=NOW)
    assert locked.reason is IneligibleReason.NOT_IN_AUDIENCE
    assert "Gold" in locked.message


def test_calendar_lists_what_runs_in_the_range(demo: Program) -> None:
    start, end = NOW - timedelta(days=7), NOW + timedelta(days=7)

    items = demo.read(reach.calendar, start=start, end=end, now=NOW)

    def expected(session: Session) -> set[int]:
        return {
            row.id
            for row in session.scalars(select(Challenge))
            if row.archived_at is None and row.starts_at < end and (row.expires_at is None or row.expires_at > start)
        }

    assert {item.id for item in items} == demo.read(expected)
    assert [item.starts_at for item in items] == sorted(item.starts_at for item in items)
    running = [item for item in items if item.expires_at is None or item.expires_at > NOW]
    assert {item.status for item in running} <= {ChallengeStatus.LIVE, ChallengeStatus.SCHEDULED}


def test_managed_lists_every_challenge_with_its_status_and_finds_by_title(demo: Program) -> None:
    every = demo.read(reach.managed, now=NOW)
    found = demo.read(reach.managed, now=NOW, search="capterra")

    assert len(every) == demo.read(lambda session: len(list(session.scalars(select(Challenge.id)))))
    assert ChallengeStatus.EXPIRED in {item.status for item in every}
    assert [item.draft.title for item in found] == ["Review us on Capterra"]
