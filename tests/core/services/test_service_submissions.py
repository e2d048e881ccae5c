"""Completing, declining and moderating challenges through ``core.services.submissions``."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import LedgerKind, ReferralStage, Role, SubmissionStatus
from advocate_hub.core.domain.errors import (
    InvalidTransition,
    NotAllowed,
    NotEligible,
    NotFound,
    ValidationError,
)
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import advocates, submissions
from advocate_hub.core.store.models import Advocate, AuditEntry, Decline, LedgerEntry, Referral, Submission

LINK = {"link": "https://www.g2.com/products/northwind/reviews/123"}


def test_link_submission_waits_for_a_moderator(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, points=250)

    outcome = hub.submit(ada, review, {"link": f"  {LINK['link']}  ", "extra": "dropped"})

    assert outcome.posted is None
    stored = hub.get(Submission, outcome.submission.id)
    assert stored.status is SubmissionStatus.PENDING
    assert stored.proof == LINK
    assert stored.submitted_at == hub.clock.now
    assert stored.decided_at is None
    assert hub.count(LedgerEntry) == 0
    assert hub.get(Advocate, ada).last_active_at == hub.clock.now


def test_approve_posts_the_challenge_points_with_the_thank_you(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, points=250)
    pending = hub.submit(ada, review, LINK).submission
    hub.clock.advance(timedelta(hours=3))

    outcome = hub.approve(pending.id, thank_you="  Thank you, Ada!  ")

    [entry] = hub.rows(LedgerEntry)
    assert (entry.advocate_id, entry.kind, entry.points) == (ada, LedgerKind.EARNED, 250)
    assert entry.submission_id == pending.id
    assert entry.actor_id == hub.mod
    assert entry.created_at == hub.clock.now
    stored = hub.get(Submission, pending.id)
    assert stored.status is SubmissionStatus.APPROVED
    assert stored.decision_note == "Thank you, Ada!"
    assert stored.decided_by == hub.mod
    assert stored.decided_at == hub.clock.now
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime) == (250, 250)
    assert (outcome.posted.balance, outcome.posted.lifetime) == (250, 250)


def test_approve_without_a_thank_you_stores_the_default_one(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission

    hub.approve(pending.id, thank_you="   ")

    assert hub.get(Submission, pending.id).decision_note == submissions.DEFAULT_THANK_YOU


def test_approval_that_crosses_a_threshold_raises_the_tier(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW, points=600), LINK).submission

    outcome = hub.approve(pending.id)

    assert (outcome.posted.tier_before, outcome.posted.tier_after) == (Tier.COMMUNITY, Tier.SILVER)
    totals = hub.totals(ada)
    assert totals.tier is Tier.SILVER
    assert totals.tier_reached_at == hub.clock.now


def test_approve_writes_an_audit_row_with_before_and_after(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission

    hub.approve(pending.id, thank_you="Great review")

    [row] = hub.rows(AuditEntry, AuditEntry.action == "submission.approve")
    assert (row.actor_id, row.target_type, row.target_id) == (hub.mod, "submission", pending.id)
    assert row.before == {"status": "pending", "note": ""}
    assert row.after == {"status": "approved", "note": "Great review"}
    assert row.created_at == hub.clock.now


def test_reject_requires_a_reason_and_writes_nothing(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.program.run(submissions.reject, actor_id=hub.mod, submission_id=pending.id, reason="  ")

    assert raised.value.field == "reason"
    assert hub.counts() == before
    assert hub.get(Submission, pending.id).status is SubmissionStatus.PENDING


def test_reject_records_the_reason_and_posts_nothing(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission

    hub.program.run(submissions.reject, actor_id=hub.mod, submission_id=pending.id, reason="The link is broken.")

    stored = hub.get(Submission, pending.id)
    assert stored.status is SubmissionStatus.REJECTED
    assert stored.decision_note == "The link is broken."
    assert hub.count(LedgerEntry) == 0
    [row] = hub.rows(AuditEntry, AuditEntry.action == "submission.reject")
    assert row.after == {"status": "rejected", "note": "The link is broken."}


def test_request_changes_then_resubmit_goes_back_to_pending(hub) -> None:
    ada = hub.advocate()
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission
    hub.program.run(submissions.request_changes, actor_id=hub.mod, submission_id=pending.id, note="Wrong page")
    assert hub.get(Submission, pending.id).status is SubmissionStatus.CHANGES_REQUESTED
    hub.clock.advance(timedelta(days=1))

    hub.program.run(
        submissions.resubmit,
        advocate_id=ada,
        submission_id=pending.id,
        proof={"link": "https://www.g2.com/products/northwind/reviews/456"},
        disclosure_acknowledged=True,
    )

    stored = hub.get(Submission, pending.id)
    assert stored.status is SubmissionStatus.PENDING
    assert stored.proof == {"link": "https://www.g2.com/products/northwind/reviews/456"}
    assert stored.submitted_at == hub.clock.now
    hub.approve(pending.id)
    assert hub.totals(ada).balance == 100


def test_request_changes_requires_a_note(hub) -> None:
    pending = hub.submit(hub.advocate(), hub.challenge(ChallengeKind.REVIEW), LINK).submission

    with pytest.raises(ValidationError):
        hub.program.run(submissions.request_changes, actor_id=hub.mod, submission_id=pending.id, note="")

    assert hub.get(Submission, pending.id).status is SubmissionStatus.PENDING


def test_only_the_author_can_resubmit_and_only_after_changes_were_requested(hub) -> None:
    ada, bob = hub.advocate("Ada"), hub.advocate("Bob")
    pending = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW), LINK).submission

    def resubmit(advocate_id: int) -> None:
        hub.program.run(
            submissions.resubmit,
            advocate_id=advocate_id,
            submission_id=pending.id,
            proof=LINK,
            disclosure_acknowledged=True,
        )

    with pytest.raises(InvalidTransition):
        resubmit(ada)
    hub.program.run(submissions.request_changes, actor_id=hub.mod, submission_id=pending.id, note="Wrong page")
    with pytest.raises(NotAllowed):
        resubmit(bob)
    assert hub.get(Submission, pending.id).status is SubmissionStatus.CHANGES_REQUESTED


def test_a_moderator_cannot_approve_their_own_submission(hub) -> None:
    other = hub.moderator("Otto Moderator")
    pending = hub.submit(hub.mod, hub.challenge(ChallengeKind.REVIEW), LINK).submission
    before = hub.counts()

    with pytest.raises(NotAllowed):
        hub.approve(pending.id, actor_id=hub.mod)

    assert hub.counts() == before
    hub.approve(pending.id, actor_id=other)
    assert hub.get(Submission, pending.id).status is SubmissionStatus.APPROVED


@pytest.mark.parametrize("role", [Role.ADVOCATE, Role.KIOSK])
def test_someone_who_is_not_a_manager_cannot_approve(hub, role: Role) -> None:
    pending = hub.submit(hub.advocate("Ada"), hub.challenge(ChallengeKind.REVIEW), LINK).submission
    outsider = hub.person("Bob", role=role)
    before = hub.counts()

    with pytest.raises(NotAllowed):
        hub.approve(pending.id, actor_id=outsider)

    assert hub.counts() == before
    assert hub.get(Submission, pending.id).status is SubmissionStatus.PENDING


def test_approving_twice_is_an_invalid_transition(hub) -> None:
    pending = hub.submit(hub.advocate(), hub.challenge(ChallengeKind.REVIEW), LINK).submission
    hub.approve(pending.id)
    before = hub.counts()

    with pytest.raises(InvalidTransition):
        hub.approve(pending.id)
    with pytest.raises(InvalidTransition):
        hub.program.run(submissions.reject, actor_id=hub.mod, submission_id=pending.id, reason="Changed my mind")

    assert hub.counts() == before
    assert hub.count(LedgerEntry) == 1


def test_approving_an_unknown_submission_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        hub.approve(999)


# --- quizzes -------------------------------------------------------------------------------------------------


def test_quiz_with_right_answers_is_approved_on_the_spot(hub) -> None:
    ada = hub.advocate()
    quiz = hub.challenge(ChallengeKind.QUIZ, points=25)

    outcome = hub.submit(ada, quiz, {"answers": [2, 1]})

    stored = hub.get(Submission, outcome.submission.id)
    assert stored.status is SubmissionStatus.APPROVED
    assert stored.decision_note == submissions.AUTO_APPROVED_NOTE
    assert stored.decided_by is None
    assert outcome.posted is not None
    [entry] = hub.rows(LedgerEntry)
    assert (entry.kind, entry.points, entry.submission_id) == (LedgerKind.EARNED, 25, stored.id)
    assert hub.totals(ada).balance == 25


def test_quiz_with_wrong_answers_is_rejected_with_the_score_and_posts_nothing(hub) -> None:
    ada = hub.advocate()
    quiz = hub.challenge(ChallengeKind.QUIZ, points=25)

    outcome = hub.submit(ada, quiz, {"answers": [2, 0]})

    assert outcome.posted is None
    stored = hub.get(Submission, outcome.submission.id)
    assert stored.status is SubmissionStatus.REJECTED
    assert stored.decision_note.startswith("1 of 2 right")
    assert hub.count(LedgerEntry) == 0
    assert hub.totals(ada).balance == 0


def test_a_failed_quiz_can_be_tried_again(hub) -> None:
    ada = hub.advocate()
    quiz = hub.challenge(ChallengeKind.QUIZ, points=25)
    hub.submit(ada, quiz, {"answers": [0, 0]})

    outcome = hub.submit(ada, quiz, {"answers": [2, 1]})

    assert outcome.submission.status is SubmissionStatus.APPROVED
    assert hub.totals(ada).balance == 25


def test_quiz_with_unanswered_questions_is_refused(hub) -> None:
    ada = hub.advocate()
    quiz = hub.challenge(ChallengeKind.QUIZ)
    before = hub.counts()

    with pytest.raises(ValidationError):
        hub.submit(ada, quiz, {"answers": [2]})

    assert hub.counts() == before


# --- disclosure, proof -----------------------------------------------------------------------------------------


def test_disclosure_must_be_acknowledged_for_public_words(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.submit(ada, review, LINK, disclosure=False)

    assert raised.value.field == "disclosure"
    assert hub.counts() == before


def test_disclosure_is_not_needed_where_nothing_is_public(hub) -> None:
    outcome = hub.submit(hub.advocate(), hub.challenge(ChallengeKind.SURVEY), {"answers": [9]}, disclosure=False)

    assert outcome.submission.status is SubmissionStatus.APPROVED


def test_bad_proof_is_refused_and_writes_nothing(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.submit(ada, review, {"link": "not a link"})

    assert raised.value.field == "link"
    assert hub.counts() == before


# --- eligibility -------------------------------------------------------------------------------------------


def assert_not_eligible(hub, advocate_id: int, challenge_id: int, reason: IneligibleReason) -> None:
    before = hub.counts()
    with pytest.raises(NotEligible) as raised:
        hub.submit(advocate_id, challenge_id)
    assert raised.value.reason == reason.value
    assert str(raised.value)
    assert hub.counts() == before


def test_an_expired_challenge_cannot_be_submitted(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, expires_at=hub.clock.now + timedelta(days=1))
    hub.clock.advance(timedelta(days=1))

    assert_not_eligible(hub, ada, review, IneligibleReason.EXPIRED)


def test_a_challenge_that_has_not_started_cannot_be_submitted(hub) -> None:
    review = hub.challenge(ChallengeKind.REVIEW, starts_at=hub.clock.now + timedelta(hours=1))

    assert_not_eligible(hub, hub.advocate(), review, IneligibleReason.NOT_STARTED)
    hub.clock.advance(timedelta(hours=1))
    assert hub.submit(hub.advocate("Bob"), review).submission.status is SubmissionStatus.PENDING


def test_a_high_barrier_challenge_needs_gold(hub) -> None:
    ada = hub.advocate()
    case_study = hub.challenge(ChallengeKind.CASE_STUDY, points=2000)

    assert_not_eligible(hub, ada, case_study, IneligibleReason.TIER_TOO_LOW)
    hub.grant(ada, 2000)
    assert hub.submit(ada, case_study).submission.status is SubmissionStatus.PENDING


def test_the_completion_cap_counts_pending_submissions(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, max_per_advocate=1)
    hub.submit(ada, review)

    assert_not_eligible(hub, ada, review, IneligibleReason.CAP_REACHED)


def test_a_rejected_submission_frees_its_place_under_the_cap(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, max_per_advocate=1)
    first = hub.submit(ada, review).submission
    hub.program.run(submissions.reject, actor_id=hub.mod, submission_id=first.id, reason="Wrong product")

    assert hub.submit(ada, review).submission.status is SubmissionStatus.PENDING


def test_an_advocate_who_opted_out_of_a_kind_is_not_asked_for_it(hub) -> None:
    ada = hub.advocate(opted_out_kinds=frozenset({ChallengeKind.REVIEW}))

    assert_not_eligible(hub, ada, hub.challenge(ChallengeKind.REVIEW), IneligibleReason.KIND_OPTED_OUT)
    assert hub.submit(ada, hub.challenge(ChallengeKind.SOCIAL_SHARE)).submission.status is SubmissionStatus.PENDING


def test_a_group_only_challenge_is_closed_to_other_groups(hub) -> None:
    emea = hub.challenge(ChallengeKind.REVIEW, audience_groups=frozenset({"emea"}))

    assert_not_eligible(hub, hub.advocate("Ada", groups=("apac",)), emea, IneligibleReason.NOT_IN_AUDIENCE)
    assert hub.submit(hub.advocate("Bob", groups=("emea",)), emea).submission.status is SubmissionStatus.PENDING


def test_an_advocate_who_left_the_program_cannot_submit(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW)
    hub.program.run(advocates.opt_out, advocate_id=ada)

    assert_not_eligible(hub, ada, review, IneligibleReason.NOT_ACTIVE)


def fatigued(hub, limit: int = 2) -> tuple[int, list[int]]:
    """An advocate who has taken on ``limit`` asks just now, with the program's limit set to ``limit``."""
    hub.set_rules(fatigue_limit=limit)
    ada = hub.advocate()
    asks = [hub.challenge(ChallengeKind.REVIEW, title=f"Review {n}") for n in range(limit + 1)]
    for challenge_id in asks[:limit]:
        hub.submit(ada, challenge_id)
    return ada, asks


def test_the_fatigue_limit_holds_back_new_asks(hub) -> None:
    ada, asks = fatigued(hub, limit=2)

    assert_not_eligible(hub, ada, asks[-1], IneligibleReason.FATIGUE_LIMIT)


def test_a_quiz_is_still_open_at_the_fatigue_limit(hub) -> None:
    ada, _ = fatigued(hub, limit=2)

    outcome = hub.submit(ada, hub.challenge(ChallengeKind.QUIZ))

    assert outcome.submission.status is SubmissionStatus.APPROVED


def test_the_fatigue_limit_clears_after_thirty_days(hub) -> None:
    ada, asks = fatigued(hub, limit=2)
    hub.clock.advance(timedelta(days=29))
    assert_not_eligible(hub, ada, asks[-1], IneligibleReason.FATIGUE_LIMIT)

    hub.clock.advance(timedelta(days=1))

    assert hub.submit(ada, asks[-1]).submission.status is SubmissionStatus.PENDING


def test_rejected_asks_do_not_count_towards_the_fatigue_limit(hub) -> None:
    hub.set_rules(fatigue_limit=1)
    ada = hub.advocate()
    first = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW, title="One")).submission
    hub.program.run(submissions.reject, actor_id=hub.mod, submission_id=first.id, reason="Not a review")

    second = hub.submit(ada, hub.challenge(ChallengeKind.REVIEW, title="Two")).submission

    assert second.status is SubmissionStatus.PENDING


# --- decline, follow-up ---------------------------------------------------------------------------------------


def test_decline_records_the_reason_without_penalty(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW)

    hub.program.run(submissions.decline, advocate_id=ada, challenge_id=review, reason="  No time this month  ")

    [row] = hub.rows(Decline)
    assert (row.advocate_id, row.challenge_id, row.reason) == (ada, review, "No time this month")
    assert row.created_at == hub.clock.now
    assert hub.count(LedgerEntry) == 0
    assert hub.submit(ada, review).submission.status is SubmissionStatus.PENDING


def test_decline_of_an_unknown_challenge_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        hub.program.run(submissions.decline, advocate_id=hub.advocate(), challenge_id=999, reason="")
    assert hub.count(Decline) == 0


def approved(hub) -> int:
    outcome = hub.submit(hub.advocate(), hub.challenge(ChallengeKind.CASE_STUDY, min_tier=Tier.COMMUNITY))
    hub.approve(outcome.submission.id)
    return outcome.submission.id


def mark_used(hub, submission_id: int, note: str = "Published on our blog", link: str = "https://example.com/cs"):
    return hub.program.run(submissions.mark_used, actor_id=hub.mod, submission_id=submission_id, note=note, link=link)


def test_mark_used_tells_the_advocate_what_became_of_it(hub) -> None:
    submission_id = approved(hub)
    hub.clock.advance(timedelta(days=10))

    mark_used(hub, submission_id, note=" Your case study is live ", link="https://example.com/cs/ada")

    stored = hub.get(Submission, submission_id)
    assert stored.used_note == "Your case study is live"
    assert stored.used_link == "https://example.com/cs/ada"
    assert stored.used_at == hub.clock.now
    [row] = hub.rows(AuditEntry, AuditEntry.action == "submission.mark_used")
    assert row.before == {"used_note": "", "used_link": ""}
    assert row.after == {"used_note": "Your case study is live", "used_link": "https://example.com/cs/ada"}


def test_mark_used_without_a_link_is_fine(hub) -> None:
    submission_id = approved(hub)

    mark_used(hub, submission_id, link="  ")

    assert hub.get(Submission, submission_id).used_link == ""


def test_only_an_approved_submission_can_be_marked_used(hub) -> None:
    pending = hub.submit(hub.advocate(), hub.challenge(ChallengeKind.REVIEW), LINK).submission

    with pytest.raises(InvalidTransition):
        mark_used(hub, pending.id)

    assert hub.get(Submission, pending.id).used_at is None


@pytest.mark.parametrize(
    ("note", "link", "field"),
    [("  ", "https://example.com/cs", "note"), ("Published", "ftp://example.com/cs", "link")],
)
def test_mark_used_needs_a_note_and_a_real_link(hub, note: str, link: str, field: str) -> None:
    submission_id = approved(hub)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        mark_used(hub, submission_id, note=note, link=link)

    assert raised.value.field == field
    assert hub.counts() == before
    stored = hub.get(Submission, submission_id)
    assert (stored.used_note, stored.used_link, stored.used_at) == ("", "", None)


def test_an_advocate_cannot_mark_a_submission_used(hub) -> None:
    submission_id = approved(hub)

    with pytest.raises(NotAllowed):
        hub.program.run(
            submissions.mark_used, actor_id=hub.advocate("Bob"), submission_id=submission_id, note="x", link=""
        )


# --- referrals ---------------------------------------------------------------------------------------------


def referral_challenge(hub, **fields) -> int:
    return hub.challenge(ChallengeKind.REFERRAL, points=300, min_tier=Tier.COMMUNITY, **fields)


def test_a_referral_submission_opens_a_referral_record(hub) -> None:
    ada = hub.advocate()
    proof = {"name": " Cleo Colleague ", "email": "Cleo@Example.NET", "company": "Acme", "consent": True}

    outcome = hub.submit(ada, referral_challenge(hub), proof)

    [referral] = hub.rows(Referral)
    assert referral.referrer_id == ada
    assert referral.submission_id == outcome.submission.id
    assert (referral.name, referral.email, referral.company) == ("Cleo Colleague", "cleo@example.net", "Acme")
    assert referral.consent is True
    assert referral.stage is ReferralStage.SUBMITTED
    assert referral.deal_value_cents is None
    assert outcome.submission.status is SubmissionStatus.PENDING


def test_a_referral_needs_the_colleagues_consent(hub) -> None:
    ada = hub.advocate()
    challenge_id = referral_challenge(hub)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.submit(ada, challenge_id, {"name": "Cleo", "email": "cleo@example.net", "consent": False})

    assert raised.value.field == "consent"
    assert hub.counts() == before


def test_referring_the_same_colleague_twice_is_a_readable_error(hub) -> None:
    ada = hub.advocate()
    challenge_id = referral_challenge(hub, max_per_advocate=3)
    proof = {"name": "Cleo", "email": "cleo@example.net", "consent": True}
    hub.submit(ada, challenge_id, proof)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.submit(ada, challenge_id, {**proof, "email": "CLEO@example.net"})

    assert raised.value.field == "email"
    assert hub.counts() == before
