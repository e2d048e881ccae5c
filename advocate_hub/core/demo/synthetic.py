"""Large synthetic programs for benchmarks: many advocates and ledger entries, written in bulk.

Each advocate's totals and leaderboard rows are computed in memory from the entries generated for them, with the
same rules as the ledger service, so the result is exactly what the app would have built one entry at a time.

Speed matters here (a million advocates and ten million entries for the benchmarks), so the load is shaped for
SQLite rather than for the ORM:

- rows are made directly as tuples, already in the form SQLAlchemy's SQLite dialect stores (ISO text for
  datetimes, enum values, 0/1 for booleans, JSON text; see ``store.types``), and go to the driver's
  ``executemany``: SQLAlchemy's per-row parameter processing would cost more than SQLite's own work;
- uids are a random per-run prefix followed by the row's id, so they are unique and arrive in index order:
  random uuids would scatter every insert across the unique index;
- during the load the connection skips fsync (``synchronous = OFF``) and has a large page cache, and the
  secondary (non-unique) indexes of the tables written are dropped and built again at the end, in one sorted
  pass each, which is several times cheaper than maintaining them row by row; so are the triggers that keep the
  boards' histograms (``score_counts``), which is recounted in one pass instead. A failed load still rebuilds
  all of them.
  Every batch is committed as its own transaction, so a crash loses at most the batch in progress;
- a batch is written on a second thread while the next one is made (the driver lets go of the GIL inside
  SQLite), and only one batch is ever in flight.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter
from typing import Any
from uuid import UUID

from sqlalchemy import Index, Table, func, select
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex

from advocate_hub.core.domain import ledger as rules
from advocate_hub.core.domain.badges import DEFAULT_BADGES
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Period, Role
from advocate_hub.core.domain.periods import period_start, period_starts
from advocate_hub.core.domain.referral_codes import ALPHABET, CODE_LENGTH
from advocate_hub.core.domain.tiers import Tier, TierLadder
from advocate_hub.core.services import advocates, badges
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import ProgramRules, load_rules, save_rules
from advocate_hub.core.store.database import Database
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
BATCH_ADVOCATES = 20_000
BULK_CACHE_KIB = 512 * 1024
"""SQLite page cache during the load: big enough that the pages being appended to stay in memory."""
HISTORY_DAYS = 90
GROUP_SLUGS = ("emea", "americas", "apac", "partners")
TABLES = (Advocate, AdvocateGroup, LedgerEntry, AdvocateTotals, ScoreTotal)
ADVOCATE_COLUMNS = (
    "id, uid, email, name, company, language, role, status, referral_code, consent_publish_name, "
    "consent_contact, opted_out_kinds, created_at, updated_at"
)
ENTRY_COLUMNS = "id, uid, advocate_id, kind, points, reason, created_at"
TOTALS_COLUMNS = "advocate_id, balance, lifetime, high_barrier_completions, tier, tier_reached_at"
SCORE_COLUMNS = "scope, period, period_start, advocate_id, points, visible"
EARNED_POINTS = (10, 25, 50, 50, 150, 250, 500)
SPENT_POINTS = (100, 300, 500)


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


def _stored(moment: datetime) -> str:
    """A naive UTC datetime as ``UTCDateTime`` stores it on SQLite."""
    return moment.isoformat(" ", "microseconds")


def _uid_prefix(rng: random.Random) -> str:
    """The first four groups of a random version-4 uuid; the row id (hex) makes the last group."""
    return str(UUID(int=rng.getrandbits(128), version=4))[:23]


class _Batch:
    """Rows for one transaction, as tuples in the order of the ``*_COLUMNS`` lists."""

    def __init__(self) -> None:
        self.advocates: list[tuple[Any, ...]] = []
        self.groups: list[tuple[int, int]] = []
        self.entries: list[tuple[Any, ...]] = []
        self.totals: list[tuple[Any, ...]] = []
        self.scores: list[tuple[Any, ...]] = []

    def write(self, raw: Any) -> None:
        raw.execute("BEGIN IMMEDIATE")
        try:
            for table, columns, rows in (
                ("advocates", ADVOCATE_COLUMNS, self.advocates),
                ("advocate_groups", "advocate_id, group_id", self.groups),
                ("ledger_entries", ENTRY_COLUMNS, self.entries),
                ("advocate_totals", TOTALS_COLUMNS, self.totals),
                ("score_totals", SCORE_COLUMNS, self.scores),
            ):
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")


class _Generator:
    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now.astimezone(UTC).replace(tzinfo=None)
        self.ladder: TierLadder = load_rules(session).ladder
        self.group_ids = {slug: advocates.ensure_group(session, slug).id for slug in GROUP_SLUGS}
        self.next_advocate_id = (session.scalar(select(func.max(Advocate.id))) or 0) + 1
        self.next_entry_id = (session.scalar(select(func.max(LedgerEntry.id))) or 0) + 1
        self.codes = set(session.scalars(select(Advocate.referral_code)))
        self.advocate_uids = _uid_prefix(rng)
        self.entry_uids = _uid_prefix(rng)
        self.all_time = period_start(Period.ALL, now).isoformat()
        self._starts: dict[date, tuple[tuple[str, str], ...]] = {}

    def starts(self, day: date) -> tuple[tuple[str, str], ...]:
        """(period, start) of each board a moment on ``day`` (UTC) counts on, as stored."""
        if day not in self._starts:
            found = period_starts(datetime.combine(day, time(), UTC))
            self._starts[day] = tuple((period.value, start.isoformat()) for period, start in found.items())
        return self._starts[day]

    def code(self) -> str:
        choices = self.rng.choices
        while True:
            code = "".join(choices(ALPHABET, k=CODE_LENGTH))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def advocate(self, batch: _Batch, mean_entries: float) -> int:
        rng = self.rng
        advocate_id = self.next_advocate_id
        self.next_advocate_id += 1
        joined = _stored(self.now - timedelta(days=HISTORY_DAYS, seconds=rng.randrange(86_400 * 30)))
        visible = rng.random() >= 0.02
        status = AdvocateStatus.ACTIVE if visible else AdvocateStatus.OPTED_OUT
        batch.advocates.append(
            (
                advocate_id,
                f"{self.advocate_uids}-{advocate_id:012x}",
                f"advocate{advocate_id}@synthetic.example",
                f"Advocate {advocate_id}",
                f"Company {advocate_id % 5_000}",
                "en",
                Role.ADVOCATE.value,
                status.value,
                self.code(),
                1,
                1,
                "[]",
                joined,
                joined,
            )
        )
        scopes = [OVERALL_SCOPE]
        if rng.random() < 0.5:
            slug = rng.choice(GROUP_SLUGS)
            scopes.append(slug)
            batch.groups.append((advocate_id, self.group_ids[slug]))
        scores: dict[tuple[str, str, str], int] = defaultdict(int)
        for scope in scopes:
            scores[(scope, Period.ALL.value, self.all_time)] += 0
        balance = lifetime = 0
        first_entry_id = self.next_entry_id
        count = min(int(rng.expovariate(1 / mean_entries)) + 1, 200) if mean_entries > 0 else 0
        moments = sorted(self.now - timedelta(seconds=rng.randrange(86_400 * HISTORY_DAYS)) for _ in range(count))
        last = None
        for moment in moments:
            if balance > 300 and rng.random() < 0.08:
                kind, points, reason = LedgerKind.SPENT, -rng.choice(SPENT_POINTS), "Reward"
                if -points > balance:
                    continue
            else:
                kind = LedgerKind.EARNED if rng.random() < 0.85 else LedgerKind.BONUS
                points, reason = rng.choice(EARNED_POINTS), "Synthetic activity"
            change = rules.effect(kind, points)
            balance += change.balance
            lifetime += change.lifetime
            if change.lifetime:
                for scope in scopes:
                    for period, start in self.starts(moment.date()):
                        scores[(scope, period, start)] += change.lifetime
            entry_id = self.next_entry_id
            last = _stored(moment)
            batch.entries.append(
                (entry_id, f"{self.entry_uids}-{entry_id:012x}", advocate_id, kind.value, points, reason, last)
            )
            self.next_entry_id += 1
        tier = self.ladder.tier_for(lifetime, 0)
        batch.totals.append(
            (advocate_id, balance, lifetime, 0, tier.value, last if tier is not Tier.COMMUNITY else None)
        )
        shown = int(visible)
        batch.scores.extend(
            (scope, period, start, advocate_id, points, shown) for (scope, period, start), points in scores.items()
        )
        return self.next_entry_id - first_entry_id


def _deferred_indexes() -> list[Index]:
    """The secondary indexes of the tables written: dropped for the load, built again after it."""
    found: list[Index] = []
    for model in TABLES:
        table = model.__table__
        assert isinstance(table, Table)
        found += sorted((index for index in table.indexes if not index.unique), key=lambda i: str(i.name))
    return found


@contextmanager
def _bulk_connection(database: Database) -> Iterator[Any]:
    """The driver connection for the load, with fsync off, a big cache and the deferred indexes dropped."""
    if database.engine.dialect.name != "sqlite":
        raise ValueError("Synthetic programs are written to a SQLite program file only.")
    pooled = database.engine.raw_connection()
    raw = pooled.driver_connection
    assert raw is not None
    indexes = _deferred_indexes()
    triggers = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'score_totals'"
    ).fetchall()
    try:
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        for index in indexes:
            raw.execute(f"DROP INDEX IF EXISTS {index.name}")
        for name, _ in triggers:
            raw.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield raw
    finally:
        try:
            for index in indexes:
                raw.execute(str(CreateIndex(index, if_not_exists=True).compile(dialect=database.engine.dialect)))
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("DELETE FROM score_counts")
            raw.execute(
                "INSERT INTO score_counts (scope, period, period_start, points, advocates) "
                "SELECT scope, period, period_start, points, count(*) FROM score_totals WHERE visible "
                "GROUP BY scope, period, period_start, points"
            )
            for _, sql in triggers:
                raw.execute(sql)
            raw.execute("COMMIT")
        finally:
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA cache_size = -2000")
            pooled.close()


def generate(
    program: Program, *, advocates: int, events: int, seed: int = 7, progress: Progress | None = None
) -> SyntheticSummary:
    """Add ``advocates`` advocates with about ``events`` ledger entries in all, in bulk."""
    started = perf_counter()
    rng = random.Random(seed)
    now = program.clock()
    with program.database.write() as session:
        if session.get(Group, 1) is None and load_rules(session) == ProgramRules():
            save_rules(session, ProgramRules(name="Synthetic program"), now)
            badges.install(session, DEFAULT_BADGES)
        generator = _Generator(session, rng, now)
    mean_entries = events / advocates if advocates else 0.0
    written = done = 0
    with _bulk_connection(program.database) as raw, ThreadPoolExecutor(max_workers=1) as writer:
        pending: Future[None] | None = None
        while done < advocates:
            size = min(BATCH_ADVOCATES, advocates - done)
            batch = _Batch()
            for _ in range(size):
                written += generator.advocate(batch, mean_entries)
            if pending is not None:
                pending.result()
                if progress is not None:
                    progress(done, advocates)
            pending = writer.submit(batch.write, raw)
            done += size
        if pending is not None:
            pending.result()
            if progress is not None:
                progress(done, advocates)
    return SyntheticSummary(advocates, written, perf_counter() - started)
