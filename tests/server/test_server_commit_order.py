"""Sequence numbers follow commit order, so a pull never skips a change that commits late.

The classic bug: numbering changes from a sequence when the row is written, then a transaction that took number
5 commits after one that took 6; a client that pulled 6 moves its cursor past 5 and never sees it. Here numbers
are taken from the locked counter row just before commit, so this cannot happen; these tests show it on the real
database, with two transactions in flight at once.
"""

from __future__ import annotations

import json
import threading
import time

from sqlalchemy.orm import Session

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import advocates, challenges
from advocate_hub.core.store.models import Challenge
from advocate_hub.server import changes
from advocate_hub.server.db import ServerDatabase


def two_challenges(db: ServerDatabase) -> tuple[int, int, int]:
    with db.write() as session:
        moderator = advocates.create(
            session,
            advocates.NewAdvocate(email=f"m{time.time_ns()}@example.com", name="Mo", role=Role.MODERATOR),
            utc_now(),
        )
        ids = [
            challenges.create(
                session,
                actor_id=moderator.id,
                draft=ChallengeDraft(title=f"Challenge {n}", kind=ChallengeKind.CONTENT, points=1, starts_at=utc_now()),
                now=utc_now(),
            ).id
            for n in range(2)
        ]
    with db.read() as session:
        return moderator.id, ids[0], ids[1]


def retitle(session: Session, challenge_id: int, title: str) -> None:
    challenge = session.get(Challenge, challenge_id)
    assert challenge is not None
    challenge.title = title
    session.flush()


def pulled_titles(db: ServerDatabase, viewer_id: int, after: int) -> list[tuple[int, str]]:
    with db.read() as session:
        page = changes.page_after(session, viewer_id=viewer_id, viewer_uid="", after=after, limit=1_000)
    pulled = [json.loads(text) for text in page.changes]
    return [(c["seq"], c["data"]["title"]) for c in pulled if c["entity"] == "challenge"]


def cursor_now(db: ServerDatabase) -> int:
    with db.read() as session:
        return changes.current_seq(session)


def test_the_transaction_that_starts_first_and_commits_last_gets_the_higher_number(database: ServerDatabase) -> None:
    viewer, first_id, second_id = two_challenges(database)
    cursor = cursor_now(database)
    first_written = threading.Event()
    second_committed = threading.Event()

    def slow_writer() -> None:
        with database.write() as session:
            retitle(session, first_id, "written first, committed last")
            first_written.set()
            assert second_committed.wait(10)

    slow = threading.Thread(target=slow_writer)
    slow.start()
    assert first_written.wait(10)
    if database.is_postgresql:  # SQLite's single writer would wait here until the slow one ends
        with database.write() as session:
            retitle(session, second_id, "written second, committed first")
        between = pulled_titles(database, viewer, cursor)
        assert [title for _, title in between] == ["written second, committed first"]
        cursor = between[-1][0]
    second_committed.set()
    slow.join(10)

    after = pulled_titles(database, viewer, cursor)

    assert [title for _, title in after] == ["written first, committed last"]
    assert after[0][0] > cursor


def test_a_writer_numbering_its_changes_holds_the_counter_until_it_commits(database: ServerDatabase) -> None:
    """A pull between the two commits cannot move past the change still in flight: the second writer waits."""
    viewer, first_id, second_id = two_challenges(database)
    cursor = cursor_now(database)
    numbered, release, second_done = threading.Event(), threading.Event(), threading.Event()

    def first_writer() -> None:
        with database.write() as session:
            retitle(session, first_id, "first")
            changes.publish(session)  # takes its numbers (and the counter lock) now, commits later
            numbered.set()
            assert release.wait(10)

    def second_writer() -> None:
        with database.write() as session:
            retitle(session, second_id, "second")
        second_done.set()

    first = threading.Thread(target=first_writer)
    first.start()
    assert numbered.wait(10)
    second = threading.Thread(target=second_writer)
    second.start()

    blocked = not second_done.wait(1.0)
    in_between = pulled_titles(database, viewer, cursor)
    release.set()
    first.join(10)
    second.join(10)
    after = pulled_titles(database, viewer, cursor)

    assert blocked, "the second writer committed while the first held numbers it had not committed"
    assert in_between == []
    assert [title for _, title in after] == ["first", "second"]
    assert after[0][0] < after[1][0]
