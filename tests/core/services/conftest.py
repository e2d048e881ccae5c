"""Use-case tests run against a real SQLite program in ``tmp_path``, with a clock the test moves by hand.

``hub`` is the toolbox most tests use: a program with the default rules and badges, one moderator, and short
ways to add people, challenges, submissions and points through the real services.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.sql import ColumnElement

from advocate_hub.core.domain.badges import DEFAULT_BADGES
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Role, SubmissionStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import advocates, badges, challenges, points, submissions
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, save_rules
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Base, Challenge

START = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
"""A Wednesday in the middle of a month, so a few days either way stay in the same week and month."""

QUIZ_CONFIG = {
    "questions": [
        {"prompt": "Which plan has audit logs?", "choices": ["Starter", "Team", "Enterprise"], "answer": 2},
        {"prompt": "Where do automations run?", "choices": ["Browser", "Servers"], "answer": 1},
    ]
}
SURVEY_CONFIG = {"questions": [{"prompt": "How likely are you to recommend us?", "type": "nps"}]}
CHECKIN_CONFIG = {"code": "BOOTH26"}

Row = TypeVar("Row", bound=Base)
T = TypeVar("T")


class FakeClock:
    """A ``Clock`` (a callable returning an aware datetime) that only moves when told to."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def default_config(kind: ChallengeKind) -> dict[str, Any]:
    if kind is ChallengeKind.QUIZ:
        return QUIZ_CONFIG
    if kind is ChallengeKind.SURVEY:
        return SURVEY_CONFIG
    if kind is ChallengeKind.EVENT_CHECKIN:
        return CHECKIN_CONFIG
    return {}


def default_proof(kind: ChallengeKind, n: int = 0) -> dict[str, Any]:
    """Proof that passes the checks of a challenge of ``kind`` made with ``default_config``."""
    if kind in {
        ChallengeKind.REVIEW,
        ChallengeKind.SOCIAL_SHARE,
        ChallengeKind.COMMUNITY_ANSWER,
        ChallengeKind.VIDEO_TESTIMONIAL,
    }:
        return {"link": f"https://example.org/{kind.value}/{n}"}
    if kind is ChallengeKind.QUIZ:
        return {"answers": [q["answer"] for q in QUIZ_CONFIG["questions"]]}
    if kind is ChallengeKind.SURVEY:
        return {"answers": [9]}
    if kind is ChallengeKind.EVENT_CHECKIN:
        return {"code": "booth26"}
    if kind in {ChallengeKind.TESTIMONIAL, ChallengeKind.PRODUCT_FEEDBACK}:
        return {"text": "We save hours every week since we switched to it."}
    if kind is ChallengeKind.REFERRAL:
        return {"name": f"Colleague {n}", "email": f"colleague{n}@example.net", "company": "Acme", "consent": True}
    return {"note": "Done."}


MODERATOR_EMAIL = "mia.moderator@example.com"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def prepare(program: Program) -> None:
    """What every test program starts with: the default rules and badges, and one moderator."""
    program.run(save_rules, rules=ProgramRules())
    program.run(lambda session, now: badges.install(session, DEFAULT_BADGES))
    moderator = advocates.NewAdvocate(email=MODERATOR_EMAIL, name="Mia Moderator", role=Role.MODERATOR)
    program.run(advocates.create, new=moderator)


@pytest.fixture(scope="session")
def prepared_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, prepared program made once; each test gets a copy (migrating per test is the slow part)."""
    directory = tmp_path_factory.mktemp("template")
    with Program.open(directory, clock=FakeClock()) as template:
        prepare(template)
    return directory / DATABASE_FILENAME


@pytest.fixture
def program(tmp_path: Path, clock: FakeClock, prepared_template: Path) -> Iterator[Program]:
    """A real program in ``tmp_path``, already prepared (see ``prepare``), running on the test's clock."""
    data_dir = tmp_path / "program"
    data_dir.mkdir()
    shutil.copyfile(prepared_template, data_dir / DATABASE_FILENAME)
    opened = Program.open(data_dir, clock=clock)
    try:
        yield opened
    finally:
        opened.close()


class Hub:
    """Short ways to set a program up and act in it, all through the real use cases."""

    def __init__(self, program: Program, clock: FakeClock) -> None:
        self.program = program
        self.clock = clock
        self._proofs = 0
        self.mod = program.read(
            lambda session: session.scalars(select(Advocate.id).where(Advocate.email == MODERATOR_EMAIL)).one()
        )
        self._people = self.count(Advocate)

    # --- set-up ---------------------------------------------------------------------------------------------

    def set_rules(self, **changes: Any) -> None:
        self.program.run(save_rules, rules=ProgramRules(**changes))

    def person(
        self,
        name: str,
        *,
        role: Role = Role.ADVOCATE,
        status: AdvocateStatus = AdvocateStatus.ACTIVE,
        groups: tuple[str, ...] = (),
        opted_out_kinds: frozenset[ChallengeKind] = frozenset(),
        consent_publish_name: bool = True,
    ) -> int:
        """A member; unless a test says otherwise they agreed to have their name shown, so boards name them."""
        self._people += 1
        new = advocates.NewAdvocate(
            email=f"person{self._people}@example.com",
            name=name,
            role=role,
            status=status,
            groups=groups,
            opted_out_kinds=opted_out_kinds,
            consent_publish_name=consent_publish_name,
        )
        return self.program.run(advocates.create, new=new).id

    def moderator(self, name: str = "Max Moderator") -> int:
        return self.person(name, role=Role.MODERATOR)

    def advocate(self, name: str = "Ada Advocate", **kwargs: Any) -> int:
        return self.person(name, **kwargs)

    def challenge(self, kind: ChallengeKind = ChallengeKind.REVIEW, *, points: int = 100, **fields: Any) -> int:
        fields.setdefault("title", f"{kind.value} challenge")
        fields.setdefault("starts_at", self.clock.now - timedelta(days=1))
        fields.setdefault("config", default_config(kind))
        draft = ChallengeDraft(kind=kind, points=points, **fields)
        return self.program.run(challenges.create, actor_id=self.mod, draft=draft).id

    # --- acting ---------------------------------------------------------------------------------------------

    def submit(
        self,
        advocate_id: int,
        challenge_id: int,
        proof: dict[str, Any] | None = None,
        *,
        disclosure: bool = True,
    ) -> submissions.Outcome:
        if proof is None:
            self._proofs += 1
            proof = default_proof(self.get(Challenge, challenge_id).kind, self._proofs)
        return self.program.run(
            submissions.submit,
            advocate_id=advocate_id,
            challenge_id=challenge_id,
            proof=proof,
            disclosure_acknowledged=disclosure,
        )

    def approve(self, submission_id: int, *, actor_id: int | None = None, thank_you: str = "Thanks!") -> Any:
        return self.program.run(
            submissions.approve, actor_id=actor_id or self.mod, submission_id=submission_id, thank_you=thank_you
        )

    def complete(self, advocate_id: int, challenge_id: int) -> int:
        """Submit and, unless decided on the spot, approve; returns the submission id."""
        outcome = self.submit(advocate_id, challenge_id)
        if outcome.submission.status is SubmissionStatus.PENDING:
            self.approve(outcome.submission.id)
        return outcome.submission.id

    def grant(
        self, advocate_id: int, amount: int, *, kind: LedgerKind = LedgerKind.BONUS, actor_id: int | None = None
    ) -> Any:
        return self.program.run(
            points.adjust,
            actor_id=actor_id or self.mod,
            advocate_id=advocate_id,
            points=amount,
            reason="Granted for the test",
            kind=kind,
        )

    # --- reading --------------------------------------------------------------------------------------------

    def totals(self, advocate_id: int) -> AdvocateTotals:
        return self.get(AdvocateTotals, advocate_id)

    def get(self, model: type[Row], row_id: int) -> Row:
        row = self.program.read(lambda session: _detached(session, session.get(model, row_id)))
        assert row is not None, f"no {model.__name__} {row_id}"
        return row

    def rows(self, model: type[Row], *where: ColumnElement[bool]) -> list[Row]:
        """Rows of ``model`` in id (primary key) order, loaded and detached so the test can read them."""
        return self.program.read(
            lambda session: _detached(
                session,
                list(session.scalars(select(model).where(*where).order_by(*model.__table__.primary_key.columns))),
            )
        )

    def count(self, model: type[Base], *where: ColumnElement[bool]) -> int:
        return self.program.read(
            lambda session: session.scalar(select(func.count()).select_from(model).where(*where)) or 0
        )

    def counts(self) -> dict[str, int]:
        """Rows in every table of the program: compare before and after a failing use case."""

        def count_all(session: Any) -> dict[str, int]:
            return {
                table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables
            }

        return self.program.read(count_all)


def _detached(session: Any, value: T) -> T:
    """Hand loaded rows out of the read session detached, so nothing it does at its end can expire them."""
    session.expunge_all()
    return value


@pytest.fixture
def hub(program: Program, clock: FakeClock) -> Hub:
    return Hub(program, clock)
