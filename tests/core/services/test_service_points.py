"""Moderator changes to points (``core.services.points``), and the ledger's integrity across use cases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from advocate_hub.core.domain.enums import Incentive, LedgerKind, ReferralStage
from advocate_hub.core.domain.errors import AlreadyReversed, NotAllowed, NotFound, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.ledger import MAX_ENTRY_POINTS
from advocate_hub.core.domain.tiers import DEFAULT_LADDER, Tier
from advocate_hub.core.services import advocates, ledger, points, referrals, rewards, submissions
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.core.store.models import AdvocateTotals, AuditEntry, LedgerEntry, Referral, ScoreTotal


def adjust(hub, advocate_id: int, amount: int, reason: str = "Meetup host", **kwargs):
    kwargs.setdefault("actor_id", hub.mod)
    return hub.program.run(points.adjust, advocate_id=advocate_id, points=amount, reason=reason, **kwargs)


def reverse(hub, entry_id: int, reason: str = "Granted by mistake", actor_id: int | None = None):
    return hub.program.run(points.reverse, actor_id=actor_id or hub.mod, entry_id=entry_id, reason=reason)


def set_groups(hub, advocate_id: int, slugs: list[str]) -> None:
    """``set_groups`` takes no ``now`` (nor an actor), so it runs in a transaction of its own."""
    hub.program.run(lambda session, now: advocates.set_groups(session, advocate_id, slugs))


# --- adjustments and bonuses -------------------------------------------------------------------------------


def test_adjust_writes_an_entry_with_its_reason_and_actor(hub) -> None:
    ada = hub.advocate()

    posted = adjust(hub, ada, 120, reason="  Hosted the local meetup  ")

    [entry] = hub.rows(LedgerEntry)
    assert (entry.kind, entry.points, entry.reason, entry.actor_id) == (
        LedgerKind.ADJUSTMENT,
        120,
        "Hosted the local meetup",
        hub.mod,
    )
    assert posted.balance == hub.totals(ada).balance == 120
    [row] = hub.rows(AuditEntry, AuditEntry.action == "points.adjustment")
    assert (row.target_type, row.target_id, row.actor_id) == ("advocate", ada, hub.mod)
    assert row.before == {"balance": 0}
    assert row.after == {"balance": 120, "entry_id": entry.id, "reason": "Hosted the local meetup"}


def test_a_bonus_is_its_own_kind(hub) -> None:
    ada = hub.advocate()

    adjust(hub, ada, 50, kind=LedgerKind.BONUS)

    [entry] = hub.rows(LedgerEntry)
    assert entry.kind is LedgerKind.BONUS
    assert hub.count(AuditEntry, AuditEntry.action == "points.bonus") == 1


def test_a_negative_adjustment_removes_points_and_can_lower_the_tier(hub) -> None:
    ada = hub.advocate()
    adjust(hub, ada, 600)
    assert hub.totals(ada).tier is Tier.SILVER

    adjust(hub, ada, -200, reason="Double-counted event")

    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime, totals.tier) == (400, 400, Tier.COMMUNITY)


@pytest.mark.parametrize("reason", ["", "   "])
def test_adjust_requires_a_reason(hub, reason: str) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        adjust(hub, ada, 100, reason=reason)

    assert raised.value.field == "reason"
    assert hub.counts() == before


@pytest.mark.parametrize(
    ("amount", "kind"),
    [
        (-10, LedgerKind.BONUS),
        (0, LedgerKind.BONUS),
        (0, LedgerKind.ADJUSTMENT),
        (MAX_ENTRY_POINTS + 1, LedgerKind.ADJUSTMENT),
        (-(MAX_ENTRY_POINTS + 1), LedgerKind.ADJUSTMENT),
        (MAX_ENTRY_POINTS + 1, LedgerKind.BONUS),
    ],
)
def test_negative_bonuses_and_absurd_amounts_are_refused(hub, amount: int, kind: LedgerKind) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        adjust(hub, ada, amount, kind=kind)

    assert raised.value.field == "points"
    assert hub.counts() == before
    assert hub.totals(ada).balance == 0


def test_the_largest_allowed_entry_goes_through(hub) -> None:
    ada = hub.advocate()

    adjust(hub, ada, MAX_ENTRY_POINTS)

    assert hub.totals(ada).balance == MAX_ENTRY_POINTS


@pytest.mark.parametrize("kind", [LedgerKind.EARNED, LedgerKind.SPENT, LedgerKind.REVERSAL])
def test_only_adjustments_and_bonuses_are_made_by_hand(hub, kind: LedgerKind) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(NotAllowed):
        adjust(hub, ada, 100 if kind is not LedgerKind.SPENT else -100, kind=kind)

    assert hub.counts() == before


def test_an_advocate_cannot_adjust_points(hub) -> None:
    ada, bob = hub.advocate("Ada"), hub.advocate("Bob")
    before = hub.counts()

    with pytest.raises(NotAllowed):
        adjust(hub, bob, 100, actor_id=ada)
    with pytest.raises(NotAllowed):
        adjust(hub, ada, 100, actor_id=ada)

    assert hub.counts() == before


def test_a_moderator_cannot_adjust_their_own_points(hub) -> None:
    before = hub.counts()

    with pytest.raises(NotAllowed):
        adjust(hub, hub.mod, 100)

    assert hub.counts() == before


def test_adjusting_an_unknown_advocate_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        adjust(hub, 999, 100)


# --- reversals ---------------------------------------------------------------------------------------------


def test_reverse_adds_a_linked_entry_of_the_opposite_sign(hub) -> None:
    ada = hub.advocate()
    original = adjust(hub, ada, 250).entry

    posted = reverse(hub, original.id, reason="Wrong person")

    assert posted.entry.kind is LedgerKind.REVERSAL
    assert posted.entry.points == -250
    assert posted.entry.reverses_id == original.id
    assert posted.entry.reason == "Wrong person"
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime) == (0, 0)
    [row] = hub.rows(AuditEntry, AuditEntry.action == "points.reverse")
    assert (row.target_type, row.target_id) == ("ledger_entry", original.id)
    assert row.before == {"balance": 250}
    assert row.after["balance"] == 0


def test_reversing_twice_is_refused(hub) -> None:
    ada = hub.advocate()
    original = adjust(hub, ada, 250).entry
    reverse(hub, original.id)
    before = hub.counts()

    with pytest.raises(AlreadyReversed):
        reverse(hub, original.id)

    assert hub.counts() == before
    assert hub.totals(ada).balance == 0


def test_the_database_itself_refuses_a_second_reversal(hub) -> None:
    ada = hub.advocate()
    original = adjust(hub, ada, 250).entry
    reverse(hub, original.id)

    def insert_second_reversal() -> None:
        with hub.program.database.write() as session:
            session.add(
                LedgerEntry(
                    advocate_id=ada,
                    kind=LedgerKind.REVERSAL,
                    points=-250,
                    reason="Sneaking past the service",
                    reverses_id=original.id,
                    created_at=hub.clock.now,
                )
            )

    with pytest.raises(IntegrityError):
        insert_second_reversal()

    assert hub.count(LedgerEntry) == 2


def test_a_reversal_cannot_be_reversed(hub) -> None:
    ada = hub.advocate()
    reversal = reverse(hub, adjust(hub, ada, 250).entry.id).entry
    before = hub.counts()

    with pytest.raises(ValidationError):
        reverse(hub, reversal.id)

    assert hub.counts() == before


def test_a_reason_is_needed_to_reverse(hub) -> None:
    original = adjust(hub, hub.advocate(), 250).entry
    before = hub.counts()

    with pytest.raises(ValidationError):
        reverse(hub, original.id, reason=" ")

    assert hub.counts() == before


def test_a_moderator_cannot_reverse_their_own_points(hub) -> None:
    other = hub.moderator("Otto Moderator")
    original = adjust(hub, hub.mod, 250, actor_id=other).entry

    with pytest.raises(NotAllowed):
        reverse(hub, original.id, actor_id=hub.mod)

    reverse(hub, original.id, actor_id=other)
    assert hub.totals(hub.mod).balance == 0


def test_an_advocate_cannot_reverse(hub) -> None:
    ada = hub.advocate()
    original = adjust(hub, hub.advocate("Bob"), 250).entry

    with pytest.raises(NotAllowed):
        reverse(hub, original.id, actor_id=ada)


def test_reversing_an_unknown_entry_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        reverse(hub, 999)


def test_reversing_a_high_barrier_completion_drops_platinum_to_gold(hub) -> None:
    assert DEFAULT_LADDER.step(Tier.PLATINUM).min_lifetime_points == 5000
    ada = hub.advocate()
    adjust(hub, ada, 6000)
    assert hub.totals(ada).tier is Tier.GOLD, "Platinum also needs a high-barrier completion"
    case_study = hub.challenge(ChallengeKind.CASE_STUDY, points=1000)
    submission_id = hub.complete(ada, case_study)
    totals = hub.totals(ada)
    assert (totals.tier, totals.high_barrier_completions) == (Tier.PLATINUM, 1)
    [earned] = hub.rows(LedgerEntry, LedgerEntry.submission_id == submission_id)

    posted = reverse(hub, earned.id, reason="The case study was withdrawn")

    assert (posted.tier_before, posted.tier_after) == (Tier.PLATINUM, Tier.GOLD)
    totals = hub.totals(ada)
    assert (totals.tier, totals.lifetime, totals.high_barrier_completions) == (Tier.GOLD, 6000, 0)


def test_reversing_a_low_barrier_completion_keeps_platinum(hub) -> None:
    ada = hub.advocate()
    adjust(hub, ada, 6000)
    hub.complete(ada, hub.challenge(ChallengeKind.CASE_STUDY, points=1000))
    review_submission = hub.complete(ada, hub.challenge(ChallengeKind.REVIEW, points=100))
    [earned] = hub.rows(LedgerEntry, LedgerEntry.submission_id == review_submission)

    reverse(hub, earned.id)

    totals = hub.totals(ada)
    assert (totals.tier, totals.high_barrier_completions) == (Tier.PLATINUM, 1)


# --- integrity across use cases ----------------------------------------------------------------------------


def failing_use_cases(hub):
    """Set up a program with a little of everything, and return use cases that each fail part-way or up front."""
    ada = hub.advocate("Ada", groups=("emea",))
    review = hub.challenge(ChallengeKind.REVIEW)
    pending = hub.submit(ada, review).submission
    reward_id = hub.program.run(
        rewards.create, actor_id=hub.mod, draft=RewardDraft("Dinner", Incentive.ACCESS, cost=5000)
    ).id
    return {
        "new advocate with a blank group": lambda: hub.program.run(
            advocates.create, new=advocates.NewAdvocate(email="bo@example.com", name="Bo", groups=("apac", " "))
        ),
        "regroup with a blank group": lambda: set_groups(hub, ada, ["apac", ""]),
        "approve by an advocate": lambda: hub.approve(pending.id, actor_id=ada),
        "reject without reason": lambda: hub.program.run(
            submissions.reject, actor_id=hub.mod, submission_id=pending.id, reason=""
        ),
        "redeem without points": lambda: hub.program.run(rewards.redeem, advocate_id=ada, reward_id=reward_id),
        "second submission over the cap": lambda: hub.submit(ada, review),
        "absurd adjustment": lambda: adjust(hub, ada, MAX_ENTRY_POINTS * 2),
    }


def test_every_failing_use_case_writes_nothing(hub) -> None:
    for name, use_case in failing_use_cases(hub).items():
        before = hub.counts()
        scores = hub.rows(ScoreTotal)
        with pytest.raises(Exception) as raised:  # noqa: PT011 - each raises its own typed error
            use_case()
        assert type(raised.value).__module__ == "advocate_hub.core.domain.errors", name
        assert hub.counts() == before, name
        assert [(s.scope, s.period, s.advocate_id, s.points) for s in hub.rows(ScoreTotal)] == [
            (s.scope, s.period, s.advocate_id, s.points) for s in scores
        ], name


def assert_totals_match_the_ledger(hub) -> None:
    def compare(session) -> None:
        fresh = ledger.recompute(session)
        maintained = {t.advocate_id: t for t in session.scalars(select(AdvocateTotals))}
        assert {a: (t.balance, t.lifetime) for a, t in maintained.items()} == {
            a: (fresh.balance[a], fresh.lifetime[a]) for a in fresh.lifetime
        }
        for totals in maintained.values():
            assert totals.tier is DEFAULT_LADDER.tier_for(totals.lifetime, totals.high_barrier_completions)
        scores = {
            (s.scope, s.period, s.period_start, s.advocate_id): s.points for s in session.scalars(select(ScoreTotal))
        }
        assert scores == dict(fresh.scores)

    hub.program.read(compare)


def test_maintained_totals_equal_a_recomputation_after_a_mix_of_use_cases(hub) -> None:
    clock = hub.clock
    ada = hub.advocate("Ada", groups=("emea",))
    bob = hub.advocate("Bob", groups=("emea", "partners"))
    cleo = hub.advocate("Cleo")
    review = hub.challenge(ChallengeKind.REVIEW, points=250, max_per_advocate=5)
    quiz = hub.challenge(ChallengeKind.QUIZ, points=25, max_per_advocate=5)
    case_study = hub.challenge(ChallengeKind.CASE_STUDY, points=1500)
    refer = hub.challenge(ChallengeKind.REFERRAL, points=300, min_tier=Tier.COMMUNITY, max_per_advocate=3)
    reward_id = hub.program.run(
        rewards.create, actor_id=hub.mod, draft=RewardDraft("Hoodie", Incentive.STUFF, cost=200, stock=10)
    ).id

    first_review = hub.complete(ada, review)
    hub.complete(bob, quiz)
    hub.submit(cleo, quiz, {"answers": [0, 0]})  # failed quiz: no points
    adjust(hub, bob, 2500, kind=LedgerKind.BONUS)
    clock.advance(timedelta(days=7))
    hub.complete(bob, case_study)
    hub.complete(ada, review)
    [earned] = hub.rows(LedgerEntry, LedgerEntry.submission_id == first_review)
    reverse(hub, earned.id)  # in a later week than the entry it reverses
    redemption, _ = hub.program.run(rewards.redeem, advocate_id=bob, reward_id=reward_id)
    hub.program.run(rewards.redeem, advocate_id=ada, reward_id=reward_id)
    clock.advance(timedelta(days=20))  # into June
    hub.program.run(rewards.cancel, actor_id=hub.mod, redemption_id=redemption.id, reason="Changed mind")
    adjust(hub, cleo, 80)
    adjust(hub, ada, -30, reason="Duplicate share")
    hub.submit(cleo, refer)
    [referral] = hub.rows(Referral)
    for stage in (ReferralStage.CONTACTED, ReferralStage.QUALIFIED):
        hub.program.run(referrals.move, actor_id=hub.mod, referral_id=referral.id, stage=stage)
    set_groups(hub, cleo, ["partners"])
    set_groups(hub, bob, ["emea"])
    hub.program.run(advocates.opt_out, advocate_id=ada)
    clock.advance(timedelta(days=3))
    adjust(hub, ada, 40)
    hub.program.run(
        referrals.move,
        actor_id=hub.mod,
        referral_id=referral.id,
        stage=ReferralStage.WON,
        deal_value_cents=1_200_000,
    )

    assert hub.count(LedgerEntry) >= 14
    assert_totals_match_the_ledger(hub)
