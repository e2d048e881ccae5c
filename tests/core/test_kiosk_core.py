"""The kiosk's core: its PIN (salted hash, growing lockout that survives a restart), joining with consent, and a
single check-in per event and person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import Role, SubmissionStatus
from advocate_hub.core.domain.errors import NotEligible, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.services import advocates, challenges
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, AuditEntry, OutboxEntry, Submission, SyncState
from advocate_hub.core.sync.identity import Role as UidRole
from advocate_hub.core.sync.identity import derived_uid

START = datetime(2026, 3, 4, 9, tzinfo=UTC)
PIN = "4821"


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def program(tmp_path: Path, clock: Clock) -> Iterator[Program]:
    with Program.open(tmp_path, clock=clock) as program:
        moderator = program.run(advocates.create, new=advocates.NewAdvocate("m@example.com", "Mo", role=Role.MODERATOR))
        for title, kind, cfg in (
            ("Booth check-in", ChallengeKind.EVENT_CHECKIN, {"code": "SUMMIT"}),
            ("Other event", ChallengeKind.EVENT_CHECKIN, {"code": "ELSEWHERE"}),
            ("Trivia", ChallengeKind.QUIZ, {"questions": [{"prompt": "2+2?", "choices": ["3", "4"], "answer": 1}]}),
            ("Case study", ChallengeKind.CASE_STUDY, {}),
        ):
            draft = ChallengeDraft(title, kind, 50, START - timedelta(days=1), max_per_advocate=3, config=cfg)
            program.run(challenges.create, actor_id=moderator.id, draft=draft)
        program.run(config.configure, event_name="Summit", event_code="summit", pin=PIN)
        yield program


def _count(program: Program, model: type) -> int:
    with program.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_pin_is_stored_only_as_a_salted_hash(program: Program, tmp_path: Path) -> None:
    with program.database.read() as session:
        values = [row.value for row in session.scalars(select(SyncState).where(SyncState.key.like("kiosk.%")))]
        first = session.get(SyncState, config.PIN_HASH_KEY)
        assert first is not None
        first_hash = first.value
    assert all(PIN not in value for value in values)
    assert first_hash.startswith("$argon2")
    program.run(config.configure, event_name="Summit", event_code="SUMMIT", pin=PIN)
    with program.database.read() as session:
        assert session.get(SyncState, config.PIN_HASH_KEY).value != first_hash  # type: ignore[union-attr]
    assert program.read(config.load) == config.KioskConfig("Summit", "SUMMIT")
    with pytest.raises(ValidationError, match="digits"):
        program.run(config.configure, event_name="Summit", event_code="SUMMIT", pin="12")


def test_five_wrong_pins_lock_for_a_minute_then_longer_and_a_restart_does_not_reset(
    program: Program, clock: Clock, tmp_path: Path
) -> None:
    answers = [program.run(config.check_pin, pin="0000") for _ in range(5)]
    assert [a.tries_left for a in answers[:4]] == [4, 3, 2, 1]
    assert answers[4].locked_seconds == 60
    assert program.run(config.check_pin, pin=PIN).locked  # even the right PIN waits
    program.close()
    program = Program.open(tmp_path, clock=clock)
    clock.now += timedelta(seconds=30)
    assert program.run(config.check_pin, pin=PIN).locked_seconds == 30
    clock.now += timedelta(seconds=30)
    for _ in range(5):
        last = program.run(config.check_pin, pin="9999")
    assert last.locked_seconds == 120
    clock.now += timedelta(seconds=120)
    assert program.run(config.check_pin, pin=PIN).ok
    with program.database.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("kiosk.%"))))
    assert actions.count("kiosk.exit") == 1
    assert actions.count("kiosk.pin_locked") == 2
    program.close()


def test_joining_needs_the_required_consent_and_writes_nothing_without_it(program: Program) -> None:
    people = _count(program, Advocate)
    form = visits.JoinForm(name="Ada Visitor", email="ada@example.org", consent_contact=True)
    with pytest.raises(ValidationError, match="agree to join"):
        program.run(visits.join, form=form)
    assert _count(program, Advocate) == people
    assert _count(program, OutboxEntry) == 0
    visitor = program.run(
        visits.join, form=visits.JoinForm(name="Ada Visitor", email="ADA@example.org", agree_to_join=True)
    )
    assert program.read(visits.find_visitor, text="ada@example.org") == visitor
    again = program.run(visits.join, form=visits.JoinForm(name="Ada", email="ada@example.org", agree_to_join=True))
    assert again == visitor
    with program.database.read() as session:
        [row] = session.scalars(select(OutboxEntry))
        assert row.kind == "kiosk.join"
        assert session.get(Advocate, visitor.id).uid == derived_uid(row.mutation_id, UidRole.ADVOCATE)  # type: ignore[union-attr]
    assert program.read(visits.find_visitor, text=visitor.referral_code.lower()) == visitor


def test_one_check_in_per_event_and_person_and_only_quick_challenges(program: Program) -> None:
    form = visits.JoinForm(name="Bo", email="bo@example.org", agree_to_join=True, consent_publish_name=True)
    visitor = program.run(visits.join, form=form)
    quick = program.read(visits.quick_challenges, advocate_id=visitor.id, event_code="SUMMIT", now=START)
    assert [item.title for item in quick] == ["Booth check-in", "Trivia"]
    checkin = quick[0].id
    outcome = program.run(visits.check_in, advocate_id=visitor.id, challenge_id=checkin, event_code="SUMMIT")
    assert outcome.submission.status is SubmissionStatus.APPROVED
    with pytest.raises(NotEligible, match="already checked in") as refused:
        program.run(visits.check_in, advocate_id=visitor.id, challenge_id=checkin, event_code="SUMMIT")
    assert refused.value.reason == "already_checked_in"
    assert [
        item.title
        for item in program.read(visits.quick_challenges, advocate_id=visitor.id, event_code="SUMMIT", now=START)
    ] == ["Trivia"]
    assert _count(program, Submission) == 1
    board = program.read(visits.event_board, event_code="SUMMIT", now=START)
    assert board.at_event
    assert [row.name for row in board.rows] == ["Bo"]
    with program.database.read() as session:
        payloads = [
            row.payload for row in session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "kiosk.complete"))
        ]
    assert payloads == [
        {
            "visitor_email": "bo@example.org",
            "challenge_uid": payloads[0]["challenge_uid"],
            "proof": {"code": "SUMMIT"},
            "disclosure_acknowledged": False,
        }
    ]


def test_an_unknown_member_code_signs_in_as_a_nameless_stand_in_kept_off_the_board(program: Program) -> None:
    assert program.run(visits.sign_in, text="Ada Lovelace") is None
    assert program.run(visits.sign_in, text="ada@example.org") is None  # an unknown address joins instead
    stand_in = program.run(visits.sign_in, text="https://example.org/r/K7Q2-MZ4P?promo=K7Q2MZ4P")
    assert stand_in is not None
    assert (stand_in.name, stand_in.email, stand_in.referral_code) == ("", "", "K7Q2MZ4P")
    assert program.run(visits.sign_in, text="k7q2mz4p") == stand_in
    assert program.read(visits.find_visitor, text="k7q2mz4p@kiosk.invalid") is None
    checkin = program.read(visits.quick_challenges, advocate_id=stand_in.id, event_code="SUMMIT", now=START)[0]
    program.run(visits.check_in, advocate_id=stand_in.id, challenge_id=checkin.id, event_code="SUMMIT")
    with program.database.read() as session:
        [row] = session.scalars(select(OutboxEntry))
    assert (row.kind, row.payload["visitor_code"]) == ("kiosk.complete", "K7Q2MZ4P")
    board = program.read(visits.event_board, event_code="SUMMIT", now=START)
    assert board.rows == []  # a board never shows a member's code
