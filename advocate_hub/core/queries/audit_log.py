"""Reading the audit log: who did what when, filtered, a page at a time, newest first, and as CSV.

The actor, action, target and date filters run in SQL. The free-text filter matches the actor's name, the action,
the target type and every text or number *inside* the before/after state; it is applied in Python to the rows the
other filters let through, so it matches the decoded values (not JSON escapes or key names) the same way on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from advocate_hub.core.exports.csv_files import write_csv
from advocate_hub.core.store.models import Advocate, AuditEntry

PAGE_SIZE = 100
CSV_HEADER = ("time", "actor", "actor email", "action", "target type", "target id", "reason", "before", "after")
_Query = Select[AuditEntry, str, str]
"""An entry with its actor's name and email (None for an action nobody signed, such as a system job)."""
REASON_KEYS = ("reason", "note", "thank_you", "decision_note")
"""Where an action keeps the words a person typed, shown in a column of their own in the CSV."""


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which rows to show; every field left empty matches everything."""

    actor_id: int | None = None
    action_prefix: str = ""
    """``reward.`` matches every reward action; ``reward.update`` just that one."""
    target_type: str = ""
    since: datetime | None = None
    """Inclusive."""
    until: datetime | None = None
    """Exclusive, so consecutive ranges never count a row twice."""
    text: str = ""


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    created_at: datetime
    actor_id: int | None
    actor_name: str
    actor_email: str
    action: str
    target_type: str
    target_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def reason(self) -> str:
        """The reason, note or thank-you recorded with the action, if any."""
        for state in (self.after, self.before):
            for key in REASON_KEYS:
                value = (state or {}).get(key)
                if isinstance(value, str) and value:
                    return value
        return ""


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    """Rows matching the filter in all pages."""
    offset: int


@dataclass(frozen=True, slots=True)
class Facets:
    """The choices the filter bar offers: people who acted, actions and target types that occur."""

    actors: list[tuple[int, str]]
    actions: list[str]
    target_types: list[str]


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)


def matches_text(row: AuditRow, text: str) -> bool:
    """Whether ``text`` (case-insensitive) occurs in the row's actor, action, target type or recorded state."""
    needle = text.strip().casefold()
    if not needle:
        return True
    fields = [row.actor_name, row.action, row.target_type, *_leaves(row.before), *_leaves(row.after)]
    return any(needle in field.casefold() for field in fields)


def _query(filter: AuditFilter) -> _Query:
    query = select(AuditEntry, Advocate.name, Advocate.email).outerjoin(Advocate, Advocate.id == AuditEntry.actor_id)
    if filter.actor_id is not None:
        query = query.where(AuditEntry.actor_id == filter.actor_id)
    if filter.action_prefix:
        query = query.where(AuditEntry.action.startswith(filter.action_prefix, autoescape=True))
    if filter.target_type:
        query = query.where(AuditEntry.target_type == filter.target_type)
    if filter.since is not None:
        query = query.where(AuditEntry.created_at >= filter.since)
    if filter.until is not None:
        query = query.where(AuditEntry.created_at < filter.until)
    return query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())


def _rows(session: Session, query: _Query, text: str) -> Iterator[AuditRow]:
    for entry, name, email in session.execute(query).yield_per(500):
        row = AuditRow(
            entry.id,
            entry.created_at,
            entry.actor_id,
            name or "",
            email or "",
            entry.action,
            entry.target_type,
            entry.target_id,
            entry.before,
            entry.after,
        )
        if matches_text(row, text):
            yield row


def page(session: Session, *, filter: AuditFilter, offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
    """One page of the matching rows, newest first, and how many match in all."""
    query = _query(filter)
    if filter.text.strip():
        matching = list(_rows(session, query, filter.text))
        return AuditPage(matching[offset : offset + limit], len(matching), offset)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    return AuditPage(list(_rows(session, query.offset(offset).limit(limit), "")), total, offset)


def rows(session: Session, *, filter: AuditFilter, limit: int | None = None) -> list[AuditRow]:
    """Every matching row (or the first ``limit``), newest first."""
    return list(islice(_rows(session, _query(filter), filter.text), limit))


def facets(session: Session) -> Facets:
    actors = session.execute(
        select(Advocate.id, Advocate.name)
        .where(Advocate.id.in_(select(AuditEntry.actor_id).distinct()))
        .order_by(Advocate.name, Advocate.id)
    ).all()
    actions = session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).all()
    targets = session.scalars(select(AuditEntry.target_type).distinct().order_by(AuditEntry.target_type)).all()
    return Facets([(actor_id, name) for actor_id, name in actors], list(actions), list(targets))


def _state(value: dict[str, Any] | None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def export_csv(session: Session, *, filter: AuditFilter, path: Path) -> int:
    """Write every row the filter matches to ``path`` (formulas defused by ``write_csv``); how many rows."""
    return write_csv(
        path,
        CSV_HEADER,
        (
            (
                row.created_at.isoformat(timespec="seconds"),
                row.actor_name,
                row.actor_email,
                row.action,
                row.target_type,
                row.target_id,
                row.reason,
                _state(row.before),
                _state(row.after),
            )
            for row in _rows(session, _query(filter), filter.text)
        ),
    )
