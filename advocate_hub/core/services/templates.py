"""A moderator's ready-made words: thank-you notes, rejection reasons and requests for changes.

Moderators write the same few messages all day; templates make a kind, specific note one key away. A purpose
with no saved templates offers ``DEFAULT_TEMPLATES``, so a new program starts with good words rather than none.
Changes are for managers only and land in the audit log like every other moderator action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import TemplatePurpose
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.services import audit
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.store.models import MessageTemplate

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 2_000


@dataclass(frozen=True, slots=True)
class TemplateItem:
    id: int | None
    """None for a built-in default that was never saved."""
    purpose: TemplatePurpose
    title: str
    body: str


def _default(purpose: TemplatePurpose, title: str, body: str) -> TemplateItem:
    return TemplateItem(id=None, purpose=purpose, title=title, body=body)


DEFAULT_TEMPLATES: dict[TemplatePurpose, tuple[TemplateItem, ...]] = {
    TemplatePurpose.THANK_YOU: (
        _default(
            TemplatePurpose.THANK_YOU,
            "Review",
            "Thank you for the review! Honest words from a customer help other teams decide far more than ours do.",
        ),
        _default(
            TemplatePurpose.THANK_YOU,
            "Social share",
            "Thanks for sharing the post: your network hearing it from you means a lot to the whole team.",
        ),
        _default(
            TemplatePurpose.THANK_YOU,
            "Referral",
            "Thank you for the introduction! We will reach out with care and keep you posted on how it goes.",
        ),
        _default(
            TemplatePurpose.THANK_YOU,
            "Feedback",
            "Thanks for taking the time to write this up; it is going straight to the product team.",
        ),
    ),
    TemplatePurpose.REJECTION: (
        _default(
            TemplatePurpose.REJECTION,
            "Link does not open",
            "The link does not open for us. Could you check it is public and submit it again?",
        ),
        _default(
            TemplatePurpose.REJECTION,
            "No disclosure",
            "The post does not mention the program (disclosure). Public posts that earn points must say so.",
        ),
        _default(
            TemplatePurpose.REJECTION,
            "Different product",
            "The link shows a different product, so we cannot count it for this challenge.",
        ),
        _default(
            TemplatePurpose.REJECTION,
            "Already counted",
            "This was already submitted and counted for an earlier challenge.",
        ),
    ),
    TemplatePurpose.CHANGES: (
        _default(
            TemplatePurpose.CHANGES,
            "Add a result",
            "Lovely! Could you add one sentence about the results you have seen?",
        ),
        _default(
            TemplatePurpose.CHANGES,
            "Make it public",
            "Almost there: the post is private. Could you make it public and send the link again?",
        ),
    ),
}


def _item(row: MessageTemplate) -> TemplateItem:
    return TemplateItem(id=row.id, purpose=row.purpose, title=row.title, body=row.body)


def _snapshot(row: MessageTemplate) -> dict[str, Any]:
    return {"purpose": row.purpose.value, "title": row.title, "body": row.body}


def _clean(title: str, body: str) -> tuple[str, str]:
    title, body = title.strip(), body.strip()
    if not title:
        raise ValidationError("Give the template a short title.", field="title")
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(f"Keep the title under {MAX_TITLE_LENGTH} characters.", field="title")
    if not body:
        raise ValidationError("Write the message the advocate will read.", field="body")
    if len(body) > MAX_BODY_LENGTH:
        raise ValidationError(f"Keep the message under {MAX_BODY_LENGTH:,} characters.", field="body")
    return title, body


def list_for(session: Session, *, actor_id: int, purpose: TemplatePurpose) -> list[TemplateItem]:
    """Saved templates of ``purpose`` by title, or the defaults when none is saved yet."""
    require_manager(session, actor_id)
    rows = session.scalars(
        select(MessageTemplate)
        .where(MessageTemplate.purpose == purpose)
        .order_by(MessageTemplate.title, MessageTemplate.id)
    ).all()
    return [_item(row) for row in rows] if rows else list(DEFAULT_TEMPLATES[purpose])


def all_templates(session: Session, *, actor_id: int) -> dict[TemplatePurpose, list[TemplateItem]]:
    """Every purpose's templates at once: what a moderation screen's template picker offers."""
    return {purpose: list_for(session, actor_id=actor_id, purpose=purpose) for purpose in TemplatePurpose}


def create(
    session: Session, *, actor_id: int, purpose: TemplatePurpose, title: str, body: str, now: datetime
) -> MessageTemplate:
    require_manager(session, actor_id)
    title, body = _clean(title, body)
    row = MessageTemplate(purpose=purpose, title=title, body=body, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor_id=actor_id,
        action="template.create",
        target_type="message_template",
        target_id=row.id,
        now=now,
        after=_snapshot(row),
    )
    return row


def update(
    session: Session, *, actor_id: int, template_id: int, title: str, body: str, now: datetime
) -> MessageTemplate:
    require_manager(session, actor_id)
    row = get(session, MessageTemplate, template_id, "message template")
    title, body = _clean(title, body)
    before = _snapshot(row)
    row.title, row.body, row.updated_at = title, body, now
    audit.record(
        session,
        actor_id=actor_id,
        action="template.update",
        target_type="message_template",
        target_id=row.id,
        now=now,
        before=before,
        after=_snapshot(row),
    )
    return row


def delete(session: Session, *, actor_id: int, template_id: int, now: datetime) -> None:
    require_manager(session, actor_id)
    row = get(session, MessageTemplate, template_id, "message template")
    audit.record(
        session,
        actor_id=actor_id,
        action="template.delete",
        target_type="message_template",
        target_id=row.id,
        now=now,
        before=_snapshot(row),
    )
    session.delete(row)
