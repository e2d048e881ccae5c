"""Privacy requests: export everything held about one person, and erase their personal data on request.

Erasing anonymises rather than deletes: the advocate row stays (under a placeholder name and email) with every
ledger entry, so balances, tiers, leaderboards and metrics computed from the ledger stay exactly as they were.
What goes is what identifies a person: their name, email and company, the proof they submitted (texts, links,
answers), free-text notes about them, and the contact details of the colleagues they referred. Free text that
stays (ledger reasons, moderators' notes, the audit log) has every occurrence of those names and emails replaced.
The erasure is audited without the data it removed, and the touched rows are returned so a server can publish
their anonymised versions (and drop older copies from its change feed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session, aliased

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, ValidationError
from advocate_hub.core.exports.csv_files import Cell, write_csv
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    BadgeDefinitionRow,
    Base,
    Challenge,
    Decline,
    Group,
    LedgerEntry,
    Redemption,
    Referral,
    Reward,
    Submission,
)

ERASED_NAME = "Erased advocate"
REDACTED = "[erased]"
EXPORT_FORMAT = "advocate-hub/privacy-export/1"
MAX_REASON_LENGTH = 500
TABLES = ("submissions", "declines", "ledger", "badges", "redemptions", "referrals", "groups", "audit")
"""The lists of an export, each also written as its own CSV file."""


def erased_email(uid: str) -> str:
    return f"erased-{uid}@invalid"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value


# ---- export ---------------------------------------------------------------------------------------------------


def export(session: Session, *, actor_id: int, advocate_id: int) -> dict[str, Any]:
    """Everything held about one person, as JSON-ready data (the answer to a subject access request)."""
    require_manager(session, actor_id)
    advocate = get(session, Advocate, advocate_id, "advocate")
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    profile = {
        name: _plain(getattr(advocate, name))
        for name in (
            "uid",
            "email",
            "name",
            "company",
            "language",
            "role",
            "status",
            "referral_code",
            "created_at",
            "updated_at",
            "last_active_at",
            "erased_at",
        )
    }
    profile.update(tier=totals.tier.value, balance=totals.balance, lifetime=totals.lifetime)
    submissions = [
        {
            "uid": row.uid,
            "challenge": title,
            "status": row.status.value,
            "proof": row.proof,
            "disclosure_acknowledged": row.disclosure_acknowledged,
            "submitted_at": _plain(row.submitted_at),
            "decided_at": _plain(row.decided_at),
            "decision_note": row.decision_note,
            "used_note": row.used_note,
            "used_link": row.used_link,
        }
        for row, title in session.execute(
            select(Submission, Challenge.title)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(Submission.advocate_id == advocate_id)
            .order_by(Submission.id)
        )
    ]
    declines = [
        {"uid": row.uid, "challenge": title, "reason": row.reason, "created_at": _plain(row.created_at)}
        for row, title in session.execute(
            select(Decline, Challenge.title)
            .join(Challenge, Challenge.id == Decline.challenge_id)
            .where(Decline.advocate_id == advocate_id)
            .order_by(Decline.id)
        )
    ]
    reversed_entry = aliased(LedgerEntry)
    ledger_rows = [
        {
            "uid": row.uid,
            "kind": row.kind.value,
            "points": row.points,
            "reason": row.reason,
            "reverses_uid": reverses_uid,
            "created_at": _plain(row.created_at),
        }
        for row, reverses_uid in session.execute(
            select(LedgerEntry, reversed_entry.uid)
            .outerjoin(reversed_entry, reversed_entry.id == LedgerEntry.reverses_id)
            .where(LedgerEntry.advocate_id == advocate_id)
            .order_by(LedgerEntry.id)
        )
    ]
    badges = [
        {"slug": slug, "name": name, "earned_at": _plain(earned_at)}
        for slug, name, earned_at in session.execute(
            select(BadgeDefinitionRow.slug, BadgeDefinitionRow.name, AdvocateBadge.earned_at)
            .join(AdvocateBadge, AdvocateBadge.badge_id == BadgeDefinitionRow.id)
            .where(AdvocateBadge.advocate_id == advocate_id)
            .order_by(AdvocateBadge.earned_at)
        )
    ]
    redemptions = [
        {
            "uid": row.uid,
            "reward": reward,
            "status": row.status.value,
            "cost": row.cost,
            "requested_at": _plain(row.requested_at),
            "decided_at": _plain(row.decided_at),
            "note": row.note,
        }
        for row, reward in session.execute(
            select(Redemption, Reward.name)
            .join(Reward, Reward.id == Redemption.reward_id)
            .where(Redemption.advocate_id == advocate_id)
            .order_by(Redemption.id)
        )
    ]
    referrals = [
        {
            "uid": row.uid,
            "name": row.name,
            "email": row.email,
            "company": row.company,
            "consent": row.consent,
            "stage": row.stage.value,
            "deal_value_cents": row.deal_value_cents,
            "created_at": _plain(row.created_at),
        }
        for row in session.scalars(select(Referral).where(Referral.referrer_id == advocate_id).order_by(Referral.id))
    ]
    groups = [
        {"slug": slug, "name": name}
        for slug, name in session.execute(
            select(Group.slug, Group.name)
            .join(AdvocateGroup, AdvocateGroup.group_id == Group.id)
            .where(AdvocateGroup.advocate_id == advocate_id)
            .order_by(Group.slug)
        )
    ]
    return {
        "format": EXPORT_FORMAT,
        "profile": profile,
        "consent": {
            "publish_name": advocate.consent_publish_name,
            "contact": advocate.consent_contact,
            "opted_out_kinds": list(advocate.opted_out_kinds),
        },
        "groups": groups,
        "submissions": submissions,
        "declines": declines,
        "ledger": ledger_rows,
        "badges": badges,
        "redemptions": redemptions,
        "referrals": referrals,
        "audit": [
            {
                "action": row.action,
                "target_type": row.target_type,
                "target_id": row.target_id,
                "by": by or "",
                "created_at": _plain(row.created_at),
                "before": row.before,
                "after": row.after,
            }
            for row, by in _audit_about(session, advocate_id)
        ],
    }


def _owned_ids(session: Session, advocate_id: int) -> dict[str, list[int]]:
    """The ids of the person's rows, by the ``target_type`` audit entries use for them."""
    return {
        "advocate": [advocate_id],
        "submission": list(session.scalars(select(Submission.id).where(Submission.advocate_id == advocate_id))),
        "ledger_entry": list(session.scalars(select(LedgerEntry.id).where(LedgerEntry.advocate_id == advocate_id))),
        "redemption": list(session.scalars(select(Redemption.id).where(Redemption.advocate_id == advocate_id))),
        "referral": list(session.scalars(select(Referral.id).where(Referral.referrer_id == advocate_id))),
    }


def _audit_about(session: Session, advocate_id: int) -> list[tuple[AuditEntry, str | None]]:
    actor = aliased(Advocate)
    about = [
        (AuditEntry.target_type == kind) & AuditEntry.target_id.in_(ids)
        for kind, ids in _owned_ids(session, advocate_id).items()
        if ids
    ]
    rows = session.execute(
        select(AuditEntry, actor.name)
        .outerjoin(actor, actor.id == AuditEntry.actor_id)
        .where(or_(*about))
        .order_by(AuditEntry.created_at, AuditEntry.id)
    )
    return [(entry, name) for entry, name in rows]


def write_export(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write an export as one JSON file and one CSV per list (through the formula-safe CSV writer)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"advocate-{data['profile']['uid']}"
    written: list[Path] = []
    document = folder / f"{stem}.json"
    document.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    written.append(document)
    profile = {**data["profile"], **{f"consent_{key}": value for key, value in data["consent"].items()}}
    written.append(_write_table(folder / f"{stem}-profile.csv", [profile]))
    for table in TABLES:
        written.append(_write_table(folder / f"{stem}-{table}.csv", data[table]))
    return written


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _write_table(path: Path, rows: list[dict[str, Any]]) -> Path:
    header: list[str] = []
    for row in rows:
        header.extend(name for name in row if name not in header)
    write_csv(path, header or ["(none)"], ([_cell(row.get(name)) for name in header] for row in rows))
    return path


# ---- erasure --------------------------------------------------------------------------------------------------


@dataclass
class Erasure:
    """What an erasure changed: the rows whose anonymised versions other copies of the program need."""

    advocate_uid: str
    touched: dict[type[Base], set[str]] = field(default_factory=dict)

    def touch(self, row: Any) -> None:
        self.touched.setdefault(type(row), set()).add(str(row.uid))


def _blank(value: Any) -> Any:
    """The same shape with nothing in it: proof keeps its keys so every screen can still read it."""
    if isinstance(value, dict):
        return {key: _blank(item) for key, item in value.items()}
    if isinstance(value, list):
        return []
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 0
    return ""


class _Scrubber:
    """Replaces every occurrence of the erased words (names, emails) in free text and JSON, case-insensitively."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = sorted(((w, r) for w, r in words.items() if w.strip()), key=lambda pair: -len(pair[0]))

    def text(self, value: str) -> str:
        for word, replacement in self.words:
            lowered = word.casefold()
            while (at := value.casefold().find(lowered)) >= 0:
                value = value[:at] + replacement + value[at + len(word) :]
        return value

    def json(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {key: self.json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value

    def mentions(self, column: Any) -> Any:
        """A filter for rows whose text (or JSON as text, escaped or not) may contain an erased word."""
        patterns = {w for w, _ in self.words} | {json.dumps(w)[1:-1] for w, _ in self.words}
        text = cast(column, String)
        return or_(*(text.ilike(f"%{_like_escape(pattern)}%", escape="\\") for pattern in patterns))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def erase(session: Session, *, actor_id: int, advocate_id: int, reason: str, now: datetime) -> Erasure:
    """Anonymise one person on request, keeping their ledger and totals; see the module docstring."""
    require_manager(session, actor_id)
    if actor_id == advocate_id:
        raise NotAllowed("You cannot erase your own account; ask another moderator.")
    advocate = get(session, Advocate, advocate_id, "advocate")
    if advocate.erased_at is not None:
        raise InvalidTransition(f"This advocate's data was already erased on {advocate.erased_at:%d %B %Y}.")
    why = reason.strip()
    if not why:
        raise ValidationError("Say why this advocate's data is erased (for example, their request).", field="reason")
    placeholder = erased_email(advocate.uid)
    referrals = list(
        session.scalars(
            select(Referral).where(or_(Referral.referrer_id == advocate_id, Referral.email == advocate.email))
        )
    )
    words = {advocate.email: placeholder, advocate.name: ERASED_NAME}
    if advocate.company.strip():
        words[advocate.company] = REDACTED
    for referral in referrals:
        if referral.referrer_id == advocate_id:
            words.update({referral.name: REDACTED, referral.email: REDACTED})
    scrub = _Scrubber(words)
    erasure = Erasure(advocate.uid)
    ids = _owned_ids(session, advocate_id)

    advocate.name = ERASED_NAME
    advocate.email = placeholder
    advocate.company = ""
    advocate.consent_publish_name = False
    advocate.consent_contact = False
    advocate.erased_at = now
    advocate.updated_at = now
    status_before = advocate.status
    if advocate.status is not AdvocateStatus.OPTED_OUT:
        advocate.status = AdvocateStatus.OPTED_OUT
        ledger.set_visibility(session, advocate_id, visible=False)
    erasure.touch(advocate)

    _scrub_rows(session, advocate_id, scrub=scrub, erasure=erasure, referrals=referrals, ids=ids, now=now)
    audit.record(
        session,
        actor_id=actor_id,
        action="advocate.erase",
        target_type="advocate",
        target_id=advocate_id,
        now=now,
        before={"status": status_before.value},
        after={
            "status": advocate.status.value,
            "reason": scrub.text(why)[:MAX_REASON_LENGTH],
            "submissions": len(ids["submission"]),
            "referrals": len(referrals),
        },
    )
    session.flush()
    return erasure


def _scrub_rows(
    session: Session,
    advocate_id: int,
    *,
    scrub: _Scrubber,
    erasure: Erasure,
    referrals: list[Referral],
    ids: dict[str, list[int]],
    now: datetime,
) -> None:
    """Blank the person's proof and notes, their referrals' contacts, and mentions of them in kept text."""
    for submission in session.scalars(select(Submission).where(Submission.advocate_id == advocate_id)):
        submission.proof = _blank(submission.proof)
        submission.decision_note = scrub.text(submission.decision_note)
        submission.used_note = scrub.text(submission.used_note)
        submission.used_link = ""
        erasure.touch(submission)
    for decline in session.scalars(select(Decline).where(Decline.advocate_id == advocate_id, Decline.reason != "")):
        decline.reason = ""
        erasure.touch(decline)
    for redemption in session.scalars(
        select(Redemption).where(Redemption.advocate_id == advocate_id, Redemption.note != "")
    ):
        redemption.note = scrub.text(redemption.note)
        erasure.touch(redemption)
    for referral in referrals:
        referral.name, referral.email, referral.company = REDACTED, f"erased-{referral.uid}@invalid", ""
        referral.updated_at = now
        erasure.touch(referral)
    for entry in session.scalars(
        select(LedgerEntry).where(LedgerEntry.advocate_id == advocate_id, scrub.mentions(LedgerEntry.reason))
    ):
        entry.reason = scrub.text(entry.reason)
        erasure.touch(entry)
    about = [(AuditEntry.target_type == kind) & AuditEntry.target_id.in_(rows) for kind, rows in ids.items() if rows]
    for row in session.scalars(
        select(AuditEntry).where(
            or_(*about, scrub.mentions(AuditEntry.before), scrub.mentions(AuditEntry.after)),
        )
    ):
        row.before = _scrub_audit(scrub, row.before)
        row.after = _scrub_audit(scrub, row.after)


def _scrub_audit(scrub: _Scrubber, state: dict[str, Any] | None) -> dict[str, Any] | None:
    if state is None:
        return None
    cleaned: dict[str, Any] = scrub.json(state)
    for key in ("used_link", "proof"):
        if key in cleaned:
            cleaned[key] = _blank(cleaned[key])
    return cleaned
