"""Large synthetic programs for benchmarks: many advocates and ledger entries, written in bulk.

Rows go in with Core ``executemany`` inserts, one transaction per batch of advocates, and each advocate's totals
and leaderboard rows are computed in memory from the entries generated for them, with the same rules as the
ledger service, so the result is exactly what the app would have built one entry at a time.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any
from uuid import UUID

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain import ledger as rules
from advocate_hub.core.domain.badges import DEFAULT_BADGES
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Period, Role
from advocate_hub.core.domain.periods import period_starts
from advocate_hub.core.domain.referral_codes import new_code
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import advocates, badges
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, load_rules, save_rules
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    Advocate,
    AdvocateGroup,
    AdvocateTotals,
    Group,
    LedgerEntry,
    ScoreTotal,
)

Progress = Callable[[int, int], None]
BATCH_ADVOCATES = 10_000
BULK_CACHE_KIB = 256 * 1024
"""SQLite page cache for bulk writes: big enough that index pages stay in memory across a batch."""
HISTORY_DAYS = 90
GROUP_SLUGS = ("emea", "americas", "apac", "partners")


@dataclass(frozen=True, slots=True)
class SyntheticSummary:
    advocates: int
    ledger_entries: int
    seconds: float

    def describe(self) -> str:
        rate = self.ledger_entries / self.seconds if self.seconds else 0.0
        return (
            f"Synthetic program: {self.advocates:,} advocates and {self.ledger_entries:,} ledger entries "
            f"written in {self.seconds:.1f} s ({rate:,.0f} entries/s)."
        )


class _Batch:
    """Rows for one transaction, and the per-advocate arithmetic that fills them."""

    def __init__(self) -> None:
        self.advocates: list[dict[str, Any]] = []
        self.groups: list[dict[str, Any]] = []
        self.entries: list[dict[str, Any]] = []
        self.totals: list[dict[str, Any]] = []
        self.scores: list[dict[str, Any]] = []

    def write(self, session: Session) -> None:
        connection = session.connection()
        raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        for model, rows in (
            (Advocate, self.advocates),
            (AdvocateGroup, self.groups),
            (LedgerEntry, self.entries),
            (AdvocateTotals, self.totals),
            (ScoreTotal, self.scores),
        ):
            if not rows:
                continue
            table = model.__table__
            assert isinstance(table, Table)
            if raw is None:
                connection.execute(table.insert(), rows)
                continue
            # SQLAlchemy's per-row parameter processing costs more than SQLite's own work here, so on SQLite
            # the rows go straight to the driver, pre-rendered exactly as SQLAlchemy would store them.
            columns = list(rows[0])
            converters = [
                _sqlite_converter(next((row[column] for row in rows if row[column] is not None), None))
                for column in columns
            ]
            raw.executemany(
                f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [
                    tuple(convert(row[column]) for convert, column in zip(converters, columns, strict=True))
                    for row in rows
                ],
            )


def _same(value: object) -> object:
    return value


def _sqlite_converter(sample: object) -> Callable[[Any], object]:
    """How to store values like ``sample`` the way SQLAlchemy's SQLite dialect does (see ``store.types``).

    Chosen once per column from its first non-null value, since every row of a batch has the same types.
    """
    if isinstance(sample, datetime):
        return lambda v: v.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds") if v else None
    if isinstance(sample, date):
        return lambda v: v.isoformat() if v else None
    if isinstance(sample, Enum):
        return lambda v: v.value if v else None
    if isinstance(sample, bool):
        return int
    if isinstance(sample, list | dict):
        return json.dumps
    return _same


class _Generator:
    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.ladder = load_rules(session).ladder
        self.group_ids = {slug: advocates.ensure_group(session, slug).id for slug in GROUP_SLUGS}
        self.next_advocate_id = (session.scalar(select(func.max(Advocate.id))) or 0) + 1
        self.next_entry_id = (session.scalar(select(func.max(LedgerEntry.id))) or 0) + 1
        self.codes = set(session.scalars(select(Advocate.referral_code)))
        self._starts: dict[date, dict[Period, date]] = {}

    def starts(self, moment: datetime) -> dict[Period, date]:
        day = moment.date()
        if day not in self._starts:
            self._starts[day] = period_starts(moment)
        return self._starts[day]

    def code(self) -> str:
        while True:
            code = new_code(self.rng)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def advocate(self, batch: _Batch, mean_entries: float) -> int:
        rng = self.rng
        advocate_id = self.next_advocate_id
        self.next_advocate_id += 1
        joined = self.now - timedelta(days=HISTORY_DAYS, seconds=rng.randrange(86_400 * 30))
        status = AdvocateStatus.OPTED_OUT if rng.random() < 0.02 else AdvocateStatus.ACTIVE
        visible = status is AdvocateStatus.ACTIVE
        batch.advocates.append(
            {
                "id": advocate_id,
                "uid": str(UUID(int=rng.getrandbits(128), version=4)),
                "email": f"advocate{advocate_id}@synthetic.example",
                "name": f"Advocate {advocate_id}",
                "company": f"Company {advocate_id % 5_000}",
                "language": "en",
                "role": Role.ADVOCATE,
                "status": status,
                "referral_code": self.code(),
                "consent_publish_name": True,
                "consent_contact": True,
                "opted_out_kinds": [],
                "created_at": joined,
                "updated_at": joined,
                "last_active_at": None,
            }
        )
        scopes = [OVERALL_SCOPE]
        if rng.random() < 0.5:
            slug = rng.choice(GROUP_SLUGS)
            scopes.append(slug)
            batch.groups.append({"advocate_id": advocate_id, "group_id": self.group_ids[slug]})
        scores: dict[tuple[str, Period, date], int] = defaultdict(int)
        for scope in scopes:
            scores[(scope, Period.ALL, self.starts(joined)[Period.ALL])] += 0
        balance = lifetime = 0
        first_entry_id = self.next_entry_id
        count = min(int(rng.expovariate(1 / mean_entries)) + 1, 200) if mean_entries > 0 else 0
        moments = sorted(self.now - timedelta(seconds=rng.randrange(86_400 * HISTORY_DAYS)) for _ in range(count))
        for moment in moments:
            if balance > 300 and rng.random() < 0.08:
                kind, points, reason = LedgerKind.SPENT, -rng.choice((100, 300, 500)), "Reward"
                if -points > balance:
                    continue
            else:
                kind = LedgerKind.EARNED if rng.random() < 0.85 else LedgerKind.BONUS
                points, reason = rng.choice((10, 25, 50, 50, 150, 250, 500)), "Synthetic activity"
            change = rules.effect(kind, points)
            balance += change.balance
            lifetime += change.lifetime
            if change.lifetime:
                for scope in scopes:
                    for period, start in self.starts(moment).items():
                        scores[(scope, period, start)] += change.lifetime
            batch.entries.append(
                {
                    "id": self.next_entry_id,
                    "uid": str(UUID(int=rng.getrandbits(128), version=4)),
                    "advocate_id": advocate_id,
                    "kind": kind,
                    "points": points,
                    "reason": reason,
                    "actor_id": None,
                    "submission_id": None,
                    "redemption_id": None,
                    "referral_id": None,
                    "reverses_id": None,
                    "created_at": moment,
                }
            )
            self.next_entry_id += 1
        tier = self.ladder.tier_for(lifetime, 0)
        batch.totals.append(
            {
                "advocate_id": advocate_id,
                "balance": balance,
                "lifetime": lifetime,
                "high_barrier_completions": 0,
                "tier": tier,
                "tier_reached_at": moments[-1] if moments and tier is not Tier.COMMUNITY else None,
            }
        )
        batch.scores.extend(
            {
                "scope": scope,
                "period": period,
                "period_start": start,
                "advocate_id": advocate_id,
                "points": points,
                "visible": visible,
            }
            for (scope, period, start), points in scores.items()
        )
        return self.next_entry_id - first_entry_id


def generate(
    program: Program, *, advocates: int, events: int, seed: int = 7, progress: Progress | None = None
) -> SyntheticSummary:
    """Add ``advocates`` advocates with about ``events`` ledger entries in all, in bulk."""
    from time import perf_counter

    started = perf_counter()
    rng = random.Random(seed)
    now = program.clock()
    with program.database.write() as session:
        if session.get(Group, 1) is None and load_rules(session) == ProgramRules():
            save_rules(session, ProgramRules(name="Synthetic program"), now)
            badges.install(session, DEFAULT_BADGES)
    mean_entries = events / advocates if advocates else 0.0
    written = done = 0
    while done < advocates:
        size = min(BATCH_ADVOCATES, advocates - done)
        with program.database.write() as session:
            generator = _Generator(session, rng, now)
            batch = _Batch()
            for _ in range(size):
                written += generator.advocate(batch, mean_entries)
            batch.write(session)
        done += size
        if progress is not None:
            progress(done, advocates)
    return SyntheticSummary(advocates, written, perf_counter() - started)
