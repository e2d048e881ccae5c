"""Challenge kinds seen in real programs, with their usual barrier, proof and approval defaults."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advocate_hub.core.domain.enums import Barrier, ProofType
from advocate_hub.core.domain.errors import ValidationError


class ChallengeKind(StrEnum):
    REVIEW = "review"
    SOCIAL_SHARE = "social_share"
    SURVEY = "survey"
    QUIZ = "quiz"
    CONTENT = "content"
    EVENT_CHECKIN = "event_checkin"
    TESTIMONIAL = "testimonial"
    REFERENCE_CALL = "reference_call"
    REFERRAL = "referral"
    VIDEO_TESTIMONIAL = "video_testimonial"
    PRODUCT_FEEDBACK = "product_feedback"
    COMMUNITY_ANSWER = "community_answer"
    CASE_STUDY = "case_study"
    SPEAKING = "speaking"
    ADVISORY_BOARD = "advisory_board"


@dataclass(frozen=True, slots=True)
class KindProfile:
    """Defaults for a new challenge of a kind, and facts the fair-play rules need.

    ``is_ask`` is False for the fun or informative kinds (quiz, content, check-in): they do not count
    towards the over-asking limit. ``public`` kinds put words in public under the advocate's name, so a
    reward for them needs a disclosure acknowledgment.
    """

    label: str
    barrier: Barrier
    proof: ProofType
    auto_approve: bool
    is_ask: bool
    public: bool


KIND_PROFILES: dict[ChallengeKind, KindProfile] = {
    ChallengeKind.REVIEW: KindProfile("Review on a third-party site", Barrier.LOW, ProofType.LINK, False, True, True),
    ChallengeKind.SOCIAL_SHARE: KindProfile("Social share", Barrier.LOW, ProofType.LINK, False, True, True),
    ChallengeKind.SURVEY: KindProfile("Survey or poll", Barrier.LOW, ProofType.ANSWERS, True, True, False),
    ChallengeKind.QUIZ: KindProfile("Quiz or trivia", Barrier.LOW, ProofType.QUIZ, True, False, False),
    ChallengeKind.CONTENT: KindProfile("Watch or read", Barrier.LOW, ProofType.NONE, True, False, False),
    ChallengeKind.EVENT_CHECKIN: KindProfile("Event check-in", Barrier.LOW, ProofType.CODE, True, False, False),
    ChallengeKind.TESTIMONIAL: KindProfile("Written testimonial", Barrier.LOW, ProofType.TEXT, False, True, True),
    ChallengeKind.REFERENCE_CALL: KindProfile(
        "Reference call", Barrier.MEDIUM, ProofType.MODERATOR_CONFIRMS, False, True, False
    ),
    ChallengeKind.REFERRAL: KindProfile("Referral", Barrier.MEDIUM, ProofType.REFERRAL, False, True, False),
    ChallengeKind.VIDEO_TESTIMONIAL: KindProfile(
        "Video testimonial", Barrier.MEDIUM, ProofType.MEDIA, False, True, True
    ),
    ChallengeKind.PRODUCT_FEEDBACK: KindProfile(
        "Product feedback or beta", Barrier.MEDIUM, ProofType.TEXT, False, True, False
    ),
    ChallengeKind.COMMUNITY_ANSWER: KindProfile("Community answer", Barrier.MEDIUM, ProofType.LINK, False, True, True),
    ChallengeKind.CASE_STUDY: KindProfile("Case study", Barrier.HIGH, ProofType.MODERATOR_CONFIRMS, False, True, True),
    ChallengeKind.SPEAKING: KindProfile("Speaking slot", Barrier.HIGH, ProofType.MODERATOR_CONFIRMS, False, True, True),
    ChallengeKind.ADVISORY_BOARD: KindProfile(
        "Advisory board", Barrier.HIGH, ProofType.MODERATOR_CONFIRMS, False, True, False
    ),
}


def parse_kind(value: str) -> ChallengeKind:
    """Read a kind from user input, with a message listing the known kinds when it is not one."""
    try:
        return ChallengeKind(value)
    except ValueError:
        known = ", ".join(k.value for k in ChallengeKind)
        raise ValidationError(f"Unknown challenge kind {value!r}; known kinds: {known}.", field="kind") from None
