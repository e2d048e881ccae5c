"""Sync: push the outbox, then pull the change feed (docs/sync-protocol.md, Client behaviour).

* Push sends outbox rows oldest first, in batches; a row is deleted only once the server has answered for it.
  A rejection removes the optimistic rows its mutation created (uids derived from the mutation id), recomputes
  the advocate's totals from the local ledger, and is reported so the UI can say why.
* Pull applies each page and stores its cursor in one SQLite transaction, so a crash leaves them in agreement.
  A ``reset`` (the server was restored from a backup, or the cursor is unknown) clears the synced rows in that
  same transaction.
* A server restored from an older backup has lost what it applied after that backup. Before pushing, the client
  asks whether the server still has the change its cursor names and its latest acknowledged mutations
  (``/sync/check``). If it lost any of those mutations, the client pushes its journal of sent mutations again,
  oldest first, before the outbox (the server answers ``duplicate`` for what it still has and applies the rest);
  if it lost either, the pull asks for a snapshot. Other clients pushing meanwhile do not hide the restore.
* Network errors, timeouts and 5xx back off exponentially with full jitter; other 4xx stop the sync (raised).

Runs on any thread (not the GUI's): it only touches the program's database and the ``ApiClient``.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advocate_hub.core.api.client import (
    ApiClient,
    MutationAnswer,
    PullPage,
    RequestRefused,
    ServerError,
    ServerUnreachable,
)
from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.services.ledger import is_listed, recompute
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import (
    SERVER_URL_KEY,
    Advocate,
    AdvocateTotals,
    Decline,
    LedgerEntry,
    OutboxEntry,
    Redemption,
    Referral,
    ScoreTotal,
    Submission,
    SyncState,
)
from advocate_hub.core.sync import kiosk_actions, moderation_actions, outbox
from advocate_hub.core.sync.apply import SELF_KEY, Applier, clear_synced
from advocate_hub.core.sync.identity import Role, derived_uid

T = TypeVar("T")

PUSH_BATCH = 200
PULL_LIMIT = 5000
"""Changes a pull asks for a page: the most a server gives (each page is a request and a client transaction)."""
BACKOFF_BASE = 0.5
BACKOFF_CAP = 30.0
MAX_ATTEMPTS = 6
CHECKED_MUTATIONS = 20
"""How many of the latest acknowledged mutations each sync asks the server about."""
CURSOR_KEY = "cursor"
CLIENT_ID_KEY = "client_id"

Progress = Callable[[str, int, int], None]


class OtherServer(AdvocateHubError):
    """This data dir syncs with another server (or as another account): refuse rather than mix two programs."""

    code = "other_server"


class DemoNeverSyncs(AdvocateHubError):
    """The seeded demo is for showing the app: binding it to a server would mix made-up people into a program."""

    code = "demo_never_syncs"


@dataclass(frozen=True, slots=True)
class Rejection:
    kind: str
    message: str
    reason: str = ""
    mutation_id: str = ""

    def __str__(self) -> str:
        noun = {
            "submission.create": "submission",
            "submission.resubmit": "resubmission",
            "decline.create": "decline",
            "redemption.create": "redemption",
        }.get(self.kind, "change")
        return f"Your {noun} was rejected: {self.reason or self.message}"


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    rejected: list[Rejection]
    pulled: int
    waiting: int
    clock_skew: float | None
    finished_at: datetime
    cancelled: bool = False
    reset: bool = False
    pull_seconds: float = 0.0
    push_seconds: float = 0.0
    resent: int = 0
    """Mutations the server had lost (restored from a backup) and applied again from the journal."""


@dataclass(frozen=True, slots=True)
class _Lost:
    """What a server restored from an older backup no longer has of ours."""

    snapshot: bool = False
    """Pull a snapshot: the server lost the change our cursor names, or mutations of ours."""
    resend_after: int | None = None
    """Push the journal again after this journal id (0: all of it); None: nothing to push again."""


@dataclass
class _Run:
    pushed: int = 0
    pulled: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skew: float | None = None
    cancelled: bool = False
    reset: bool = False
    resent: int = 0
    drifted: bool = False
    """The server refused a moderator's decision (decided meanwhile elsewhere): pull a snapshot to catch up."""


def _state(session: Session, key: str) -> str | None:
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def client_id_of(program: Program) -> str:
    """This data dir's client id, made once and kept in SyncState."""
    with program.database.write() as session:
        found = _state(session, CLIENT_ID_KEY)
        if found is None:
            found = str(uuid.uuid4())
            _set_state(session, CLIENT_ID_KEY, found)
        return found


def recompute_totals(session: Session, advocate_id: int) -> None:
    """Set one advocate's balance, lifetime points, tier and leaderboard rows from the local ledger."""
    session.flush()
    worked = recompute(session)
    totals = session.get(AdvocateTotals, advocate_id)
    if totals is not None:
        totals.balance = worked.balance.get(advocate_id, 0)
        totals.lifetime = worked.lifetime.get(advocate_id, 0)
        totals.tier = load_rules(session).ladder.tier_for(totals.lifetime, totals.high_barrier_completions)
    advocate = session.get(Advocate, advocate_id)
    visible = is_listed(advocate) if advocate is not None else True
    session.execute(delete(ScoreTotal).where(ScoreTotal.advocate_id == advocate_id))
    for (scope, period, start, owner), points in worked.scores.items():
        if owner == advocate_id:
            session.add(
                ScoreTotal(
                    scope=scope, period=period, period_start=start, advocate_id=owner, points=points, visible=visible
                )
            )


def undo_optimistic(session: Session, mutation_id: str) -> set[int]:
    """Delete the rows a rejected mutation created locally; the advocates whose totals need recomputing."""
    touched: set[int] = set()

    def uid(role: Role) -> str:
        value = derived_uid(mutation_id, role)
        assert value is not None
        return value

    submission = session.scalar(select(Submission).where(Submission.uid == uid(Role.SUBMISSION)))
    redemption = session.scalar(select(Redemption).where(Redemption.uid == uid(Role.REDEMPTION)))
    derived = [uid(role) for role in (Role.EARNED, Role.SPENT, Role.ADJUSTED, Role.REVERSED)]
    entries = list(session.scalars(select(LedgerEntry).where(LedgerEntry.uid.in_(derived))))
    if submission is not None:
        entries += list(session.scalars(select(LedgerEntry).where(LedgerEntry.submission_id == submission.id)))
    if redemption is not None:
        entries += list(session.scalars(select(LedgerEntry).where(LedgerEntry.redemption_id == redemption.id)))
    for entry in {e.id: e for e in entries}.values():
        touched.add(entry.advocate_id)
        session.delete(entry)
    session.flush()
    for model, role in ((Referral, Role.REFERRAL), (Decline, Role.DECLINE)):
        session.execute(delete(model).where(model.uid == uid(role)))
    if submission is not None:
        session.execute(delete(Referral).where(Referral.submission_id == submission.id))
        touched.add(submission.advocate_id)
        session.delete(submission)
    if redemption is not None:
        touched.add(redemption.advocate_id)
        session.delete(redemption)
    session.flush()
    return touched


def _rejection(result: MutationAnswer, kind: str) -> Rejection:
    return Rejection(
        kind=kind,
        message=result.message or result.reason or "rejected",
        reason=result.reason or "",
        mutation_id=result.mutation_id,
    )


class SyncEngine:
    def __init__(
        self,
        program: Program,
        api: ApiClient,
        *,
        client_id: str,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        push_batch: int = PUSH_BATCH,
        pull_limit: int = PULL_LIMIT,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.program = program
        self.api = api
        self.client_id = client_id
        self.sleep = sleep
        self.rng = rng
        self.push_batch = push_batch
        self.pull_limit = pull_limit
        self.max_attempts = max_attempts

    # ---- the whole sync -----------------------------------------------------------------------------------------

    def sync(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> SyncReport:
        report = _Run()
        stop = cancelled or (lambda: False)
        self.bind()
        lost = self._what_server_lost()
        started = time.perf_counter()
        if lost.resend_after is not None:
            self.resend(report, progress, stop, after=lost.resend_after)
        self.push(report, progress, stop)
        pushed_at = time.perf_counter()
        if not report.cancelled:
            self.pull(report, progress, stop, reset=lost.snapshot or report.drifted)
        skew = self.api.last_clock_skew if report.skew is None else report.skew
        with self.program.database.read() as session:
            waiting = outbox.waiting(session)
        return SyncReport(
            pushed=report.pushed,
            rejected=report.rejected,
            pulled=report.pulled,
            waiting=waiting,
            clock_skew=skew,
            finished_at=datetime.now(UTC),
            cancelled=report.cancelled,
            reset=report.reset,
            resent=report.resent,
            push_seconds=pushed_at - started,
            pull_seconds=time.perf_counter() - pushed_at,
        )

    def bind(self) -> None:
        """Tie this data dir to the server, the client id and the account; refuse another of any of them.

        The demo program is refused before the server is even asked who we are.
        """
        with self.program.database.read() as session:
            if is_demo(session):
                raise DemoNeverSyncs(
                    "This is the demo program: it stays on this computer and never syncs with a server. "
                    "Open a real program's data folder to sync."
                )
        me = self._retrying(self.api.me)
        with self.program.database.write() as session:
            for key, value in (
                (SERVER_URL_KEY, self.api.base_url),
                (CLIENT_ID_KEY, self.client_id),
                (SELF_KEY, str(me["uid"])),
            ):
                known = _state(session, key)
                if known is None:
                    _set_state(session, key, value)
                elif known != value:
                    what = {SERVER_URL_KEY: "server", CLIENT_ID_KEY: "client id", SELF_KEY: "account"}[key]
                    raise OtherServer(
                        f"This program's data syncs with {what} {known}, not {value}. "
                        "Use another data folder for another server or account."
                    )

    # ---- push ---------------------------------------------------------------------------------------------------

    def push(self, report: _Run, progress: Progress | None, stop: Callable[[], bool]) -> None:
        with self.program.database.read() as session:
            total = outbox.waiting(session)
        done = 0
        after = 0
        while True:
            if stop():
                report.cancelled = True
                return
            with self.program.database.read() as session:
                rows = list(
                    session.scalars(
                        select(OutboxEntry)
                        .where(OutboxEntry.id > after)
                        .order_by(OutboxEntry.id)
                        .limit(self.push_batch)
                    )
                )
            if not rows:
                return
            mutations = [{"mutation_id": r.mutation_id, "kind": r.kind, "payload": r.payload} for r in rows]
            answer = self._retrying(partial(self.api.push, self.client_id, mutations))
            if answer.clock_skew is not None:
                report.skew = answer.clock_skew
            kinds = {r.mutation_id: r.kind for r in rows}
            with self.program.database.write() as session:
                now = self.program.clock()
                touched: set[int] = set()
                applied: list[str] = []
                refused: list[str] = []
                for result in answer.results:
                    if result.status == "rejected":
                        touched |= undo_optimistic(session, result.mutation_id)
                        report.rejected.append(_rejection(result, kinds.get(result.mutation_id, "")))
                        report.drifted |= kinds.get(result.mutation_id) in moderation_actions.KINDS
                        refused.append(result.mutation_id)
                    else:
                        report.pushed += 1
                        applied.append(result.mutation_id)
                        kind = kinds.get(result.mutation_id, "")
                        kiosk_actions.settle(session, kind=kind, mutation_id=result.mutation_id, result=result.result)
                outbox.acknowledge(session, applied, now)
                outbox.discard(session, refused)
                for advocate_id in touched:
                    recompute_totals(session, advocate_id)
                outbox.forget_sent(session, now)
            after = rows[-1].id
            done += len(answer.results)
            if progress is not None:
                progress("push", done, max(total, done))

    def resend(self, report: _Run, progress: Progress | None, stop: Callable[[], bool], *, after: int = 0) -> None:
        """Push the journal of sent mutations after journal id ``after`` again (the server was restored from an
        older backup)."""
        while not stop():
            with self.program.database.read() as session:
                rows = outbox.sent_after(session, after, self.push_batch)
            if not rows:
                return
            mutations = [{"mutation_id": r.mutation_id, "kind": r.kind, "payload": r.payload} for r in rows]
            answer = self._retrying(partial(self.api.push, self.client_id, mutations))
            kinds = {r.mutation_id: r.kind for r in rows}
            for result in answer.results:
                if result.status == "applied":
                    report.resent += 1
                elif result.status == "rejected":
                    report.rejected.append(_rejection(result, kinds.get(result.mutation_id, "")))
            after = rows[-1].id
            if progress is not None:
                progress("resend", report.resent, report.resent)
        report.cancelled = True

    # ---- pull ---------------------------------------------------------------------------------------------------

    def pull(self, report: _Run, progress: Progress | None, stop: Callable[[], bool], *, reset: bool = False) -> None:
        """Ask for pages after the stored cursor and apply each with its cursor in one transaction.

        The next page is asked for as soon as a page has arrived, on a second thread, while this one is applied:
        the server building it and the answer travelling and being parsed overlap the client's database writes
        (SQLite lets other threads run while it works). A page that arrived is always applied, so a cancel takes
        effect after it."""
        with self.program.database.read() as session:
            cursor = "reset" if reset else _state(session, CURSOR_KEY) or ""
        estimate = self._estimate(cursor)
        if stop():
            report.cancelled = True
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            coming = fetcher.submit(self._page, cursor)
            while True:
                page = coming.result()
                cancelled = page.more and stop()
                if page.more and not cancelled:
                    coming = fetcher.submit(self._page, page.cursor)
                with self.program.database.write() as session:
                    if page.reset:
                        clear_synced(session)
                        report.reset = True
                    Applier(session).apply(page.changes)
                    _set_state(session, CURSOR_KEY, page.cursor)
                report.pulled += len(page.changes)
                if progress is not None:
                    progress("pull", report.pulled, max(estimate, report.pulled))
                if cancelled:
                    report.cancelled = True
                    return
                if not page.more:
                    return

    def _page(self, cursor: str) -> PullPage:
        return self._retrying(partial(self.api.pull, cursor, self.pull_limit))

    def _what_server_lost(self) -> _Lost:
        """Ask the server whether it still has the change our cursor names and our latest acknowledged mutations.

        Asked before pushing, so what the server lost goes back in the order it was made, before the outbox that
        may build on it. Our mutations were answered one after another, so a server restored from a backup that
        has the oldest of those asked about has every earlier one too: the journal goes again from the oldest it
        lost among them, or whole when it lost them all. A server without ``/sync/check`` (an older version) is
        asked the old way: whether its newest change is older than our cursor.
        """
        with self.program.database.read() as session:
            cursor = _state(session, CURSOR_KEY) or ""
            latest = outbox.latest_sent(session, CHECKED_MUTATIONS)
        body = {"cursor": cursor, "mutation_ids": [mutation_id for _row, mutation_id in latest]}
        try:
            answer = self._retrying(partial(self.api.post, "/sync/check", body))
        except RequestRefused as refused:
            if refused.status != 404:
                raise
            return self._behind_by_health(cursor)
        unknown = {str(mutation_id) for mutation_id in answer.get("unknown", [])}
        if not unknown:
            return _Lost(snapshot=not answer.get("cursor_known", True))
        oldest_asked_known = latest[-1][1] not in unknown
        first_lost = min(row for row, mutation_id in latest if mutation_id in unknown)
        return _Lost(snapshot=True, resend_after=first_lost - 1 if oldest_asked_known else 0)

    def _behind_by_health(self, cursor: str) -> _Lost:
        """An older server's restore check: its newest change is older than our cursor (a bare number there)."""
        if not cursor.isdigit():
            return _Lost()
        try:
            top = int(self._retrying(self.api.health).get("cursor", 0))
        except (ValueError, TypeError):
            return _Lost()
        return _Lost(snapshot=True, resend_after=0) if int(cursor) > top else _Lost()

    def _estimate(self, cursor: str) -> int:
        try:
            top = int(self.api.health().get("cursor", 0))
        except (AdvocateHubError, ValueError, TypeError):
            return 0
        seq = cursor.partition(".")[0]
        return max(0, top - int(seq)) if seq.isdigit() else top

    # The pull's estimate of a "reset" cursor is the whole feed, an over-estimate that shrinks as pages arrive.

    # ---- retries ------------------------------------------------------------------------------------------------

    def _retrying(self, call: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                return call()
            except (ServerUnreachable, ServerError):
                attempt += 1
                if attempt >= self.max_attempts:
                    raise
                self.sleep(self.rng() * min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
