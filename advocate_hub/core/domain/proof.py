"""Checking the proof an advocate submits, per proof type, before anything is stored.

Each check returns the proof in a normal form (trimmed, only the known fields) or raises a
``ValidationError`` naming the field, so a form can show the message next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from advocate_hub.core.domain.enums import ProofType
from advocate_hub.core.domain.errors import ValidationError

MIN_TEXT_LENGTH = 20
MAX_TEXT_LENGTH = 10_000
MAX_URL_LENGTH = 2_000


@dataclass(frozen=True, slots=True)
class QuizResult:
    right: int
    total: int

    @property
    def passed(self) -> bool:
        return self.right == self.total


def check_url(value: object, field: str = "link") -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError("Paste the link to what you did.", field=field)
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in {"http", "https"}
        or not parts.netloc
        or " " in text
        or len(text) > MAX_URL_LENGTH
    ):
        raise ValidationError("That is not a web address; it should start with https://.", field=field)
    return text


def check_text(value: object, field: str = "text") -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError("Write a few words before you submit.", field=field)
    if len(text) < MIN_TEXT_LENGTH:
        raise ValidationError(f"Write at least {MIN_TEXT_LENGTH} characters.", field=field)
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(f"Keep it under {MAX_TEXT_LENGTH:,} characters.", field=field)
    return text


def check_email(value: object, field: str = "email") -> str:
    text = str(value or "").strip()
    local, _, domain = text.partition("@")
    if not local or "." not in domain or " " in text or domain.startswith(".") or domain.endswith("."):
        raise ValidationError("Enter an email address such as name@example.com.", field=field)
    return text.lower()


def grade_quiz(config: dict[str, Any], answers: object) -> QuizResult:
    questions = config["questions"]
    if not isinstance(answers, list) or len(answers) != len(questions) or any(a is None for a in answers):
        raise ValidationError("Answer every question before you submit.", field="answers")
    right = sum(1 for q, a in zip(questions, answers, strict=True) if a == q["answer"])
    return QuizResult(right=right, total=len(questions))


def check_survey(config: dict[str, Any], answers: object) -> list[Any]:
    questions = config["questions"]
    if not isinstance(answers, list) or len(answers) != len(questions):
        raise ValidationError("Answer every question before you submit.", field="answers")
    normal: list[Any] = []
    for number, (question, answer) in enumerate(zip(questions, answers, strict=True), start=1):
        kind = question.get("type", "text")
        if kind == "nps":
            if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= 10:
                raise ValidationError(f"Question {number}: pick a score from 0 to 10.", field="answers")
            normal.append(answer)
        elif kind == "choice":
            choices = question.get("choices", [])
            if answer not in choices:
                raise ValidationError(f"Question {number}: pick one of the choices.", field="answers")
            normal.append(answer)
        else:
            text = str(answer or "").strip()
            if not text:
                raise ValidationError(f"Question {number} is still empty.", field="answers")
            normal.append(text)
    return normal


def check_referral(proof: dict[str, Any]) -> dict[str, Any]:
    name = str(proof.get("name") or "").strip()
    if not name:
        raise ValidationError("Who are you referring? Enter their name.", field="name")
    email = check_email(proof.get("email"), field="email")
    if proof.get("consent") is not True:
        raise ValidationError(
            "Tick the box to confirm they agreed to be contacted; we never contact anyone without it.",
            field="consent",
        )
    return {"name": name, "email": email, "company": str(proof.get("company") or "").strip(), "consent": True}


def check_proof(proof_type: ProofType, config: dict[str, Any], proof: dict[str, Any]) -> dict[str, Any]:
    """Validate ``proof`` for a challenge and return it normalised (quiz answers are graded elsewhere)."""
    if proof_type is ProofType.LINK:
        return {"link": check_url(proof.get("link"))}
    if proof_type is ProofType.MEDIA:
        return {"link": check_url(proof.get("link"))}
    if proof_type is ProofType.TEXT:
        return {"text": check_text(proof.get("text"))}
    if proof_type is ProofType.ANSWERS:
        return {"answers": check_survey(config, proof.get("answers"))}
    if proof_type is ProofType.QUIZ:
        answers = proof.get("answers")
        grade_quiz(config, answers)
        return {"answers": answers}
    if proof_type is ProofType.CODE:
        code = str(proof.get("code") or "").strip().upper()
        if not code:
            raise ValidationError("Enter the event code shown at the booth.", field="code")
        if code != str(config["code"]).strip().upper():
            raise ValidationError("That code does not match this event.", field="code")
        return {"code": code}
    if proof_type is ProofType.REFERRAL:
        return check_referral(proof)
    if proof_type is ProofType.MODERATOR_CONFIRMS:
        return {"note": str(proof.get("note") or "").strip()[:MAX_TEXT_LENGTH]}
    return {}
