"""Challenge drafts: defaults from the kind, and every check a new challenge must pass."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from advocate_hub.core.domain.challenges import (
    MAX_CHALLENGE_POINTS,
    MAX_COMPLETIONS_PER_ADVOCATE,
    MAX_TITLE_LENGTH,
    ChallengeDraft,
    default_min_tier,
)
from advocate_hub.core.domain.enums import Barrier, ProofType
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind, KindProfile, parse_kind
from advocate_hub.core.domain.tiers import Tier

START = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)

QUIZ_CONFIG = {
    "questions": [
        {"prompt": "Which year?", "choices": ["2019", "2020", "2021"], "answer": 1},
        {"prompt": "True or false?", "choices": ["True", "False"], "answer": 0},
    ]
}
SURVEY_CONFIG = {
    "questions": [
        {"prompt": "How likely are you to recommend us?", "type": "nps"},
        {"prompt": "Favourite feature?", "type": "choice", "choices": ["Sync", "Reports"]},
        {"prompt": "Anything else?"},
    ]
}
CODE_CONFIG = {"code": "BOOTH42"}

CONFIG_FOR_PROOF: dict[ProofType, dict[str, Any]] = {
    ProofType.QUIZ: QUIZ_CONFIG,
    ProofType.ANSWERS: SURVEY_CONFIG,
    ProofType.CODE: CODE_CONFIG,
}


def draft(kind: ChallengeKind = ChallengeKind.REVIEW, **changes: Any) -> ChallengeDraft:
    config = CONFIG_FOR_PROOF.get(KIND_PROFILES[kind].proof, {})
    base = ChallengeDraft(title="Review us on G2", kind=kind, points=100, starts_at=START, config=dict(config))
    return dataclasses.replace(base, **changes)


def assert_invalid(d: ChallengeDraft, field: str, match: str) -> None:
    with pytest.raises(ValidationError, match=match) as info:
        d.validated()
    assert info.value.field == field
    assert info.value.code == "invalid"


# kinds


@pytest.mark.parametrize("kind", list(ChallengeKind))
def test_every_kind_has_a_profile(kind: ChallengeKind) -> None:
    profile = KIND_PROFILES[kind]
    assert isinstance(profile, KindProfile)
    assert profile.label.strip()
    assert isinstance(profile.barrier, Barrier)
    assert isinstance(profile.proof, ProofType)


def test_profiles_cover_exactly_the_kinds() -> None:
    assert set(KIND_PROFILES) == set(ChallengeKind)


@pytest.mark.parametrize(
    ("kind", "barrier"),
    [
        (ChallengeKind.REVIEW, Barrier.LOW),
        (ChallengeKind.SOCIAL_SHARE, Barrier.LOW),
        (ChallengeKind.EVENT_CHECKIN, Barrier.LOW),
        (ChallengeKind.REFERENCE_CALL, Barrier.MEDIUM),
        (ChallengeKind.REFERRAL, Barrier.MEDIUM),
        (ChallengeKind.CASE_STUDY, Barrier.HIGH),
        (ChallengeKind.SPEAKING, Barrier.HIGH),
        (ChallengeKind.ADVISORY_BOARD, Barrier.HIGH),
    ],
)
def test_kind_barriers_follow_the_domain(kind: ChallengeKind, barrier: Barrier) -> None:
    assert KIND_PROFILES[kind].barrier is barrier


def test_auto_approved_kinds() -> None:
    auto = {kind for kind, profile in KIND_PROFILES.items() if profile.auto_approve}
    assert auto == {
        ChallengeKind.SURVEY,
        ChallengeKind.QUIZ,
        ChallengeKind.CONTENT,
        ChallengeKind.EVENT_CHECKIN,
    }


def test_public_review_and_share_need_disclosure() -> None:
    assert KIND_PROFILES[ChallengeKind.REVIEW].public
    assert KIND_PROFILES[ChallengeKind.SOCIAL_SHARE].public
    assert not KIND_PROFILES[ChallengeKind.SURVEY].public


@pytest.mark.parametrize("kind", list(ChallengeKind))
def test_parse_kind_reads_every_value(kind: ChallengeKind) -> None:
    assert parse_kind(kind.value) is kind


def test_parse_kind_lists_known_kinds_when_unknown() -> None:
    with pytest.raises(ValidationError, match="Unknown challenge kind 'blog'") as info:
        parse_kind("blog")
    assert info.value.field == "kind"
    assert "case_study" in str(info.value)


# defaults


@pytest.mark.parametrize(
    ("barrier", "tier"),
    [(Barrier.LOW, Tier.COMMUNITY), (Barrier.MEDIUM, Tier.SILVER), (Barrier.HIGH, Tier.GOLD)],
)
def test_default_min_tier(barrier: Barrier, tier: Tier) -> None:
    assert default_min_tier(barrier) is tier


@pytest.mark.parametrize("kind", list(ChallengeKind))
def test_defaults_come_from_the_kind(kind: ChallengeKind) -> None:
    profile = KIND_PROFILES[kind]
    result = draft(kind).validated()
    assert result.barrier is profile.barrier
    assert result.proof_type is profile.proof
    assert result.auto_approve is profile.auto_approve
    assert result.disclosure_required is profile.public
    assert result.min_tier is default_min_tier(profile.barrier)


def test_review_draft_defaults() -> None:
    result = draft(ChallengeKind.REVIEW).validated()
    assert result.barrier is Barrier.LOW
    assert result.proof_type is ProofType.LINK
    assert result.auto_approve is False
    assert result.disclosure_required is True
    assert result.min_tier is Tier.COMMUNITY


def test_case_study_opens_at_gold() -> None:
    assert draft(ChallengeKind.CASE_STUDY).validated().min_tier is Tier.GOLD


def test_explicit_values_win_over_defaults() -> None:
    result = draft(
        ChallengeKind.QUIZ,
        barrier=Barrier.MEDIUM,
        auto_approve=False,
        disclosure_required=True,
        min_tier=Tier.PLATINUM,
    ).validated()
    assert result.barrier is Barrier.MEDIUM
    assert result.auto_approve is False
    assert result.disclosure_required is True
    assert result.min_tier is Tier.PLATINUM


def test_disclosure_can_be_turned_off_explicitly() -> None:
    assert draft(ChallengeKind.REVIEW, disclosure_required=False).validated().disclosure_required is False


def test_min_tier_follows_an_overridden_barrier() -> None:
    assert draft(ChallengeKind.REVIEW, barrier=Barrier.HIGH).validated().min_tier is Tier.GOLD


def test_overridden_proof_type_decides_the_config_check() -> None:
    result = draft(ChallengeKind.QUIZ, proof_type=ProofType.NONE, config={}).validated()
    assert result.proof_type is ProofType.NONE
    assert_invalid(draft(ChallengeKind.REVIEW, proof_type=ProofType.CODE, config={}), "config", "event code")


def test_text_is_trimmed_and_groups_cleaned() -> None:
    result = draft(
        title="  Share our launch  ",
        description="  Post it on LinkedIn.\n",
        audience_groups=frozenset({" beta ", "emea", "  ", ""}),
        audience_tiers=frozenset({Tier.GOLD}),
    ).validated()
    assert result.title == "Share our launch"
    assert result.description == "Post it on LinkedIn."
    assert result.audience_groups == frozenset({"beta", "emea"})
    assert result.audience_tiers == frozenset({Tier.GOLD})


def test_values_pass_through() -> None:
    expires = START + timedelta(days=14)
    result = draft(points=250, expires_at=expires, max_per_advocate=3).validated()
    assert (result.points, result.starts_at, result.expires_at, result.max_per_advocate) == (
        250,
        START,
        expires,
        3,
    )
    assert result.kind is ChallengeKind.REVIEW


def test_validated_is_idempotent() -> None:
    once = draft(ChallengeKind.SURVEY, title=" Poll ").validated()
    assert once.validated() == once


@pytest.mark.parametrize("points", [0, 1, MAX_CHALLENGE_POINTS])
def test_points_bounds_are_accepted(points: int) -> None:
    assert draft(points=points).validated().points == points


def test_title_at_the_length_limit_is_accepted() -> None:
    assert draft(title="x" * MAX_TITLE_LENGTH).validated().title == "x" * MAX_TITLE_LENGTH


@pytest.mark.parametrize("cap", [1, MAX_COMPLETIONS_PER_ADVOCATE])
def test_cap_bounds_are_accepted(cap: int) -> None:
    assert draft(max_per_advocate=cap).validated().max_per_advocate == cap


def test_times_in_any_zone_are_accepted() -> None:
    tokyo = timezone(timedelta(hours=9))
    assert draft(starts_at=datetime(2024, 6, 1, 18, tzinfo=tokyo)).validated().starts_at.tzinfo is tokyo


# errors


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_empty_title(title: str) -> None:
    assert_invalid(draft(title=title), "title", "needs a title")


def test_overlong_title() -> None:
    assert_invalid(draft(title="x" * (MAX_TITLE_LENGTH + 1)), "title", "under 200 characters")


@pytest.mark.parametrize("points", [-1, -500, MAX_CHALLENGE_POINTS + 1, 10**9])
def test_points_out_of_range(points: int) -> None:
    assert_invalid(draft(points=points), "points", "between 0 and 100,000")


@pytest.mark.parametrize("points", [True, False, 1.5, "100", None])
def test_points_must_be_a_whole_number(points: Any) -> None:
    assert_invalid(draft(points=points), "points", "whole number")


def test_naive_start() -> None:
    assert_invalid(draft(starts_at=datetime(2024, 6, 1, 9)), "starts_at", "time zone")


def test_naive_expiry() -> None:
    assert_invalid(draft(expires_at=datetime(2024, 7, 1, 9)), "starts_at", "time zone")


@pytest.mark.parametrize("delta", [timedelta(0), timedelta(seconds=-1), timedelta(days=-30)])
def test_expiry_must_come_after_start(delta: timedelta) -> None:
    assert_invalid(draft(expires_at=START + delta), "expires_at", "after the start")


def test_expiry_compares_across_zones() -> None:
    two_hours_ahead = timezone(timedelta(hours=2))
    same_moment = START.astimezone(two_hours_ahead)
    assert_invalid(draft(expires_at=same_moment), "expires_at", "after the start")


@pytest.mark.parametrize("cap", [0, -1, MAX_COMPLETIONS_PER_ADVOCATE + 1])
def test_cap_out_of_range(cap: int) -> None:
    assert_invalid(draft(max_per_advocate=cap), "max_per_advocate", "between 1 and 1000")


def quiz(*questions: Any) -> ChallengeDraft:
    return draft(ChallengeKind.QUIZ, config={"questions": list(questions)})


@pytest.mark.parametrize(
    "config",
    [{}, {"questions": []}, {"questions": None}, {"questions": "What?"}],
    ids=["none", "empty", "null", "str"],
)
def test_quiz_without_questions(config: dict[str, Any]) -> None:
    assert_invalid(draft(ChallengeKind.QUIZ, config=config), "config", "at least one question")


@pytest.mark.parametrize(
    "question",
    [
        {"choices": ["only"], "answer": 0},
        {"choices": [], "answer": 0},
        {"answer": 0},
        {"choices": "ab", "answer": 0},
        "not a question",
    ],
)
def test_quiz_question_needs_two_choices(question: Any) -> None:
    assert_invalid(quiz(question), "config", "Quiz question 1 needs at least two choices")


@pytest.mark.parametrize("answer", [2, 3, -1, "0", None, 0.0])
def test_quiz_answer_must_index_a_choice(answer: Any) -> None:
    assert_invalid(quiz({"choices": ["a", "b"], "answer": answer}), "config", "right answer among its choices")


def test_quiz_error_names_the_bad_question() -> None:
    good = {"choices": ["a", "b"], "answer": 1}
    assert_invalid(quiz(good, good, {"choices": ["a", "b"], "answer": 5}), "config", "Quiz question 3")


def survey(*questions: Any) -> ChallengeDraft:
    return draft(ChallengeKind.SURVEY, config={"questions": list(questions)})


def test_survey_without_questions() -> None:
    assert_invalid(draft(ChallengeKind.SURVEY, config={}), "config", "survey needs at least one question")
    assert_invalid(survey(), "config", "survey needs at least one question")


@pytest.mark.parametrize("question", [{}, {"prompt": "   "}, {"type": "nps"}, "How was it?"])
def test_survey_question_needs_a_prompt(question: Any) -> None:
    assert_invalid(survey(question), "config", "Survey question 1 needs a prompt")


@pytest.mark.parametrize("kind", ["rating", "", "NPS", None])
def test_survey_with_unknown_type(kind: Any) -> None:
    assert_invalid(survey({"prompt": "Ok", "type": kind}), "config", "Survey question 1 has an unknown type")


def test_survey_error_names_the_bad_question() -> None:
    assert_invalid(survey({"prompt": "Ok"}, {"prompt": "Then", "type": "stars"}), "config", "Survey question 2")


@pytest.mark.parametrize("choices", [None, [], ["Only one"], "a,b"])
def test_survey_choice_question_needs_two_choices(choices: Any) -> None:
    question: dict[str, Any] = {"prompt": "Pick", "type": "choice"}
    if choices is not None:
        question["choices"] = choices
    assert_invalid(survey(question), "config", "Survey question 1 needs at least two choices")


@pytest.mark.parametrize("config", [{}, {"code": ""}, {"code": "   "}, {"code": None}])
def test_check_in_without_a_code(config: dict[str, Any]) -> None:
    assert_invalid(draft(ChallengeKind.EVENT_CHECKIN, config=config), "config", "event code")


def test_check_in_with_a_code() -> None:
    assert draft(ChallengeKind.EVENT_CHECKIN, config={"code": "KIOSK-7"}).validated().config == {"code": "KIOSK-7"}


def test_title_is_checked_before_points() -> None:
    assert_invalid(draft(title="", points=-1), "title", "title")


def test_draft_is_immutable() -> None:
    d = draft()
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.points = 5  # type: ignore[misc]
