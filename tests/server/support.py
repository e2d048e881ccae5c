"""Helpers for the server tests: starting ``advocate-hub serve`` as a subprocess, users, clients, mutations."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import requests
from sqlalchemy import func, make_url, select

import advocate_hub
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Advocate, Base
from advocate_hub.server.admin import create_user
from advocate_hub.server.db import ServerDatabase, open_database

PG_ENV = "ADVOCATE_HUB_TEST_DATABASE_URL"
SOURCE_ROOT = Path(advocate_hub.__file__).resolve().parents[1]
START_TIMEOUT_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 30
PASSWORD = "correct horse battery"
BACKENDS = ["sqlite", *(["postgresql"] if os.environ.get(PG_ENV) else [])]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ServerProcess:
    base_url: str
    database_url: str
    data_dir: Path
    process: subprocess.Popen[bytes]
    log_path: Path
    _database: ServerDatabase | None = field(default=None, repr=False)

    @property
    def database(self) -> ServerDatabase:
        """The server's database opened in the test process, to seed it and to check what was stored."""
        if self._database is None:
            self._database = open_database(self.database_url, self.data_dir)
        return self._database

    @property
    def backend(self) -> str:
        return make_url(self.database_url).get_backend_name()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def user(self, role: Role = Role.ADVOCATE, *, email: str | None = None, name: str = "") -> User:
        address = email or f"{role.value}-{uuid.uuid4().hex[:10]}@example.com"
        uid = create_user(self.database, email=address, role=role, password=PASSWORD, name=name or address[:20])
        return User(address, uid, role)

    def client(self, user: User) -> Client:
        client = Client(self.base_url, user)
        client.sign_in()
        return client

    def stop(self) -> int:
        if self._database is not None:
            self._database.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@dataclass(frozen=True)
class User:
    email: str
    uid: str
    role: Role


class Client:
    """A signed-in HTTP client of the server with a client id of its own."""

    def __init__(self, base_url: str, user: User) -> None:
        self.base_url = base_url
        self.user = user
        self.client_id = str(uuid.uuid4())
        self.http = requests.Session()
        self.tokens: dict[str, Any] = {}

    def sign_in(self) -> None:
        answer = self.http.post(
            f"{self.base_url}/api/v1/auth/token",
            json={"email": self.user.email, "password": PASSWORD},
            timeout=REQUEST_TIMEOUT_SECONDS,
        )
        assert answer.status_code == 200, answer.text
        self.tokens = answer.json()
        self.http.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.http.get(f"{self.base_url}/api/v1{path}", params=params, timeout=REQUEST_TIMEOUT_SECONDS)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.post(f"{self.base_url}/api/v1{path}", timeout=REQUEST_TIMEOUT_SECONDS, **kwargs)

    def push(self, *mutations: dict[str, Any], client_id: str | None = None) -> requests.Response:
        body = {"client_id": client_id or self.client_id, "mutations": list(mutations)}
        return self.post("/sync/push", json=body)

    def push_ok(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.push(*mutations)
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def pull_all(self, cursor: str = "", limit: int = 500) -> tuple[list[dict[str, Any]], str]:
        """Every page after ``cursor``: the changes and the final cursor."""
        changes: list[dict[str, Any]] = []
        while True:
            answer = self.get("/sync/pull", cursor=cursor, limit=limit)
            assert answer.status_code == 200, answer.text
            page = answer.json()
            changes.extend(page["changes"])
            cursor = page["cursor"]
            if not page["more"]:
                return changes, cursor


def owned_rows(server: ServerProcess, model: type[Base], advocate_uid: str) -> int:
    """How many rows of ``model`` (a table with an ``advocate_id``) belong to the advocate ``advocate_uid``."""
    with server.database.read() as session:
        owner = model.advocate_id  # type: ignore[attr-defined]
        query = select(func.count()).select_from(model).join(Advocate, Advocate.id == owner)
        return session.scalar(query.where(Advocate.uid == advocate_uid)) or 0


def twice_at_once(client: Client, *mutations: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The answers to one push delivered twice at the same moment, both times from ``client``'s client id."""
    answers: list[list[dict[str, Any]]] = []
    barrier = threading.Barrier(2)

    def deliver() -> None:
        twin = Client(client.base_url, client.user)
        twin.client_id = client.client_id
        twin.http.headers["Authorization"] = client.http.headers["Authorization"]
        barrier.wait()
        answers.append(twin.push_ok(*mutations))

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


def mutation(kind: str, **payload: Any) -> dict[str, Any]:
    return {"mutation_id": str(uuid.uuid4()), "kind": kind, "payload": payload}


QUIZ = {"questions": [{"prompt": "Two plus two?", "choices": ["3", "4"], "answer": 1}]}


def quiz_challenge(moderator: Client, *, points: int = 10, cap: int = 1_000, **extra: Any) -> dict[str, Any]:
    """A quiz that approves itself, so each right answer earns ``points`` at once."""
    body = {"title": f"Quiz {uuid.uuid4().hex[:6]}", "kind": "quiz", "points": points, "max_per_advocate": cap}
    body["config"] = QUIZ
    body.update(extra)
    answer = moderator.post("/challenges", json=body)
    assert answer.status_code == 201, answer.text
    challenge: dict[str, Any] = answer.json()
    return challenge


def right_answer(challenge_uid: str) -> dict[str, Any]:
    return mutation("submission.create", challenge_uid=challenge_uid, proof={"answers": [1]})


def start_server(
    database_url: str, data_dir: Path, *, log_name: str = "server.log", port: int | None = None
) -> ServerProcess:
    """A server subprocess on a free loopback port (or ``port``, to restart one at the address clients know).

    Tests run in parallel workers: a port found free can be taken by another worker's server before this one binds
    it, so a server that exits because its address is in use is started again on another port.
    """
    for _attempt in range(5):
        try:
            return _start_server(database_url, data_dir, log_name=log_name, port=port or free_port())
        except AddressInUse:
            if port is not None:
                raise
    raise RuntimeError("no free loopback port for the server after 5 tries")


class AddressInUse(RuntimeError):
    pass


def _start_server(database_url: str, data_dir: Path, *, log_name: str, port: int) -> ServerProcess:
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / log_name
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_ROOT), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "advocate_hub.cli", "serve", "--port", str(port)]
    command += ["--database-url", database_url, "--data-dir", str(data_dir)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    server = ServerProcess(f"http://127.0.0.1:{port}", database_url, data_dir, process, log_path)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = server.log()
            if "address already in use" in log.lower():
                raise AddressInUse(log)
            raise RuntimeError(f"the server exited with {process.returncode}:\n{log}")
        try:
            if requests.get(f"{server.base_url}/healthz", timeout=2).status_code == 200:
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"the server did not answer /healthz within {START_TIMEOUT_SECONDS}s:\n{server.log()}")


def admin_conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def throwaway_postgres(base: str, template: str | None = None) -> Iterator[str]:
    """A new database on the PostgreSQL server of ``base`` (a copy of the database ``template``, when given),
    dropped (even if still in use) afterwards."""
    name = f"advocate_hub_test_{secrets.token_hex(6)}"
    copy_of = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin_conninfo(base), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"{copy_of}')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_conninfo(base), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def migrated_postgres_template(base: str, data_dir: Path) -> Iterator[str]:
    """The name of a throw-away database prepared as a server prepares its own (schema at head, change counter), to
    copy with ``throwaway_postgres(base, template=...)``: a server started on a copy skips the migrations, about a
    second of CPU per module. Nothing stays connected to it, as PostgreSQL copies only a database nobody uses."""
    with throwaway_postgres(base) as url:
        open_database(url, data_dir).close()
        name = make_url(url).database
        assert name is not None
        yield name


def migrated_sqlite_template(path: Path) -> Path:
    """A server SQLite file at ``path`` prepared as a server prepares its own, to copy for each server started: the
    server recognises the schema at head and skips the migrations."""
    open_database(f"sqlite:///{path}", path.parent).close()
    assert not path.with_name(f"{path.name}-wal").exists(), "the template was not checkpointed on close"
    return path
