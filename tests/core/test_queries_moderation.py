"""The moderation queue, the median wait, bulk approval and message templates, checked against raw rows.

One small program is built once per module (people, challenges, submissions at known times, decisions with known
waits) and copied for each test, so the expected numbers are both written down and recomputed from the tables.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import LedgerKind, ProofType, Role, SubmissionStatus, TemplatePurpose
from advocate_hub.core.domain.errors import NotAllowed, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.moderation import QueueFilter, median_wait, pending_challenges, queue
from advocate_hub.core.services import advocates, challenges, submissions, templates
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, save_rules
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import Advocate, AuditEntry, Challenge, LedgerEntry, Submission

T0 = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
SURVEY = {
    "questions": [
        {"prompt": "How likely are you to recommend us?", "type": "nps"},
        {"prompt": "What should we build next?"},
    ]
}
QUIZ = {"questions": [{"prompt": "Two and two?", "choices": ["3", "4"], "answer": 1}]}


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    program: Program
    clock: Clock
    ids: dict[str, int]

    def at(self, hours: float, use_case: Any, **kwargs: Any) -> Any:
        """Run a use case ``hours`` relative to T0 (negative: in the past)."""
        self.clock.now = T0 + timedelta(hours=hours)
        try:
            return self.program.run(use_case, **kwargs)
        finally:
            self.clock.now = T0

    def pending_rows(self) -> list[tuple[Submission, Challenge, Advocate]]:
        def rows(session: Any) -> list[Any]:
            found = session.execute(
                select(Submission, Challenge, Advocate)
                .join(Challenge, Challenge.id == Submission.challenge_id)
                .join(Advocate, Advocate.id == Submission.advocate_id)
                .where(Submission.status == SubmissionStatus.PENDING)
            ).all()
            session.expunge_all()
            return [tuple(row) for row in found]

        return self.program.read(rows)

    def count(self, model: Any, *where: Any) -> int:
        return self.program.read(lambda s: s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _build(program: Program, clock: Clock) -> dict[str, int]:
    world = World(program, clock, {})
    program.run(save_rules, rules=ProgramRules())
    ids: dict[str, int] = {}
    for key, name, email, role in (
        ("mod", "Maya Mod", "maya.mod@example.com", Role.MODERATOR),
        ("mod2", "Otto Mod", "otto.mod@example.com", Role.MODERATOR),
        ("ada", "Ada Lovelace", "ada@example.com", Role.ADVOCATE),
        ("bob", "Bob Stone", "bob@stone.example", Role.ADVOCATE),
        ("cleo", "Cleo Park", "cleo@example.com", Role.ADVOCATE),
    ):
        ids[key] = world.at(-300, advocates.create, new=advocates.NewAdvocate(email=email, name=name, role=role)).id
    for key, kind, points, extra in (
        ("review", ChallengeKind.REVIEW, 100, {}),
        ("testimonial", ChallengeKind.TESTIMONIAL, 50, {}),
        ("referral", ChallengeKind.REFERRAL, 200, {"max_per_advocate": 5, "min_tier": Tier.COMMUNITY}),
        ("survey", ChallengeKind.SURVEY, 30, {"auto_approve": False, "config": SURVEY}),
        ("quiz", ChallengeKind.QUIZ, 10, {"config": QUIZ}),
    ):
        draft = ChallengeDraft(
            title=f"The {key}", kind=kind, points=points, starts_at=T0 - timedelta(hours=250), **extra
        )
        ids[key] = world.at(-250, challenges.create, actor_id=ids["mod"], draft=draft).id

    proofs = {
        "review": lambda who: {"link": f"https://example.org/review/{who}"},
        "testimonial": lambda who: {"text": f"{who} saves hours every week since switching."},
        "referral": lambda who: {"name": f"Friend of {who}", "email": f"friend.{who}@corp.example", "company": "Corp"},
        "survey": lambda _who: {"answers": [9, "Mobile reports"]},
        "quiz": lambda _who: {"answers": [1]},
    }

    def submit(who: str, what: str, hours: float, *, tag: str = "") -> int:
        proof = proofs[what](tag or who)
        if what == "referral":
            proof["consent"] = True
        outcome = world.at(
            hours,
            submissions.submit,
            advocate_id=ids[who],
            challenge_id=ids[what],
            proof=proof,
            disclosure_acknowledged=True,
        )
        return int(outcome.submission.id)

    ids["ada_review"] = submit("ada", "review", -50)
    ids["bob_review"] = submit("bob", "review", -30)
    world.at(-25, submissions.approve, actor_id=ids["mod"], submission_id=ids["bob_review"], thank_you="Thanks")
    ids["cleo_review"] = submit("cleo", "review", -20)
    ids["ada_testimonial"] = submit("ada", "testimonial", -10)
    ids["bob_testimonial"] = submit("bob", "testimonial", -48)
    world.at(-39, submissions.reject, actor_id=ids["mod2"], submission_id=ids["bob_testimonial"], reason="Off topic")
    ids["cleo_testimonial"] = submit("cleo", "testimonial", -8)
    world.at(-6, submissions.request_changes, actor_id=ids["mod"], submission_id=ids["cleo_testimonial"], note="More")
    ids["mod2_review"] = submit("mod2", "review", -3)
    ids["bob_referral"] = submit("bob", "referral", -2)
    ids["cleo_survey"] = submit("cleo", "survey", -1)
    ids["ada_quiz"] = submit("ada", "quiz", -40)
    ids["ada_referral"] = submit("ada", "referral", -100, tag="old")
    world.at(-70, submissions.approve, actor_id=ids["mod"], submission_id=ids["ada_referral"], thank_you="")
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("moderation-world")
    clock = Clock()
    with Program.open(folder, clock=clock) as program:
        ids = _build(program, clock)
    return folder / DATABASE_FILENAME, ids


@pytest.fixture
def world(tmp_path: Path, template: tuple[Path, dict[str, int]]) -> Iterator[World]:
    database, ids = template
    folder = tmp_path / "program"
    folder.mkdir()
    shutil.copyfile(database, folder / DATABASE_FILENAME)
    clock = Clock()
    program = Program.open(folder, clock=clock)
    try:
        yield World(program, clock, dict(ids))
    finally:
        program.close()


def _page(world: World, query_filter: QueueFilter = QueueFilter(), *, limit: int = 100, offset: int = 0) -> Any:  # noqa: B008
    return world.program.read(queue, actor_id=world.ids["mod"], filter=query_filter, limit=limit, offset=offset, now=T0)


def _expected(world: World, keep: Any) -> list[int]:
    rows = [row for row in world.pending_rows() if keep(*row)]
    return [s.id for s, _c, _a in sorted(rows, key=lambda row: (row[0].submitted_at, row[0].id))]


def test_the_queue_lists_pending_submissions_oldest_first_with_their_proof(world: World) -> None:
    page = _page(world)

    assert [item.submission_id for item in page.items] == _expected(world, lambda s, c, a: True)
    assert page.total == 6
    by_id = {item.submission_id: item for item in page.items}
    oldest = by_id[world.ids["ada_review"]]
    assert (oldest.advocate_name, oldest.advocate_email, oldest.challenge_title) == (
        "Ada Lovelace",
        "ada@example.com",
        "The review",
    )
    assert (oldest.challenge_kind, oldest.challenge_points, oldest.age) == (
        ChallengeKind.REVIEW,
        100,
        timedelta(hours=50),
    )
    assert oldest.proof.link == "https://example.org/review/ada"
    assert by_id[world.ids["ada_testimonial"]].proof.text == "ada saves hours every week since switching."
    survey = by_id[world.ids["cleo_survey"]].proof
    assert survey.proof_type is ProofType.ANSWERS
    assert [(a.question, a.answer) for a in survey.answers] == [
        ("How likely are you to recommend us?", "9 / 10"),
        ("What should we build next?", "Mobile reports"),
    ]
    referral = by_id[world.ids["bob_referral"]].proof.referral
    assert referral is not None
    assert (referral.name, referral.email, referral.company) == ("Friend of bob", "friend.bob@corp.example", "Corp")
    assert [item.own for item in page.items].count(True) == 0
    as_mod2 = world.program.read(queue, actor_id=world.ids["mod2"], filter=QueueFilter(), limit=100, offset=0, now=T0)
    assert [item.submission_id for item in as_mod2.items if item.own] == [world.ids["mod2_review"]]


def test_queue_filters_match_the_raw_rows(world: World) -> None:
    ids = world.ids
    cases: list[tuple[QueueFilter, Any]] = [
        (QueueFilter(kind=ChallengeKind.REVIEW), lambda s, c, a: c.kind is ChallengeKind.REVIEW),
        (QueueFilter(challenge_id=ids["testimonial"]), lambda s, c, a: c.id == ids["testimonial"]),
        (QueueFilter(advocate="LOVELACE"), lambda s, c, a: "lovelace" in a.name.lower()),
        (QueueFilter(advocate="stone.example"), lambda s, c, a: "stone.example" in a.email),
        (QueueFilter(advocate="%"), lambda s, c, a: False),
        (QueueFilter(min_age_hours=9), lambda s, c, a: T0 - s.submitted_at >= timedelta(hours=9)),
        (
            QueueFilter(kind=ChallengeKind.REVIEW, min_age_hours=24),
            lambda s, c, a: c.kind is ChallengeKind.REVIEW and T0 - s.submitted_at >= timedelta(hours=24),
        ),
    ]
    expected_sizes = [3, 1, 2, 1, 0, 3, 1]
    for (query_filter, keep), size in zip(cases, expected_sizes, strict=True):
        page = _page(world, query_filter)
        expected = _expected(world, keep)
        assert [item.submission_id for item in page.items] == expected, query_filter
        assert page.total == len(expected) == size, query_filter

    second = _page(world, limit=2, offset=2)
    assert [item.submission_id for item in second.items] == _expected(world, lambda s, c, a: True)[2:4]
    assert second.total == 6
    choices = world.program.read(pending_challenges, actor_id=ids["mod"])
    assert [(c.title, c.pending) for c in choices] == [
        ("The referral", 1),
        ("The review", 3),
        ("The survey", 1),
        ("The testimonial", 1),
    ]


def test_only_managers_read_the_queue(world: World) -> None:
    with pytest.raises(NotAllowed):
        world.program.read(queue, actor_id=world.ids["ada"], filter=QueueFilter(), limit=10, offset=0, now=T0)


def test_median_wait_counts_moderators_decisions_only(world: World) -> None:
    def raw(since: datetime) -> timedelta | None:
        def rows(session: Any) -> list[Any]:
            return list(
                session.execute(select(Submission.submitted_at, Submission.decided_at, Submission.decided_by)).all()
            )

        waits = [
            (decided - submitted).total_seconds()
            for submitted, decided, by in world.program.read(rows)
            if by is not None and decided is not None and decided >= since
        ]
        return timedelta(seconds=median(waits)) if waits else None

    recent, everything, none = T0 - timedelta(hours=48), T0 - timedelta(hours=200), T0
    assert world.program.read(median_wait, since=recent) == raw(recent) == timedelta(hours=5)
    assert world.program.read(median_wait, since=everything) == raw(everything) == timedelta(hours=7)
    assert world.program.read(median_wait, since=none) is raw(none) is None
    auto = world.count(Submission, Submission.id == world.ids["ada_quiz"], Submission.decided_by.is_(None))
    assert auto == 1


def test_approve_many_writes_one_ledger_entry_and_one_audit_row_each(world: World) -> None:
    ids = world.ids
    chosen = [ids["ada_review"], ids["cleo_review"], ids["ada_review"], ids["ada_testimonial"]]
    entries, audits = world.count(LedgerEntry), world.count(AuditEntry)

    outcomes = world.program.run(submissions.approve_many, actor_id=ids["mod"], submission_ids=chosen, thank_you="Ta!")

    assert [o.submission.id for o in outcomes] == [ids["ada_review"], ids["cleo_review"], ids["ada_testimonial"]]
    assert world.count(LedgerEntry) == entries + 3
    assert world.count(AuditEntry) == audits + 3
    for submission_id, points in ((ids["ada_review"], 100), (ids["cleo_review"], 100), (ids["ada_testimonial"], 50)):
        assert (
            world.count(LedgerEntry, LedgerEntry.submission_id == submission_id, LedgerEntry.kind == LedgerKind.EARNED)
            == 1
        )
        assert (
            world.program.read(
                lambda s, sid=submission_id: s.scalar(
                    select(LedgerEntry.points).where(LedgerEntry.submission_id == sid)
                )
            )
            == points
        )
        assert (
            world.count(AuditEntry, AuditEntry.target_id == submission_id, AuditEntry.action == "submission.approve")
            == 1
        )


def test_approve_many_refuses_a_moderators_own_submission_and_writes_nothing(world: World) -> None:
    ids = world.ids
    entries, audits = world.count(LedgerEntry), world.count(AuditEntry)

    with pytest.raises(NotAllowed, match="your own submission"):
        world.program.run(
            submissions.approve_many,
            actor_id=ids["mod2"],
            submission_ids=[ids["ada_review"], ids["mod2_review"]],
            thank_you="",
        )
    with pytest.raises(ValidationError):
        world.program.run(submissions.approve_many, actor_id=ids["mod"], submission_ids=[], thank_you="")

    assert (world.count(LedgerEntry), world.count(AuditEntry)) == (entries, audits)
    assert len(world.pending_rows()) == 6


def test_templates_fall_back_to_defaults_and_changes_are_audited(world: World) -> None:
    mod = world.ids["mod"]
    defaults = world.program.read(templates.list_for, actor_id=mod, purpose=TemplatePurpose.REJECTION)
    assert [t.body for t in defaults] == [t.body for t in templates.DEFAULT_TEMPLATES[TemplatePurpose.REJECTION]]
    assert any("does not open" in t.body for t in defaults)
    assert any("disclosure" in t.body for t in defaults)
    audits = world.count(AuditEntry)

    made = world.program.run(
        templates.create, actor_id=mod, purpose=TemplatePurpose.REJECTION, title=" Spam ", body=" Looks automated. "
    )
    saved = world.program.read(templates.list_for, actor_id=mod, purpose=TemplatePurpose.REJECTION)
    assert [(t.id, t.title, t.body) for t in saved] == [(made.id, "Spam", "Looks automated.")]
    world.program.run(templates.update, actor_id=mod, template_id=made.id, title="Spam", body="Looks like spam.")
    assert world.program.read(templates.all_templates, actor_id=mod)[TemplatePurpose.REJECTION][0].body == (
        "Looks like spam."
    )
    world.program.run(templates.delete, actor_id=mod, template_id=made.id)
    assert world.program.read(templates.list_for, actor_id=mod, purpose=TemplatePurpose.REJECTION) == defaults

    actions = world.program.read(
        lambda s: list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all())[audits:]
    )
    assert actions == ["template.create", "template.update", "template.delete"]
    with pytest.raises(ValidationError):
        world.program.run(templates.create, actor_id=mod, purpose=TemplatePurpose.THANK_YOU, title="T", body=" ")
    with pytest.raises(NotAllowed):
        world.program.run(
            templates.create, actor_id=world.ids["ada"], purpose=TemplatePurpose.THANK_YOU, title="T", body="Hi"
        )
