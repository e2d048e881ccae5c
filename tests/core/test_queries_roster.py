"""The Advocates screen's queries (``core.queries.roster``) against the seeded demo, checked by brute force."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Role, SubmissionStatus
from advocate_hub.core.domain.errors import NotAllowed, NotEligible, ValidationError
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries import roster
from advocate_hub.core.queries.roster import RosterOrder
from advocate_hub.core.services import advocates, challenges, points, submissions
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, load_rules, save_rules
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    Challenge,
    Group,
    LedgerEntry,
    Submission,
)

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
MODERATOR = "maya.chen@example.com"
PAGE = 11
QUIZ = {"questions": [{"prompt": "Two plus two?", "choices": ["3", "4"], "answer": 1}]}
PROOFS: dict[ChallengeKind, dict[str, Any]] = {
    ChallengeKind.QUIZ: {"answers": [1]},
    ChallengeKind.TESTIMONIAL: {"text": "A great product for our whole team."},
    ChallengeKind.REVIEW: {"link": "https://example.org/review"},
    ChallengeKind.SOCIAL_SHARE: {"link": "https://example.org/post"},
}


def _build(session: Any, now: datetime) -> None:
    """A small program with every filter's cases: tiers, groups, statuses, activity and asks over 40 days."""
    rng = random.Random(5)
    start = now - timedelta(days=45)
    save_rules(session, now=start, rules=ProgramRules(fatigue_limit=3))
    maya = advocates.create(
        session, advocates.NewAdvocate(email=MODERATOR, name="Maya Chen", role=Role.MODERATOR), start
    )
    kinds = (ChallengeKind.REVIEW, ChallengeKind.TESTIMONIAL, ChallengeKind.QUIZ, ChallengeKind.SOCIAL_SHARE)
    made = [
        challenges.create(
            session,
            actor_id=maya.id,
            draft=ChallengeDraft(
                title=kind.value,
                kind=kind,
                points=50,
                starts_at=start,
                max_per_advocate=20,
                config=QUIZ if kind is ChallengeKind.QUIZ else {},
            ),
            now=start,
        )
        for kind in kinds
    ]
    statuses = list(AdvocateStatus)
    for n in range(36):
        status = statuses[n % len(statuses)] if n % 3 else AdvocateStatus.ACTIVE
        person = advocates.create(
            session,
            advocates.NewAdvocate(
                email=f"person{n}@example.com",
                name=f"{rng.choice(['Ana', 'Kim', 'Bo', 'Sam_y', 'Lee%'])} {rng.choice(['Kimura', 'Diaz', 'Ng'])} {n}",
                status=AdvocateStatus.ACTIVE,
                groups=tuple(rng.sample(["emea", "americas", "apac"], rng.randint(0, 2))),
            ),
            start,
            actor_id=maya.id,
        )
        for _ in range(rng.randint(0, 6)):
            when = start + timedelta(days=rng.randint(1, 44), hours=rng.randint(0, 20))
            challenge = rng.choice(made)
            proof = PROOFS[challenge.kind]
            try:
                outcome = submissions.submit(
                    session,
                    advocate_id=person.id,
                    challenge_id=challenge.id,
                    proof=proof,
                    disclosure_acknowledged=True,
                    now=when,
                )
            except NotEligible:
                continue
            if outcome.submission.status is SubmissionStatus.PENDING and rng.random() < 0.3:
                submissions.reject(
                    session, actor_id=maya.id, submission_id=outcome.submission.id, reason="No", now=when
                )
            elif outcome.submission.status is SubmissionStatus.PENDING and rng.random() < 0.5:
                submissions.approve(
                    session, actor_id=maya.id, submission_id=outcome.submission.id, thank_you="", now=when
                )
        if rng.random() < 0.5:
            points.adjust(
                session,
                actor_id=maya.id,
                advocate_id=person.id,
                points=rng.choice([300, 1200, 4000]),
                reason="Seed",
                now=start,
                kind=LedgerKind.BONUS,
            )
        if status is not AdvocateStatus.ACTIVE:
            session.get(Advocate, person.id).status = status
        if rng.random() < 0.2:
            session.get(Advocate, person.id).last_active_at = None


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("roster-program")
    with Program.open(folder, clock=lambda: NOW) as program, program.database.write() as session:
        _build(session, NOW)
    return folder / DATABASE_FILENAME


@pytest.fixture
def program(demo_file: Path, tmp_path: Path) -> Iterator[Program]:
    shutil.copyfile(demo_file, tmp_path / DATABASE_FILENAME)
    with Program.open(tmp_path, clock=lambda: NOW) as opened:
        yield opened


def _id_of(program: Program, email: str) -> int:
    return program.read(lambda s: s.scalars(select(Advocate.id).where(Advocate.email == email)).one())


@dataclass
class Raw:
    """The rows the queries read, loaded plainly, for filtering by hand."""

    advocates: list[Advocate]
    tiers: dict[int, Tier]
    groups: dict[int, set[str]]
    asks: Counter[int]
    fatigue_limit: int


def _raw(program: Program) -> Raw:
    def load(session: Any) -> Raw:
        advocates = list(session.scalars(select(Advocate)))
        session.expunge_all()
        tiers = dict(session.execute(select(AdvocateTotals.advocate_id, AdvocateTotals.tier)).all())
        groups: dict[int, set[str]] = {}
        for advocate_id, slug in session.execute(
            select(AdvocateGroup.advocate_id, Group.slug).join(Group, Group.id == AdvocateGroup.group_id)
        ):
            groups.setdefault(advocate_id, set()).add(slug)
        asks: Counter[int] = Counter()
        for advocate_id, status, submitted_at, kind in session.execute(
            select(Submission.advocate_id, Submission.status, Submission.submitted_at, Challenge.kind).join(
                Challenge, Challenge.id == Submission.challenge_id
            )
        ):
            if (
                KIND_PROFILES[kind].is_ask
                and status is not SubmissionStatus.REJECTED
                and submitted_at > NOW - timedelta(days=30)
            ):
                asks[advocate_id] += 1
        return Raw(advocates, tiers, groups, asks, load_rules(session).fatigue_limit)

    return program.read(load)


def _brute(raw: Raw, **filters: Any) -> list[int]:
    text = filters.get("text", "").casefold()
    found = []
    for a in raw.advocates:
        if a.role is not Role.ADVOCATE:
            continue
        if text and text not in a.name.casefold() and text not in a.email.casefold():
            continue
        if filters.get("tiers") and raw.tiers[a.id] not in filters["tiers"]:
            continue
        if filters.get("statuses") and a.status not in filters["statuses"]:
            continue
        if filters.get("group") and filters["group"] not in raw.groups.get(a.id, set()):
            continue
        days = filters.get("inactive_days")
        if days is not None and a.last_active_at is not None and a.last_active_at >= NOW - timedelta(days=days):
            continue
        if filters.get("min_asks_30d") and raw.asks[a.id] < filters["min_asks_30d"]:
            continue
        found.append(a.id)
    return sorted(found)


FILTERS = [
    {},
    {"text": "KIM"},
    {"text": "sam_"},
    {"text": "lee%"},
    {"text": "example.com"},
    {"text": "%"},
    {"text": "_y"},
    {"tiers": [Tier.GOLD]},
    {"tiers": [Tier.SILVER, Tier.PLATINUM], "statuses": [AdvocateStatus.ACTIVE]},
    {"statuses": [AdvocateStatus.OPTED_OUT, AdvocateStatus.ALUMNI, AdvocateStatus.INVITED]},
    {"group": "emea"},
    {"group": "americas", "tiers": [Tier.COMMUNITY]},
    {"inactive_days": 14},
    {"inactive_days": 60, "statuses": [AdvocateStatus.ACTIVE]},
    {"min_asks_30d": 1},
    {"min_asks_30d": 2, "group": "apac"},
    {"text": "a", "min_asks_30d": 1, "inactive_days": 3},
]


def test_every_filter_returns_exactly_what_a_brute_force_filter_returns(program: Program) -> None:
    raw = _raw(program)
    moderator = _id_of(program, MODERATOR)
    groups = {slug for slugs in raw.groups.values() for slug in slugs}
    assert {"emea", "americas", "apac"} <= groups
    assert max(raw.asks.values()) >= 2
    for number, filters in enumerate(FILTERS):
        expected = _brute(raw, **filters)
        # Name order reads asks for the page only; asks order joins the grouped count: check both paths always.
        for order in RosterOrder if number < 3 else (RosterOrder.NAME, RosterOrder.ASKS):
            seen: list[int] = []
            offset = 0
            while True:
                page = program.read(
                    roster.search, actor_id=moderator, now=NOW, limit=PAGE, offset=offset, order=order, **filters
                )
                assert page.total == len(expected), (filters, order)
                assert page.fatigue_limit == raw.fatigue_limit
                seen += [row.id for row in page.rows]
                for row in page.rows:
                    assert row.asks_30d == raw.asks[row.id]
                    assert row.tier is raw.tiers[row.id]
                if len(page.rows) < PAGE:
                    break
                offset += PAGE
            assert sorted(seen) == expected, (filters, order)
            assert len(seen) == len(set(seen))


def test_orders_and_access(program: Program) -> None:
    moderator = _id_of(program, MODERATOR)
    by = {
        order: program.read(roster.search, actor_id=moderator, now=NOW, limit=500, order=order).rows
        for order in RosterOrder
    }
    assert [r.name for r in by[RosterOrder.NAME]] == sorted(r.name for r in by[RosterOrder.NAME])
    assert [r.asks_30d for r in by[RosterOrder.ASKS]] == sorted(
        (r.asks_30d for r in by[RosterOrder.ASKS]), reverse=True
    )
    balances = [r.balance for r in by[RosterOrder.POINTS]]
    assert balances == sorted(balances, reverse=True)
    advocate = by[RosterOrder.NAME][0].id
    with pytest.raises(NotAllowed):
        program.read(roster.search, actor_id=advocate, now=NOW)
    with pytest.raises(NotAllowed):
        program.read(roster.history, actor_id=advocate, advocate_id=advocate)


def test_over_asked_names_everyone_at_the_fatigue_limit(program: Program) -> None:
    raw = _raw(program)
    listed = {a.id for a in raw.advocates if a.role is Role.ADVOCATE and a.status is not AdvocateStatus.OPTED_OUT}
    expected = {i: n for i, n in raw.asks.items() if n >= raw.fatigue_limit and i in listed}
    found = program.read(roster.over_asked, now=NOW)
    assert found
    assert {row.id: row.asks for row in found} == expected
    assert [row.asks for row in found] == sorted((row.asks for row in found), reverse=True)
    quieter = program.read(roster.over_asked, now=NOW, window_days=1)
    assert len(quieter) <= len(found)


def test_adjustments_and_reversals_show_in_history_and_audit_log(program: Program) -> None:
    moderator = _id_of(program, MODERATOR)
    daniel = _id_of(program, "person0@example.com")
    with pytest.raises(ValidationError):
        program.run(points.adjust, actor_id=moderator, advocate_id=daniel, points=10, reason="  ")
    adjusted = program.run(points.adjust, actor_id=moderator, advocate_id=daniel, points=40, reason="Meetup host")
    earned = program.read(
        lambda s: s.scalars(
            select(LedgerEntry.id).where(LedgerEntry.advocate_id == daniel, LedgerEntry.kind == LedgerKind.EARNED)
        ).first()
    )
    reversal = program.run(points.reverse, actor_id=moderator, entry_id=earned, reason="Duplicate review")

    history = program.read(roster.history, actor_id=moderator, advocate_id=daniel)
    entries = {item.id: item for item in history.ledger}
    assert entries[adjusted.entry.id].reason == "Meetup host"
    assert entries[adjusted.entry.id].kind is LedgerKind.ADJUSTMENT
    assert entries[adjusted.entry.id].actor == "Maya Chen"
    assert entries[reversal.entry.id].reverses_id == earned
    assert entries[reversal.entry.id].reason == "Duplicate review"
    assert entries[earned].reversed_by == reversal.entry.id
    assert not entries[earned].reversible
    assert history.balance == sum(item.points for item in history.ledger)
    assert history.submissions
    assert history.email == "person0@example.com"

    audit = program.read(
        lambda s: [
            (row.action, row.after["entry_id"], row.after["reason"])
            for row in s.scalars(select(AuditEntry).where(AuditEntry.action.like("points.%")))
        ]
    )
    assert ("points.adjustment", adjusted.entry.id, "Meetup host") in audit
    assert ("points.reverse", reversal.entry.id, "Duplicate review") in audit
