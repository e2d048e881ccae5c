"""Sync throughput on loopback: pushes of queued mutations and a pull into an empty client.

Starts a real server (SQLite, seeded with the demo program) in a subprocess, signs in as a demo advocate and
times the engine's push and pull phases as the engine itself reports them.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from sqlalchemy import select

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Challenge
from advocate_hub.core.sync import actions
from advocate_hub.core.sync.engine import SyncEngine, client_id_of

ADVOCATE = "budi.santoso@example.com"
PASSWORD = "demo-password"
Row = tuple[str, int, float]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def demo_server(folder: Path) -> Iterator[str]:
    url = f"sqlite:///{folder / 'server.sqlite'}"
    command = [sys.executable, "-m", "advocate_hub.cli"]
    subprocess.run([*command, "server", "seed-demo", "--database-url", url], check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [*command, "serve", "--database-url", url, "--port", str(port)],
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
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _client(base: str, folder: Path) -> tuple[Program, SyncEngine]:
    program = Program.open(folder)
    api = ApiClient(base)
    api.sign_in(ADVOCATE, PASSWORD)
    return program, SyncEngine(program, api, client_id=client_id_of(program))


def run(pushes: int) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as temp, demo_server(Path(temp)) as base:
        program, engine = _client(base, Path(temp) / "fresh")
        report = engine.sync()
        rows.append(("sync pull into an empty client (changes)", report.pulled, report.pull_seconds))
        person = program.read(find_by_email, email=ADVOCATE)
        assert person is not None
        with program.database.read() as session:
            challenge_id = session.scalars(select(Challenge.id).order_by(Challenge.id)).first()
        assert challenge_id is not None
        for number in range(pushes):
            program.run(actions.decline, advocate_id=person.id, challenge_id=challenge_id, reason=f"bench {number}")
        report = engine.sync()
        rows.append(("sync push of queued mutations", report.pushed, report.push_seconds))
        program.close()
    return rows
