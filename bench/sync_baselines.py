"""The bulk paths of sync against one-ORM-object-per-row, in the same run (bench/sync.py prints both).

* Client: the pull applier (``core.sync.apply.Applier``) against ``NaiveApplier``, which writes other people's
  public advocate rows and the leaderboard rows one ORM object at a time (as a first version would). Both apply
  the same recorded pages to an empty client.
* Server: a push applied as one transaction with set-based handlers (``server.apply.apply_batch``) against one
  transaction per mutation (``server.apply.apply``), in-process on copies of the same server file.

The naive variants live here only: the app has one way of doing each.
"""

from __future__ import annotations

import shutil
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from advocate_hub.core.api.client import ApiClient, PullPage
from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, Challenge, ScoreTotal, SyncState
from advocate_hub.core.sync.apply import SELF_KEY, Applier, _placeholder
from advocate_hub.server import apply
from advocate_hub.server.db import open_database

PUSH_BATCH = 200


class NaiveApplier(Applier):
    """The pull applier with other people's advocate rows and leaderboard rows written one ORM object each."""

    def _advocate(self, batch: list[dict[str, Any]]) -> None:
        public = [c for c in batch if c["op"] == "upsert" and "email" not in c["data"]]
        super()._advocate([c for c in batch if c not in public])
        for change in public:
            data = change["data"]
            row = self.session.scalar(select(Advocate).where(Advocate.uid == data["uid"]))
            if row is None:
                row = Advocate(**_placeholder(data["uid"]))
                self.session.add(row)
            row.name, row.role = data["name"], Role(data["role"])
            self.session.flush()

    def _score(self, batch: list[dict[str, Any]]) -> None:
        for change in batch:
            advocate_uid, scope, period, start = change["uid"].split(":", 3)
            advocate_id = self.id_of(Advocate, advocate_uid)
            if advocate_id is None:
                continue
            key = (scope, Period(period), date.fromisoformat(start), advocate_id)
            row = self.session.scalar(
                select(ScoreTotal).where(
                    ScoreTotal.scope == key[0],
                    ScoreTotal.period == key[1],
                    ScoreTotal.period_start == key[2],
                    ScoreTotal.advocate_id == key[3],
                )
            )
            if change["op"] == "delete":
                if row is not None:
                    self.session.delete(row)
                continue
            if row is None:
                row = ScoreTotal(scope=key[0], period=key[1], period_start=key[2], advocate_id=key[3])
                self.session.add(row)
            row.points, row.visible = int(change["data"]["points"]), bool(change["data"]["visible"])
            self.session.flush()


def recorded_pull(api: ApiClient, limit: int) -> list[PullPage]:
    """Every page of a pull from the start, as the server sends them."""
    pages: list[PullPage] = []
    cursor = ""
    while True:
        page = api.pull(cursor, limit)
        pages.append(page)
        cursor = page.cursor
        if not page.more:
            return pages


def apply_pages(folder: Path, self_uid: str, pages: list[PullPage], applier: type[Applier]) -> float:
    """Seconds to apply ``pages`` to an empty client in ``folder``, one transaction per page, as the engine does."""
    program = Program.open(folder)
    try:
        with program.database.write() as session:
            session.add(SyncState(key=SELF_KEY, value=self_uid))
        started = time.perf_counter()
        for page in pages:
            with program.database.write() as session:
                applier(session).apply(page.changes)
        return time.perf_counter() - started
    finally:
        program.close()


def server_apply(server_file: Path, folder: Path, email: str, count: int, *, batched: bool) -> float:
    """Seconds to apply ``count`` declines in-process on a copy of ``server_file``: batched pushes of
    ``PUSH_BATCH`` or one transaction per mutation."""
    copy = folder / f"server-{'batched' if batched else 'single'}.sqlite"
    shutil.copy(server_file, copy)
    database = open_database(f"sqlite:///{copy}", folder)
    try:
        with database.read() as session:
            actor = session.scalar(select(Advocate.id).where(Advocate.email == email))
            challenge = session.scalar(select(Challenge.uid).order_by(Challenge.id))
        assert actor is not None
        assert challenge is not None
        client_id = str(uuid.uuid4())
        apply.claim_client(database, client_id, actor)
        mutations = [
            apply.Pushed(str(uuid.uuid4()), "decline.create", {"challenge_uid": challenge, "reason": f"bench {n}"})
            for n in range(count)
        ]
        started = time.perf_counter()
        if batched:
            for start in range(0, count, PUSH_BATCH):
                batch = mutations[start : start + PUSH_BATCH]
                apply.apply_batch(database, actor_id=actor, client_id=client_id, mutations=batch)
        else:
            for m in mutations:
                apply.apply(
                    database,
                    actor_id=actor,
                    client_id=client_id,
                    mutation_id=m.mutation_id,
                    kind=m.kind,
                    payload=m.payload,
                )
        return time.perf_counter() - started
    finally:
        database.close()
