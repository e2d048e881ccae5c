"""Helpers for the client sync tests: a local program synced with a real server subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, Challenge, LedgerEntry, OutboxEntry, SyncState
from advocate_hub.core.sync import actions
from advocate_hub.core.sync.engine import SyncEngine, client_id_of

PASSWORD = "correct horse battery"
SCRIPT = Path(__file__).with_name("client_process.py")
SOURCE_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class LocalClient:
    data_dir: Path
    program: Program
    api: ApiClient
    engine: SyncEngine
    email: str

    def me_id(self) -> int:
        with self.program.database.read() as session:
            uid = session.scalar(select(SyncState.value).where(SyncState.key == "advocate_uid"))
            found = session.scalar(select(Advocate.id).where(Advocate.uid == uid))
            assert found is not None
            return found

    def challenge_id(self, uid: str) -> int:
        with self.program.database.read() as session:
            found = session.scalar(select(Challenge.id).where(Challenge.uid == uid))
            assert found is not None
            return found

    def complete(self, challenge_uid: str) -> None:
        self.program.run(
            actions.complete,
            advocate_id=self.me_id(),
            challenge_id=self.challenge_id(challenge_uid),
            proof={"answers": [1]},
            disclosure_acknowledged=False,
        )

    def ledger(self) -> list[tuple[str, int, str]]:
        with self.program.database.read() as session:
            me = self.me_id()
            rows = session.execute(
                select(LedgerEntry.uid, LedgerEntry.points, LedgerEntry.kind).where(LedgerEntry.advocate_id == me)
            ).all()
            return sorted((uid, points, kind.value) for uid, points, kind in rows)

    def waiting(self) -> int:
        with self.program.database.read() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def reopen(self) -> None:
        self.program.close()
        self.program = Program.open(self.data_dir, self.program.clock)
        self.engine = SyncEngine(self.program, self.api, client_id=client_id_of(self.program), sleep=lambda _s: None)

    def close(self) -> None:
        self.program.close()


def open_client(data_dir: Path, base_url: str, email: str, **program: Any) -> LocalClient:
    prog = Program.open(data_dir, **program)
    api = ApiClient(base_url)
    api.sign_in(email, PASSWORD)
    engine = SyncEngine(prog, api, client_id=client_id_of(prog), sleep=lambda _s: None)
    return LocalClient(data_dir, prog, api, engine, email)


def server_ledger(api_client: Any, advocate_uid: str) -> list[tuple[str, int, str]]:
    """The server's ledger of one advocate, as (uid, points, kind), via a moderator's HTTP client."""
    answer = api_client.get(f"/advocates/{advocate_uid}/ledger", limit=1000)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    entries = body["entries"] if isinstance(body, dict) else body
    return sorted((e["uid"], e["points"], e["kind"]) for e in entries)


def run_client(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_ROOT), full.get("PYTHONPATH")]))
    full.update(env or {})
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=full, capture_output=True, text=True, timeout=120, check=False
    )
