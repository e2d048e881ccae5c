"""Pull cursors that name the change they stop at, so a feed that diverged beneath a client is noticed.

A cursor is ``SEQ.TAG``: the sequence number of the last change of a page and a short hash of that change (its
number, entity, uid and commit time). A server restored from an older backup numbers its new changes from the
backup's last number on, so a client's bare number may well exist again on it, naming another change: the tag no
longer matches and the cursor is treated as unknown (a snapshot), instead of silently skipping the new changes
numbered at or below it. A bare number (what older servers issued) is still accepted, checked only against the
newest change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.store.server_models import ChangeLogEntry

TAG_LENGTH = 16
MAX_DIGITS = 18


@dataclass(frozen=True, slots=True)
class Cursor:
    seq: int
    tag: str | None = None
    """None for a bare number (from an older server) or the start of the feed."""


def issue(seq: int, entity: str, uid: str, created_at: datetime) -> str:
    """The cursor of a page whose last change is this one."""
    return f"{seq}.{_tag(seq, entity, uid, created_at)}"


def _tag(seq: int, entity: str, uid: str, created_at: datetime) -> str:
    text = f"{seq}\x1f{entity}\x1f{uid}\x1f{created_at.isoformat()}"
    return hashlib.sha256(text.encode()).hexdigest()[:TAG_LENGTH]


def parse(text: str | None) -> Cursor | None:
    """The cursor in ``text``; the start of the feed for none; None when it is not one this server could issue."""
    if text is None or not text.strip():
        return Cursor(0)
    number, dot, tag = text.strip().partition(".")
    if not number.isdigit() or len(number) > MAX_DIGITS:
        return None
    if not dot:
        return Cursor(int(number))
    if len(tag) != TAG_LENGTH or any(c not in "0123456789abcdef" for c in tag):
        return None
    return Cursor(int(number), tag)


def still_valid(session: Session, cursor: Cursor, newest: int) -> bool:
    """Whether this feed is the one the cursor was issued from, up to the cursor (one primary-key read).

    A tagged cursor whose change is gone (an erasure deletes older copies of the rows it anonymised) cannot be
    checked, so it counts as unknown too: the client takes a snapshot, which costs time but never loses a change.
    """
    if cursor.seq > newest:
        return False
    if cursor.tag is None or cursor.seq == 0:
        return True
    row = session.execute(
        select(ChangeLogEntry.entity, ChangeLogEntry.uid, ChangeLogEntry.created_at).where(
            ChangeLogEntry.seq == cursor.seq
        )
    ).first()
    return row is not None and _tag(cursor.seq, *row) == cursor.tag


def at(session: Session, seq: int) -> str:
    """The cursor of a snapshot taken when ``seq`` was the newest change."""
    row = session.execute(
        select(ChangeLogEntry.entity, ChangeLogEntry.uid, ChangeLogEntry.created_at).where(ChangeLogEntry.seq == seq)
    ).first()
    return str(seq) if row is None else issue(seq, *row)
