"""Sync throughput on loopback: a pull into an empty client and a push of queued mutations.

Starts a real server (SQLite, seeded with the demo program) in a subprocess, signs in as a demo advocate and
times the engine's push and pull phases as the engine itself reports them (and the first sync per CPU second of
both processes, the figure a busy machine disturbs least), then, in the same run, the bulk paths
against one-ORM-object-per-row variants (bench/sync_baselines.py). For the pull, the server's feed is
first grown with ``extra`` advocates made through the real services (each brings its public advocate row and
leaderboard rows to every client, about four changes); the grown server file is kept in ``bench/data`` so later
runs start at once.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
import sync_baselines
from sqlalchemy import select

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services import advocates, points
from advocate_hub.core.services.advocates import NewAdvocate
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, Challenge
from advocate_hub.core.sync import actions
from advocate_hub.core.sync.apply import Applier
from advocate_hub.core.sync.engine import SyncEngine, client_id_of
from advocate_hub.server.db import open_database

ADVOCATE = "budi.santoso@example.com"
PASSWORD = "demo-password"
Row = tuple[str, int, float]
DATA = Path(__file__).resolve().parent / "data"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _grow(url: str, extra: int) -> None:
    """Add ``extra`` advocates with some points each, a thousand per transaction, through the services."""
    database = open_database(url, Path(tempfile.gettempdir()))
    try:
        with database.read() as session:
            moderator = session.scalar(select(Advocate.id).where(Advocate.role == Role.MODERATOR))
        assert moderator is not None
        for start in range(0, extra, 1_000):
            with database.write() as session:
                now = utc_now()
                for number in range(start, min(extra, start + 1_000)):
                    person = NewAdvocate(email=f"member{number}@bench.example.com", name=f"Member {number}")
                    created = advocates.create(session, person, now)
                    points.adjust(
                        session, actor_id=moderator, advocate_id=created.id, points=10, reason="bench", now=now
                    )
    finally:
        database.close()


def _seeded(folder: Path, extra: int) -> Path:
    """A demo server file grown by ``extra`` advocates, built once and kept in bench/data."""
    cached = DATA / f"sync-server-{extra}.sqlite"
    if not cached.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        building = folder / "building.sqlite"
        url = f"sqlite:///{building}"
        command = [sys.executable, "-m", "advocate_hub.cli", "server", "seed-demo", "--database-url", url]
        subprocess.run(command, check=True, capture_output=True)
        _grow(url, extra)
        shutil.copy(building, cached)
    target = folder / "server.sqlite"
    shutil.copy(cached, target)
    return target


@contextmanager
def demo_server(folder: Path, extra: int = 0) -> Iterator[str]:
    with serving(f"sqlite:///{_seeded(folder, extra)}", folder) as (base, _server):
        yield base


@contextmanager
def serving(url: str, folder: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``advocate-hub serve`` (one worker) over the database at ``url`` on a free loopback port: its base URL and
    its process."""
    command = [sys.executable, "-m", "advocate_hub.cli"]
    port = _free_port()
    server = subprocess.Popen(
        [*command, "serve", "--database-url", url, "--data-dir", str(folder / "server-data"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if requests.get(f"{base}/healthz", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=30)


def _client(base: str, folder: Path) -> tuple[Program, SyncEngine]:
    program = Program.open(folder)
    api = ApiClient(base)
    api.sign_in(ADVOCATE, PASSWORD)
    return program, SyncEngine(program, api, client_id=client_id_of(program))


def queue_declines(program: Program, count: int, reason: str) -> None:
    """Queue ``count`` declines of the first challenge by the bench's advocate: mutations for the next push."""
    person = program.read(find_by_email, email=ADVOCATE)
    assert person is not None
    with program.database.read() as session:
        challenge_id = session.scalars(select(Challenge.id).order_by(Challenge.id)).first()
    assert challenge_id is not None
    for number in range(count):
        program.run(actions.decline, advocate_id=person.id, challenge_id=challenge_id, reason=f"{reason} {number}")


def run(pushes: int, extra: int) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        with serving(f"sqlite:///{_seeded(folder, extra)}", folder) as (base, server):
            _run(base, server.pid, folder, rows=rows, pushes=pushes, extra=extra)
    return rows


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process so far (Linux ``/proc``; 0 elsewhere)."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(base: str, server_pid: int, folder: Path, *, rows: list[Row], pushes: int, extra: int) -> None:
    program, engine = _client(base, folder / "fresh")
    client_cpu, server_cpu = time.process_time(), _cpu_seconds(server_pid)
    report = engine.sync()
    client_cpu, server_cpu = time.process_time() - client_cpu, _cpu_seconds(server_pid) - server_cpu
    rows.append(("sync pull into an empty client (changes)", report.pulled, report.pull_seconds))
    # The same first sync per CPU second: both processes' CPU, far less disturbed by a busy machine than the wall.
    rows.append(("first sync, client + server CPU (changes)", report.pulled, client_cpu + server_cpu))
    rows.append(("first sync, server CPU (changes)", report.pulled, server_cpu))
    pages = sync_baselines.recorded_pull(engine.api, engine.pull_limit)
    changes = sum(len(page.changes) for page in pages)
    self_uid = str(engine.api.me()["uid"])
    for label, applier in (("set-based", Applier), ("one ORM object per row", sync_baselines.NaiveApplier)):
        seconds = sync_baselines.apply_pages(folder / label, self_uid, pages, applier)
        rows.append((f"pull applier, {label} (changes)", changes, seconds))
    server_file = DATA / f"sync-server-{extra}.sqlite"
    single = min(pushes, 2_000)
    for label, count, batched in (("batched", pushes, True), ("one transaction each", single, False)):
        seconds = sync_baselines.server_apply(server_file, folder, ADVOCATE, count, batched=batched)
        rows.append((f"server apply of declines, {label}", count, seconds))
    queue_declines(program, pushes, "bench")
    report = engine.sync()
    rows.append(("sync push of queued mutations", report.pushed, report.push_seconds))
    program.close()
