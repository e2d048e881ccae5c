"""The program's tunable rules, read from and written to its one settings row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from advocate_hub.core.domain.eligibility import DEFAULT_FATIGUE_LIMIT
from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.tiers import DEFAULT_LADDER, TierLadder
from advocate_hub.core.services import audit
from advocate_hub.core.services.access import require_manager
from advocate_hub.core.store.models import ProgramSettings

SETTINGS_ID = 1
DEFAULT_REFERRAL_POINTS = {
    ReferralStage.SUBMITTED: 0,
    ReferralStage.CONTACTED: 0,
    ReferralStage.QUALIFIED: 100,
    ReferralStage.WON: 500,
}


@dataclass(frozen=True, slots=True)
class ProgramRules:
    name: str = "Advocate program"
    fatigue_limit: int = DEFAULT_FATIGUE_LIMIT
    ladder: TierLadder = DEFAULT_LADDER
    referral_points: dict[ReferralStage, int] = field(default_factory=lambda: dict(DEFAULT_REFERRAL_POINTS))
    referral_base_url: str = "https://example.com/join"

    def validated(self) -> ProgramRules:
        if not self.name.strip():
            raise ValidationError("The program needs a name.", field="name")
        if not 1 <= self.fatigue_limit <= 100:
            raise ValidationError("The asks-per-30-days limit must be between 1 and 100.", field="fatigue_limit")
        if any(points < 0 for points in self.referral_points.values()):
            raise ValidationError("Referral milestone points cannot be negative.", field="referral_points")
        return self


RULES_KEY = "program_rules"
"""``session.info`` key: the rules as loaded in this transaction (a push reads them for every mutation)."""


def save_rules(session: Session, rules: ProgramRules, now: datetime) -> None:
    rules = rules.validated()
    session.info[RULES_KEY] = rules
    row = session.get(ProgramSettings, SETTINGS_ID)
    values = {**_snapshot(rules), "referral_base_url": rules.referral_base_url}
    if row is None:
        session.add(ProgramSettings(id=SETTINGS_ID, created_at=now, **values))
    else:
        for key, value in values.items():
            setattr(row, key, value)


def load_rules(session: Session) -> ProgramRules:
    """The stored rules, or the defaults for a program that has not saved any yet (read once per session)."""
    cached = session.info.get(RULES_KEY)
    if isinstance(cached, ProgramRules):
        return cached
    row = session.get(ProgramSettings, SETTINGS_ID)
    if row is None:
        return ProgramRules()
    rules = ProgramRules(
        name=row.name,
        fatigue_limit=row.fatigue_limit,
        ladder=TierLadder.from_json(row.tier_ladder),
        referral_points={ReferralStage(k): int(v) for k, v in row.referral_points.items()},
        referral_base_url=row.referral_base_url,
    )
    session.info[RULES_KEY] = rules
    return rules


def update_rules(session: Session, *, actor_id: int, rules: ProgramRules, now: datetime) -> ProgramRules:
    """A moderator or staff member changes the program's rules; the change is audited."""
    require_manager(session, actor_id)
    before = _snapshot(load_rules(session))
    save_rules(session, rules, now)
    audit.record(
        session,
        actor_id=actor_id,
        action="settings.update",
        target_type="program",
        target_id=SETTINGS_ID,
        now=now,
        before=before,
        after=_snapshot(rules),
    )
    return rules


def _snapshot(rules: ProgramRules) -> dict[str, Any]:
    return {
        "name": rules.name.strip(),
        "fatigue_limit": rules.fatigue_limit,
        "tier_ladder": rules.ladder.to_json(),
        "referral_points": {stage.value: points for stage, points in rules.referral_points.items()},
    }
