"""The pull asks for the next page while it applies one, so the server's work and the network overlap the
client's database writes; each page is still applied with its cursor in one transaction, in order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from advocate_hub.core.api.client import PullPage
from advocate_hub.core.services.program import Program
from advocate_hub.core.sync import engine as engine_module
from advocate_hub.core.sync.engine import CURSOR_KEY, SyncEngine, _Run, _state

PAGES = 4
WAIT = 5.0


class PagedFeed:
    """A server whose feed is ``PAGES`` pages; remembers which page was asked for when."""

    def __init__(self) -> None:
        self.asked = [threading.Event() for _ in range(PAGES)]
        self.cursors: list[str] = []

    def pull(self, cursor: str, limit: int) -> PullPage:
        number = int(cursor or 0)
        self.cursors.append(cursor)
        self.asked[number].set()
        change = {"seq": number, "entity": "page", "uid": str(number), "op": "upsert", "data": {}}
        return PullPage([change], str(number + 1), more=number + 1 < PAGES, reset=False, clock_skew=None)

    def health(self) -> dict[str, Any]:
        return {"cursor": PAGES}


@pytest.fixture
def program(tmp_path: Path) -> Iterator[Program]:
    with Program.open(tmp_path) as program:
        yield program


def test_the_next_page_is_asked_for_while_a_page_is_applied(program: Program, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = PagedFeed()
    applied: list[tuple[int, bool]] = []

    class WatchingApplier:
        def __init__(self, _session: object) -> None:
            pass

        def apply(self, changes: list[dict[str, Any]]) -> int:
            number = changes[0]["seq"]
            following = number + 1
            applied.append((number, following >= PAGES or feed.asked[following].wait(WAIT)))
            return len(changes)

    monkeypatch.setattr(engine_module, "Applier", WatchingApplier)
    engine = SyncEngine(program, feed, client_id="c")  # type: ignore[arg-type]
    report = _Run()

    engine.pull(report, None, lambda: False)

    assert applied == [(number, True) for number in range(PAGES)]
    assert feed.cursors == ["", "1", "2", "3"]
    assert report.pulled == PAGES
    with program.database.read() as session:
        assert _state(session, CURSOR_KEY) == str(PAGES)


def test_a_cancel_applies_the_page_in_hand_and_asks_for_no_more(
    program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = PagedFeed()
    applied: list[int] = []

    class RecordingApplier:
        def __init__(self, _session: object) -> None:
            pass

        def apply(self, changes: list[dict[str, Any]]) -> int:
            applied.append(changes[0]["seq"])
            return len(changes)

    monkeypatch.setattr(engine_module, "Applier", RecordingApplier)
    engine = SyncEngine(program, feed, client_id="c")  # type: ignore[arg-type]
    report = _Run()
    checks = iter([False, False, True])

    engine.pull(report, None, lambda: next(checks))

    assert report.cancelled
    assert applied == [0, 1]
    assert feed.cursors == ["", "1"]
    with program.database.read() as session:
        assert _state(session, CURSOR_KEY) == "2"
