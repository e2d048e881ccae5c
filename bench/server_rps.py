"""Server requests per second: sequential requests on ONE keep-alive connection to one server worker.

The demo server (``advocate-hub serve``, one uvicorn worker) runs on SQLite and, when PostgreSQL answers at
``BENCH_POSTGRES_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``), on a throw-away
PostgreSQL database created for the run and dropped after it. One HTTP/1.1 keep-alive connection signed in as a
demo advocate sends, one after another: leaderboard reads (top 100 with the caller's own place) and pushes of one
mutation each (a decline with a fresh mutation id). Each figure is the median of ``rounds`` rounds after a
warm-up.

The client is ``http.client`` on one socket, not ``requests``: on this 2-core machine client and server share the
cores, and ``requests`` alone costs about a millisecond of CPU per request, as much as the server's share. The
target is about the server, so beside the wall-clock rate each kind of request is also reported as the server
process's CPU time (Linux ``/proc``): requests per server-CPU second is what one worker manages with a core to
itself, and is far less disturbed by the machine's other tenants than the wall clock.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from sync import ADVOCATE, PASSWORD, Row, serving

from advocate_hub.server.admin import seed_demo
from advocate_hub.server.db import open_database

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
API = "/api/v1"
WARM_UP = 100


class KeepAlive:
    """JSON requests over one HTTP/1.1 connection, kept open between requests."""

    def __init__(self, base: str) -> None:
        address = urlsplit(base)
        self.connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port, timeout=10)
        self.headers = {"Accept": "application/json"}

    def call(self, method: str, path: str, body: Any = None) -> Any:
        headers = dict(self.headers)
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, payload, headers)
        answer = self.connection.getresponse()
        data = answer.read()
        if answer.status != 200:
            raise RuntimeError(f"{method} {path} answered {answer.status}: {data[:300]!r}")
        if answer.will_close:
            raise RuntimeError("the server closed the keep-alive connection")
        return json.loads(data)

    def close(self) -> None:
        self.connection.close()


def _seed(url: str, folder: Path) -> None:
    database = open_database(url, folder)
    try:
        seed_demo(database)
    finally:
        database.close()


@contextmanager
def _throwaway_postgres() -> Iterator[str | None]:
    """A new empty PostgreSQL database's URL (dropped afterwards), or None when no server answers."""
    admin = create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    name = f"bench_rps_{os.getpid()}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError:
        admin.dispose()
        yield None
        return
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _signed_in(base: str) -> tuple[KeepAlive, str]:
    """A keep-alive connection carrying a demo advocate's access token, and the id of a challenge to decline."""
    client = KeepAlive(base)
    tokens = client.call("POST", f"{API}/auth/token", {"email": ADVOCATE, "password": PASSWORD})
    client.headers["Authorization"] = f"Bearer {tokens['access_token']}"
    body = client.call("GET", f"{API}/challenges")
    items = body["items"] if isinstance(body, dict) else body
    return client, str(items[0]["uid"])


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rounds(call: Callable[[], None], server_pid: int, requests_per_round: int, rounds: int) -> tuple[float, float]:
    """Median wall seconds and median server CPU seconds of one round of sequential calls."""
    for _ in range(WARM_UP):
        call()
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(rounds):
        cpu = _cpu_seconds(server_pid)
        started = time.perf_counter()
        for _ in range(requests_per_round):
            call()
        walls.append(time.perf_counter() - started)
        cpus.append(_cpu_seconds(server_pid) - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _measure(label: str, base: str, server_pid: int, requests_per_round: int, rounds: int) -> list[Row]:
    client, challenge_uid = _signed_in(base)
    client_id = str(uuid.uuid4())
    board_path = f"{API}/leaderboard?period=all&limit=100"
    push_path = f"{API}/sync/push"

    def read_board() -> None:
        client.call("GET", board_path)

    def push_one() -> None:
        mutation = {
            "mutation_id": str(uuid.uuid4()),
            "kind": "decline.create",
            "payload": {"challenge_uid": challenge_uid, "reason": "bench"},
        }
        answer = client.call("POST", push_path, {"client_id": client_id, "mutations": [mutation]})
        if answer["results"][0]["status"] != "applied":
            raise RuntimeError(f"the bench's push was not applied: {answer}")

    rows: list[Row] = []
    for what, call in (("leaderboard reads", read_board), ("push of one mutation", push_one)):
        wall, cpu = _rounds(call, server_pid, requests_per_round, rounds)
        rows.append((f"server {label}: {what} (req)", requests_per_round, wall))
        rows.append((f"server {label}: {what} (req/server CPU s)", requests_per_round, cpu))
    client.close()
    return rows


def run(requests_per_round: int = 1_000, rounds: int = 5) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        sqlite_url = f"sqlite:///{folder / 'rps.sqlite'}"
        _seed(sqlite_url, folder)
        with serving(sqlite_url, folder) as (base, server):
            rows += _measure("SQLite", base, server.pid, requests_per_round, rounds)
        with _throwaway_postgres() as postgres_url:
            if postgres_url is None:
                return rows
            _seed(postgres_url, folder)
            with serving(postgres_url, folder) as (base, server):
                rows += _measure("PostgreSQL", base, server.pid, requests_per_round, rounds)
    return rows


if __name__ == "__main__":
    print("load average:", Path("/proc/loadavg").read_text().strip())
    for name, size, seconds in run():
        print(f"{name:<56} {size:>8,} {seconds:>8.3f} s {size / seconds:>10,.0f}/s {seconds / size * 1000:>7.3f} ms")
    print("load average:", Path("/proc/loadavg").read_text().strip())
