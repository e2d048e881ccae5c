"""Local actions write their effect and an outbox row together, with uids the server will reproduce."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import Incentive, Role, SubmissionStatus
from advocate_hub.core.domain.errors import NotEnoughPoints, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import advocates, challenges, rewards
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import LedgerEntry, OutboxEntry, Submission
from advocate_hub.core.sync import actions, outbox
from advocate_hub.core.sync.identity import Role as UidRole
from advocate_hub.core.sync.identity import derived_uid

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
QUIZ = {"questions": [{"prompt": "2 + 2?", "choices": ["3", "4"], "answer": 1}]}


@pytest.fixture
def program(tmp_path: Path) -> Program:
    with Program.open(tmp_path, clock=lambda: NOW) as program:
        yield program


def _setup(program: Program, kind: ChallengeKind, config: dict[str, object] | None = None) -> tuple[int, int, int]:
    moderator = program.run(advocates.create, new=advocates.NewAdvocate("m@example.com", "Mo", role=Role.MODERATOR))
    advocate = program.run(advocates.create, new=advocates.NewAdvocate("a@example.com", "Ann"))
    draft = ChallengeDraft("Do it", kind, 40, NOW - timedelta(days=1), config=config or {})
    challenge = program.run(challenges.create, actor_id=moderator.id, draft=draft)
    return moderator.id, advocate.id, challenge.id


def _outbox(program: Program) -> list[OutboxEntry]:
    with program.database.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def test_completing_writes_the_effect_and_one_outbox_row_with_derived_uids(program: Program) -> None:
    _, advocate, challenge = _setup(program, ChallengeKind.QUIZ, QUIZ)
    outcome = program.run(
        actions.complete,
        advocate_id=advocate,
        challenge_id=challenge,
        proof={"answers": [1]},
        disclosure_acknowledged=False,
    )
    [row] = _outbox(program)
    assert row.kind == "submission.create"
    assert row.payload["proof"] == {"answers": [1]}
    assert "points" not in row.payload
    assert outcome.submission.status is SubmissionStatus.APPROVED
    assert outcome.submission.uid == derived_uid(row.mutation_id, UidRole.SUBMISSION)
    assert outcome.posted is not None
    assert outcome.posted.entry.uid == derived_uid(row.mutation_id, UidRole.EARNED)
    assert program.read(outbox.waiting) == 1


def test_a_refused_action_leaves_no_outbox_row_and_no_effect(program: Program) -> None:
    _, advocate, challenge = _setup(program, ChallengeKind.REVIEW)
    with pytest.raises(ValidationError):
        program.run(
            actions.complete,
            advocate_id=advocate,
            challenge_id=challenge,
            proof={"link": "not a url"},
            disclosure_acknowledged=True,
        )
    with program.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 0
    assert _outbox(program) == []


def test_redeeming_without_points_queues_nothing(program: Program) -> None:
    moderator, advocate, _ = _setup(program, ChallengeKind.REVIEW)
    reward = program.run(rewards.create, actor_id=moderator, draft=rewards.RewardDraft("Mug", Incentive.STUFF, 500))
    with pytest.raises(NotEnoughPoints):
        program.run(actions.redeem, advocate_id=advocate, reward_id=reward.id)
    with program.database.read() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == 0
    assert _outbox(program) == []


def test_every_kind_of_action_is_queued_in_order(program: Program) -> None:
    _, advocate, challenge = _setup(program, ChallengeKind.REVIEW)
    program.run(actions.decline, advocate_id=advocate, challenge_id=challenge, reason="Busy")
    update = advocates.ProfileUpdate("Ann B", "Acme", "id", True, False, frozenset({ChallengeKind.SPEAKING}))
    program.run(actions.update_profile, advocate_id=advocate, update=update)
    program.run(actions.opt_out, advocate_id=advocate)
    program.run(actions.rejoin, advocate_id=advocate)
    kinds = [row.kind for row in _outbox(program)]
    assert kinds == ["decline.create", "profile.update", "membership.opt_out", "membership.rejoin"]
    assert _outbox(program)[1].payload["opted_out_kinds"] == ["speaking"]
