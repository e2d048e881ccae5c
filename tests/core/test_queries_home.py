"""The home read model: newest activity first, the tier's next step, and the moderators' words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.queries.home import home
from advocate_hub.core.queries.people import people
from advocate_hub.core.services.program import Program

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_home_lists_activity_and_messages_newest_first(tmp_path: Path) -> None:
    with Program.open(tmp_path, clock=lambda: NOW) as program:
        create_demo(program, seed=7)
        for person in program.read(people)[:12]:
            data = program.read(home, advocate_id=person.id, now=NOW)
            moments = [entry.when for entry in data.activity]
            assert moments == sorted(moments, reverse=True)
            said = [message.when for message in data.messages]
            assert said == sorted(said, reverse=True)
            assert all(NOW - moment < timedelta(days=200) for moment in moments)
            if data.progress.next_tier is not None:
                assert data.next_benefits
