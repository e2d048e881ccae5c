"""What a challenge is, and the checks a new or edited challenge must pass before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from advocate_hub.core.domain.enums import Barrier, ProofType
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier

MAX_CHALLENGE_POINTS = 100_000
MAX_COMPLETIONS_PER_ADVOCATE = 1_000
MAX_TITLE_LENGTH = 200

_BARRIER_MIN_TIER = {Barrier.LOW: Tier.COMMUNITY, Barrier.MEDIUM: Tier.SILVER, Barrier.HIGH: Tier.GOLD}


def default_min_tier(barrier: Barrier) -> Tier:
    """New advocates start with low-barrier asks; medium and high ones open up with Silver and Gold."""
    return _BARRIER_MIN_TIER[barrier]


@dataclass(frozen=True, slots=True)
class ChallengeDraft:
    """A challenge as a moderator writes it; ``validated()`` fills defaults from the kind and checks it."""

    title: str
    kind: ChallengeKind
    points: int
    starts_at: datetime
    description: str = ""
    expires_at: datetime | None = None
    barrier: Barrier | None = None
    proof_type: ProofType | None = None
    auto_approve: bool | None = None
    disclosure_required: bool | None = None
    max_per_advocate: int = 1
    min_tier: Tier | None = None
    audience_tiers: frozenset[Tier] = frozenset()
    audience_groups: frozenset[str] = frozenset()
    config: dict[str, Any] = field(default_factory=dict)
    """Kind-specific settings: quiz questions and answers, survey questions, an event code."""

    def validated(self, *, now: datetime | None = None) -> ChallengeDraft:
        """The draft with the kind's defaults filled in, or the first rule it breaks as a ``ValidationError``.

        With ``now``, an expiry that has already passed is refused too: a challenge published already closed
        reaches nobody, which is never what the moderator meant. Rescheduling and editing pass it; code that
        replays history (the demo story) does not.
        """
        profile = KIND_PROFILES[self.kind]
        title = self.title.strip()
        if not title:
            raise ValidationError("A challenge needs a title.", field="title")
        if len(title) > MAX_TITLE_LENGTH:
            raise ValidationError(f"Keep the title under {MAX_TITLE_LENGTH} characters.", field="title")
        if isinstance(self.points, bool) or not isinstance(self.points, int):
            raise ValidationError("Points must be a whole number.", field="points")
        if not 0 <= self.points <= MAX_CHALLENGE_POINTS:
            raise ValidationError(
                f"Points must be between 0 and {MAX_CHALLENGE_POINTS:,}; {self.points:,} is not.",
                field="points",
            )
        if self.starts_at.tzinfo is None or (self.expires_at is not None and self.expires_at.tzinfo is None):
            raise ValidationError("Start and expiry need a time zone.", field="starts_at")
        if self.expires_at is not None and self.expires_at <= self.starts_at:
            raise ValidationError("The expiry must come after the start.", field="expires_at")
        if now is not None and self.expires_at is not None and self.expires_at <= now:
            raise ValidationError(
                f"The expiry ({_moment(self.expires_at)}) is already in the past; pick a later time or no expiry.",
                field="expires_at",
            )
        if not 1 <= self.max_per_advocate <= MAX_COMPLETIONS_PER_ADVOCATE:
            raise ValidationError(
                f"Completions per advocate must be between 1 and {MAX_COMPLETIONS_PER_ADVOCATE}.",
                field="max_per_advocate",
            )
        barrier = self.barrier or profile.barrier
        proof_type = self.proof_type or profile.proof
        _check_config(proof_type, self.config)
        return ChallengeDraft(
            title=title,
            kind=self.kind,
            points=self.points,
            starts_at=self.starts_at,
            description=self.description.strip(),
            expires_at=self.expires_at,
            barrier=barrier,
            proof_type=proof_type,
            auto_approve=profile.auto_approve if self.auto_approve is None else self.auto_approve,
            disclosure_required=(profile.public if self.disclosure_required is None else self.disclosure_required),
            max_per_advocate=self.max_per_advocate,
            min_tier=self.min_tier or default_min_tier(barrier),
            audience_tiers=self.audience_tiers,
            audience_groups=frozenset(g.strip() for g in self.audience_groups if g.strip()),
            config=self.config,
        )


def _moment(when: datetime) -> str:
    return f"{when.astimezone(UTC):%d %b %Y, %H:%M} UTC"


_STAND_INS: dict[str, dict[str, Any]] = {
    "title": {"title": "-"},
    "points": {"points": 0},
    "starts_at": {"starts_at": datetime(2000, 1, 1, tzinfo=UTC), "expires_at": None},
    "expires_at": {"expires_at": None},
    "max_per_advocate": {"max_per_advocate": 1},
    "config": {"proof_type": ProofType.NONE, "config": {}},
}


def problems(draft: ChallengeDraft, *, now: datetime | None = None) -> dict[str, str]:
    """Every rule the draft breaks, by field, so a form can show each message next to its field at once.

    ``validated`` stops at the first problem; this swaps each offending field for a harmless stand-in and asks
    again, so the messages come from the same rules and never drift from them.
    """
    found: dict[str, str] = {}
    current = draft
    while True:
        try:
            current.validated(now=now)
        except ValidationError as error:
            name = error.field or "form"
            if name in found:
                return found
            found[name] = str(error)
            if name not in _STAND_INS:
                return found
            current = replace(current, **_STAND_INS[name])
        else:
            return found


class ChallengeStatus(StrEnum):
    """Where a challenge stands in its schedule, as the people running the program see it."""

    SCHEDULED = "scheduled"
    LIVE = "live"
    EXPIRED = "expired"
    ARCHIVED = "archived"


def status_at(starts_at: datetime, expires_at: datetime | None, archived: bool, now: datetime) -> ChallengeStatus:
    if archived:
        return ChallengeStatus.ARCHIVED
    if expires_at is not None and now >= expires_at:
        return ChallengeStatus.EXPIRED
    if now < starts_at:
        return ChallengeStatus.SCHEDULED
    return ChallengeStatus.LIVE


def _check_config(proof_type: ProofType, config: dict[str, Any]) -> None:
    if proof_type is ProofType.QUIZ:
        questions = config.get("questions")
        if not isinstance(questions, list) or not questions:
            raise ValidationError("A quiz needs at least one question.", field="config")
        for number, question in enumerate(questions, start=1):
            choices = question.get("choices") if isinstance(question, dict) else None
            answer = question.get("answer") if isinstance(question, dict) else None
            if not isinstance(choices, list) or len(choices) < 2:
                raise ValidationError(f"Quiz question {number} needs at least two choices.", field="config")
            if not isinstance(answer, int) or not 0 <= answer < len(choices):
                raise ValidationError(f"Quiz question {number} needs a right answer among its choices.", field="config")
    elif proof_type is ProofType.ANSWERS:
        questions = config.get("questions")
        if not isinstance(questions, list) or not questions:
            raise ValidationError("A survey needs at least one question.", field="config")
        for number, question in enumerate(questions, start=1):
            if not isinstance(question, dict) or not str(question.get("prompt", "")).strip():
                raise ValidationError(f"Survey question {number} needs a prompt.", field="config")
            if question.get("type", "text") not in {"text", "nps", "choice"}:
                raise ValidationError(f"Survey question {number} has an unknown type.", field="config")
            choices = question.get("choices")
            if question.get("type") == "choice" and (not isinstance(choices, list) or len(choices) < 2):
                raise ValidationError(f"Survey question {number} needs at least two choices.", field="config")
    elif proof_type is ProofType.CODE and not str(config.get("code") or "").strip():
        raise ValidationError("A check-in challenge needs the event code advocates will enter.", field="config")


def draft_to_json(draft: ChallengeDraft) -> dict[str, Any]:
    """A draft as plain JSON (a mutation's payload): enums as values, times as ISO 8601, sets as sorted lists."""
    return {
        "title": draft.title,
        "kind": draft.kind.value,
        "points": draft.points,
        "starts_at": draft.starts_at.isoformat(),
        "description": draft.description,
        "expires_at": draft.expires_at.isoformat() if draft.expires_at else None,
        "barrier": draft.barrier.value if draft.barrier else None,
        "proof_type": draft.proof_type.value if draft.proof_type else None,
        "auto_approve": draft.auto_approve,
        "disclosure_required": draft.disclosure_required,
        "max_per_advocate": draft.max_per_advocate,
        "min_tier": draft.min_tier.value if draft.min_tier else None,
        "audience_tiers": sorted(tier.value for tier in draft.audience_tiers),
        "audience_groups": sorted(draft.audience_groups),
        "config": draft.config,
    }


def draft_from_json(data: dict[str, Any]) -> ChallengeDraft:
    """The draft ``draft_to_json`` wrote; anything malformed is a ``ValidationError`` naming the field."""

    def moment(name: str) -> datetime | None:
        text = data.get(name)
        if text is None:
            return None
        try:
            value = datetime.fromisoformat(str(text))
        except ValueError:
            raise ValidationError(f"{name} is not a date and time.", field=name) from None
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    try:
        starts_at = moment("starts_at")
        if starts_at is None:
            raise ValidationError("A challenge needs a start.", field="starts_at")
        return ChallengeDraft(
            title=str(data["title"]),
            kind=ChallengeKind(data["kind"]),
            points=int(data["points"]),
            starts_at=starts_at,
            description=str(data.get("description") or ""),
            expires_at=moment("expires_at"),
            barrier=Barrier(data["barrier"]) if data.get("barrier") else None,
            proof_type=ProofType(data["proof_type"]) if data.get("proof_type") else None,
            auto_approve=data.get("auto_approve"),
            disclosure_required=data.get("disclosure_required"),
            max_per_advocate=int(data.get("max_per_advocate") or 1),
            min_tier=Tier(data["min_tier"]) if data.get("min_tier") else None,
            audience_tiers=frozenset(Tier(value) for value in data.get("audience_tiers") or []),
            audience_groups=frozenset(str(value) for value in data.get("audience_groups") or []),
            config=dict(data.get("config") or {}),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"The challenge is not valid: {error}.") from None
