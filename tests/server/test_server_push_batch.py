"""The design of a push, not its speed: a run of declines is applied set-wise, in a number of SQL statements that
does not grow with the run, with the same answers and change feed as one mutation at a time."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import advocates, challenges
from advocate_hub.core.store.database import Database
from advocate_hub.core.store.models import Decline
from advocate_hub.core.store.server_models import ChangeLogEntry
from advocate_hub.core.sync.identity import Role as IdentityRole
from advocate_hub.core.sync.identity import derived_uid
from advocate_hub.server import apply
from advocate_hub.server.db import ServerDatabase, open_database


def _people_and_challenge(db: ServerDatabase) -> tuple[int, str]:
    now = utc_now()
    with db.write() as session:
        tag = uuid.uuid4().hex[:8]
        moderator = advocates.create(
            session, advocates.NewAdvocate(email=f"m{tag}@example.com", name="Mo", role=Role.MODERATOR), now
        )
        person = advocates.create(session, advocates.NewAdvocate(email=f"a{tag}@example.com", name="Ann"), now)
        challenge = challenges.create(
            session,
            actor_id=moderator.id,
            draft=ChallengeDraft(title="Talk", kind=ChallengeKind.CONTENT, points=5, starts_at=now),
            now=now,
        )
        return person.id, challenge.uid


def _declines(challenge_uid: str, count: int) -> list[apply.Pushed]:
    return [
        apply.Pushed(str(uuid.uuid4()), "decline.create", {"challenge_uid": challenge_uid, "reason": f" no {n} "})
        for n in range(count)
    ]


def _statements(db: ServerDatabase, actor_id: int, mutations: list[apply.Pushed]) -> int:
    executed: list[str] = []

    def count(*args: Any) -> None:
        executed.append(args[2])

    client_id = str(uuid.uuid4())
    apply.apply_batch(db, actor_id=actor_id, client_id=client_id, mutations=mutations[:1])  # the client's first push
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        outcomes = apply.apply_batch(db, actor_id=actor_id, client_id=client_id, mutations=mutations[1:])
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert {outcome.status for outcome in outcomes} == {apply.APPLIED}
    return len(executed)


def test_a_run_of_declines_costs_the_same_statements_whatever_its_length(database: ServerDatabase) -> None:
    actor_id, challenge_uid = _people_and_challenge(database)
    few = _statements(database, actor_id, _declines(challenge_uid, 1 + 5))
    many = _statements(database, actor_id, _declines(challenge_uid, 1 + 150))
    assert many == few


def test_set_wise_declines_answer_and_publish_as_single_ones_do(database: ServerDatabase) -> None:
    actor_id, challenge_uid = _people_and_challenge(database)
    client_id = str(uuid.uuid4())
    unknown = str(uuid.uuid4())
    pushed = _declines(challenge_uid, 3)
    pushed.insert(1, apply.Pushed(str(uuid.uuid4()), "decline.create", {"challenge_uid": unknown}))
    pushed.insert(2, apply.Pushed(str(uuid.uuid4()), "decline.create", {"challenge_uid": challenge_uid, "pts": 1}))
    pushed.append(pushed[0])

    outcomes = apply.apply_batch(database, actor_id=actor_id, client_id=client_id, mutations=pushed)

    expected = {m.mutation_id: derived_uid(m.mutation_id, IdentityRole.DECLINE) for m in pushed}
    assert [(o.status, o.reason) for o in outcomes] == [
        ("applied", None),
        ("rejected", "not_found"),
        ("rejected", "invalid"),
        ("applied", None),
        ("applied", None),
        ("duplicate", None),
    ]
    assert outcomes[1].message == f"There is no challenge {unknown}."
    applied = [m.mutation_id for m, o in zip(pushed, outcomes, strict=True) if o.status == "applied"]
    assert [o.result for o in outcomes if o.status == "applied"] == [{"decline_uid": expected[m]} for m in applied]
    with database.read() as session:
        stored = {
            row.uid: row.reason for row in session.scalars(select(Decline).where(Decline.advocate_id == actor_id))
        }
        published = set(session.scalars(select(ChangeLogEntry.uid).where(ChangeLogEntry.entity == "decline")))
    assert stored == {expected[m]: f"no {n}" for n, m in zip((0, 1, 2), applied, strict=True)}
    assert set(stored) <= published

    again = apply.apply_batch(database, actor_id=actor_id, client_id=client_id, mutations=pushed)
    assert [o.status for o in again] == ["duplicate", "rejected", "rejected", "duplicate", "duplicate", "duplicate"]


def test_another_accounts_client_id_is_refused_inside_the_push(database: ServerDatabase) -> None:
    actor_id, challenge_uid = _people_and_challenge(database)
    other_id, _ = _people_and_challenge(database)
    client_id = str(uuid.uuid4())
    apply.apply_batch(database, actor_id=actor_id, client_id=client_id, mutations=_declines(challenge_uid, 2))
    with pytest.raises(apply.ClientOfAnotherAccount):
        apply.apply_batch(database, actor_id=other_id, client_id=client_id, mutations=_declines(challenge_uid, 2))
    with database.read() as session:
        assert session.scalar(select(Decline.id).where(Decline.advocate_id == other_id)) is None


def test_the_servers_sqlite_skips_the_fsync_per_commit_and_the_desktop_keeps_it(tmp_path: Path) -> None:
    server = open_database(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path)
    desktop = Database.open_file(tmp_path / "desktop.sqlite")
    try:
        with server.read() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with desktop.read() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        server.close()
        desktop.close()
