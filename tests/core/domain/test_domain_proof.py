"""Checking submitted proof: links, text, emails, quizzes, surveys, referrals and event codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.enums import ProofType
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.proof import (
    MAX_TEXT_LENGTH,
    MAX_URL_LENGTH,
    MIN_TEXT_LENGTH,
    QuizResult,
    check_email,
    check_proof,
    check_referral,
    check_survey,
    check_text,
    check_url,
    grade_quiz,
)

QUIZ = {
    "questions": [
        {"prompt": "a", "choices": ["x", "y"], "answer": 0},
        {"prompt": "b", "choices": ["x", "y", "z"], "answer": 2},
        {"prompt": "c", "choices": ["x", "y"], "answer": 1},
    ]
}
SURVEY = {
    "questions": [
        {"prompt": "Recommend us?", "type": "nps"},
        {"prompt": "Best part?", "type": "choice", "choices": ["Sync", "Reports"]},
        {"prompt": "Anything else?", "type": "text"},
        {"prompt": "Default type is text"},
    ]
}
GOOD_TEXT = "This product saved our team hours every week."


@contextmanager
def raises_on(field: str, match: str | None = None) -> Iterator[None]:
    """Assert that the block raises a ValidationError naming ``field``."""
    with pytest.raises(ValidationError, match=match) as info:
        yield
    assert info.value.field == field


# links


@pytest.mark.parametrize(
    "url",
    [
        "https://www.g2.com/products/advocate-hub/reviews/123",
        "http://example.com",
        "https://example.com/path?q=1#frag",
        "HTTPS://EXAMPLE.COM",
    ],
)
def test_check_url_accepts_web_links(url: str) -> None:
    assert check_url(url) == url


def test_check_url_trims() -> None:
    assert check_url("  https://example.com/x \n") == "https://example.com/x"


@pytest.mark.parametrize("value", ["", "   ", None])
def test_check_url_empty(value: Any) -> None:
    with raises_on("link", "Paste the link"):
        check_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "not a url",
        "ftp://x",
        "ftp://example.com/file",
        "example.com",
        "https://",
        "https:///path-only",
        "javascript:alert(1)",
        "mailto:someone@example.com",
        "https://exa mple.com",
        "https://[not-an-ipv6",
        "https://example.com/" + "a" * MAX_URL_LENGTH,
    ],
)
def test_check_url_rejects(value: str) -> None:
    with raises_on("link", "not a web address"):
        check_url(value)


def test_check_url_at_the_length_limit() -> None:
    url = "https://example.com/"
    url += "a" * (MAX_URL_LENGTH - len(url))
    assert check_url(url) == url


def test_check_url_names_the_given_field() -> None:
    with raises_on("website"):
        check_url("nope", field="website")


@given(st.text(max_size=60))
def test_check_url_never_fails_other_than_with_a_validation_error(text: str) -> None:
    error: ValidationError | None = None
    try:
        result = check_url(text)
    except ValidationError as caught:
        error = caught
    if error is not None:
        assert error.field == "link"
    else:
        assert result.lower().startswith(("http://", "https://"))
        assert " " not in result


# text


def test_check_text_at_the_minimum() -> None:
    assert check_text("x" * MIN_TEXT_LENGTH) == "x" * MIN_TEXT_LENGTH


def test_check_text_trims_before_counting() -> None:
    with raises_on("text", f"at least {MIN_TEXT_LENGTH} characters"):
        check_text("   " + "x" * (MIN_TEXT_LENGTH - 1) + "   ")
    assert check_text(f"  {GOOD_TEXT}\n") == GOOD_TEXT


@pytest.mark.parametrize("value", ["", "  ", None])
def test_check_text_empty(value: Any) -> None:
    with raises_on("text", "Write a few words"):
        check_text(value)


def test_check_text_too_short() -> None:
    with raises_on("text", "at least 20 characters"):
        check_text("Great!")


def test_check_text_at_the_maximum() -> None:
    assert len(check_text("x" * MAX_TEXT_LENGTH)) == MAX_TEXT_LENGTH
    with raises_on("text", "under 10,000 characters"):
        check_text("x" * (MAX_TEXT_LENGTH + 1))


def test_check_text_names_the_given_field() -> None:
    with raises_on("feedback"):
        check_text("short", field="feedback")


# email


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("name@example.com", "name@example.com"),
        ("  Ana.Silva@Example.CO.ID ", "ana.silva@example.co.id"),
        ("first+tag@sub.example.org", "first+tag@sub.example.org"),
    ],
)
def test_check_email_accepts_and_lowercases(value: str, expected: str) -> None:
    assert check_email(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        None,
        "name",
        "name@",
        "@example.com",
        "name@example",
        "name@.example.com",
        "name@example.",
        "na me@example.com",
        "name@exa mple.com",
    ],
)
def test_check_email_rejects(value: Any) -> None:
    with raises_on("email", "email address such as name@example.com"):
        check_email(value)


def test_check_email_names_the_given_field() -> None:
    with raises_on("contact"):
        check_email("nope", field="contact")


# quiz


def test_grade_quiz_all_right() -> None:
    result = grade_quiz(QUIZ, [0, 2, 1])
    assert result == QuizResult(right=3, total=3)
    assert result.passed


def test_grade_quiz_some_wrong() -> None:
    result = grade_quiz(QUIZ, [0, 1, 0])
    assert result == QuizResult(right=1, total=3)
    assert not result.passed


def test_grade_quiz_all_wrong() -> None:
    assert grade_quiz(QUIZ, [1, 0, 0]) == QuizResult(right=0, total=3)


@pytest.mark.parametrize("answers", [None, [], [0, 2], [0, 2, 1, 0], [0, None, 1], "021", {"0": 0}], ids=repr)
def test_grade_quiz_missing_answers(answers: Any) -> None:
    with raises_on("answers", "Answer every question"):
        grade_quiz(QUIZ, answers)


# survey


def test_check_survey_normalises_answers() -> None:
    assert check_survey(SURVEY, [9, "Sync", "  More reports please ", "ok"]) == [
        9,
        "Sync",
        "More reports please",
        "ok",
    ]


@pytest.mark.parametrize("score", [0, 10])
def test_check_survey_nps_bounds(score: int) -> None:
    assert check_survey(SURVEY, [score, "Reports", "a", "b"])[0] == score


@pytest.mark.parametrize("score", [-1, 11, 7.5, "7", None, True, False])
def test_check_survey_nps_out_of_range(score: Any) -> None:
    with raises_on("answers", "Question 1: pick a score from 0 to 10"):
        check_survey(SURVEY, [score, "Sync", "a", "b"])


@pytest.mark.parametrize("choice", ["sync", "Other", "", None, 0])
def test_check_survey_choice_must_be_one_of_the_choices(choice: Any) -> None:
    with raises_on("answers", "Question 2: pick one of the choices"):
        check_survey(SURVEY, [5, choice, "a", "b"])


@pytest.mark.parametrize("text", ["", "   ", None])
def test_check_survey_text_must_not_be_empty(text: Any) -> None:
    with raises_on("answers", "Question 3 is still empty"):
        check_survey(SURVEY, [5, "Sync", text, "b"])


@pytest.mark.parametrize("answers", [None, [], [5, "Sync", "a"], "5", [5, "Sync", "a", "b", "c"]], ids=repr)
def test_check_survey_needs_every_answer(answers: Any) -> None:
    with raises_on("answers", "Answer every question"):
        check_survey(SURVEY, answers)


# referral


def test_check_referral_normalises() -> None:
    proof = {
        "name": "  Budi Santoso ",
        "email": " Budi@Example.ID ",
        "company": " PT Contoh ",
        "consent": True,
        "extra": "dropped",
    }
    assert check_referral(proof) == {
        "name": "Budi Santoso",
        "email": "budi@example.id",
        "company": "PT Contoh",
        "consent": True,
    }


def test_check_referral_company_is_optional() -> None:
    assert check_referral({"name": "Ana", "email": "ana@example.com", "consent": True})["company"] == ""


@pytest.mark.parametrize("consent", [False, None, "yes", "true", 1, "on"])
def test_check_referral_requires_consent_true(consent: Any) -> None:
    with raises_on("consent", "agreed to be contacted"):
        check_referral({"name": "Ana", "email": "ana@example.com", "consent": consent})


def test_check_referral_without_consent_key() -> None:
    with raises_on("consent"):
        check_referral({"name": "Ana", "email": "ana@example.com"})


@pytest.mark.parametrize("email", [None, "", "ana", "ana@example"])
def test_check_referral_requires_a_valid_email(email: Any) -> None:
    with raises_on("email"):
        check_referral({"name": "Ana", "email": email, "consent": True})


@pytest.mark.parametrize("name", [None, "", "   "])
def test_check_referral_requires_a_name(name: Any) -> None:
    with raises_on("name", "Enter their name"):
        check_referral({"name": name, "email": "ana@example.com", "consent": True})


# check_proof per type


@pytest.mark.parametrize("proof_type", [ProofType.LINK, ProofType.MEDIA])
def test_check_proof_link_types(proof_type: ProofType) -> None:
    proof = {"link": " https://youtu.be/abc ", "text": "ignored"}
    assert check_proof(proof_type, {}, proof) == {"link": "https://youtu.be/abc"}
    with raises_on("link"):
        check_proof(proof_type, {}, {})
    with raises_on("link"):
        check_proof(proof_type, {}, {"link": "ftp://x"})


def test_check_proof_text() -> None:
    assert check_proof(ProofType.TEXT, {}, {"text": f" {GOOD_TEXT} "}) == {"text": GOOD_TEXT}
    with raises_on("text"):
        check_proof(ProofType.TEXT, {}, {"text": "meh"})


def test_check_proof_answers() -> None:
    assert check_proof(ProofType.ANSWERS, SURVEY, {"answers": [3, "Reports", " x ", "y"]}) == {
        "answers": [3, "Reports", "x", "y"]
    }
    with raises_on("answers"):
        check_proof(ProofType.ANSWERS, SURVEY, {})


def test_check_proof_quiz_keeps_answers_even_when_wrong() -> None:
    assert check_proof(ProofType.QUIZ, QUIZ, {"answers": [1, 1, 1]}) == {"answers": [1, 1, 1]}
    with raises_on("answers", "Answer every question"):
        check_proof(ProofType.QUIZ, QUIZ, {"answers": [1, 1]})


@pytest.mark.parametrize("typed", ["BOOTH42", "booth42", "  Booth42 ", "bOoTh42"])
def test_check_proof_code_matches_case_insensitively(typed: str) -> None:
    assert check_proof(ProofType.CODE, {"code": "booth42"}, {"code": typed}) == {"code": "BOOTH42"}


@pytest.mark.parametrize("typed", [None, "", "   "])
def test_check_proof_code_empty(typed: Any) -> None:
    with raises_on("code", "Enter the event code"):
        check_proof(ProofType.CODE, {"code": "BOOTH42"}, {"code": typed})


def test_check_proof_code_mismatch() -> None:
    with raises_on("code", "does not match"):
        check_proof(ProofType.CODE, {"code": "BOOTH42"}, {"code": "BOOTH43"})


def test_check_proof_referral() -> None:
    proof = {"name": "Ana", "email": "ANA@example.com", "consent": True}
    assert check_proof(ProofType.REFERRAL, {}, proof)["email"] == "ana@example.com"
    with raises_on("consent"):
        check_proof(ProofType.REFERRAL, {}, {**proof, "consent": False})


def test_check_proof_moderator_confirms_keeps_a_trimmed_note() -> None:
    assert check_proof(ProofType.MODERATOR_CONFIRMS, {}, {"note": "  Call done on Tuesday "}) == {
        "note": "Call done on Tuesday"
    }
    assert check_proof(ProofType.MODERATOR_CONFIRMS, {}, {}) == {"note": ""}
    long = check_proof(ProofType.MODERATOR_CONFIRMS, {}, {"note": "n" * (MAX_TEXT_LENGTH + 50)})
    assert len(long["note"]) == MAX_TEXT_LENGTH


def test_check_proof_none_keeps_nothing() -> None:
    assert check_proof(ProofType.NONE, {}, {"anything": "at all"}) == {}


@pytest.mark.parametrize("proof_type", list(ProofType))
def test_check_proof_handles_every_type(proof_type: ProofType) -> None:
    good: dict[ProofType, tuple[dict[str, Any], dict[str, Any]]] = {
        ProofType.NONE: ({}, {}),
        ProofType.LINK: ({}, {"link": "https://example.com"}),
        ProofType.TEXT: ({}, {"text": GOOD_TEXT}),
        ProofType.ANSWERS: (SURVEY, {"answers": [1, "Sync", "a", "b"]}),
        ProofType.QUIZ: (QUIZ, {"answers": [0, 2, 1]}),
        ProofType.CODE: ({"code": "X1"}, {"code": "x1"}),
        ProofType.REFERRAL: ({}, {"name": "A", "email": "a@b.co", "consent": True}),
        ProofType.MEDIA: ({}, {"link": "https://example.com/v.mp4"}),
        ProofType.MODERATOR_CONFIRMS: ({}, {}),
    }
    config, proof = good[proof_type]
    assert isinstance(check_proof(proof_type, config, proof), dict)
