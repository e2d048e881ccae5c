"""The audit log query: filters agree with a brute-force filter over the raw rows, pages tile, CSV is safe."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from advocate_hub.core.queries import audit_log
from advocate_hub.core.queries.audit_log import AuditFilter
from advocate_hub.core.services import audit
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, AuditEntry
from tests.core.services.conftest import START, FakeClock, Hub, prepare

FORMULA = "=cmd|' /C calc'!A0"
ACTIONS = ["reward.create", "reward.update", "reward.retire", "redemption.fulfil", "redemption.cancel", "points.adjust"]
TARGETS = {"reward": "reward", "redemption": "redemption", "points": "advocate"}
WORDS = ["Shipped", "out of sizes", "Größe fehlt", "duplicate entry", "100% promo_code", FORMULA]


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Hub, list[int]]]:
    """150 audit rows from three people (and some from nobody) over 20 days; the tests only read them."""
    clock = FakeClock()
    with Program.open(tmp_path_factory.mktemp("audit"), clock=clock) as program:
        prepare(program)
        hub = Hub(program, clock)
        people = [hub.mod, hub.moderator("Tomás Rivera"), hub.moderator("Priya Staff")]
        hub.program.run(_write, people=people)
        yield hub, people


def _write(session: Any, now: Any, people: list[int]) -> None:
    rng = random.Random(5)
    for _number in range(150):
        action = rng.choice(ACTIONS)
        state = rng.choice(
            [
                None,
                {"reason": rng.choice(WORDS)},
                {"status": "cancelled", "reason": rng.choice(WORDS), "cost": rng.randint(1, 999)},
                {"nested": {"list": [rng.choice(WORDS), 42]}, "active": True},
            ]
        )
        audit.record(
            session,
            actor_id=rng.choice([*people, None]),
            action=action,
            target_type=TARGETS[action.split(".")[0]],
            target_id=rng.randint(1, 30),
            now=START - timedelta(minutes=rng.randint(0, 20 * 24 * 60)),
            before=rng.choice([None, {"status": "requested"}]),
            after=state,
        )


def raw_rows(hub) -> list[tuple[AuditEntry, str]]:
    names = {person.id: person.name for person in hub.rows(Advocate)}
    return [(row, names.get(row.actor_id, "")) for row in hub.rows(AuditEntry)]


def leaves(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in leaves(item)]
    if isinstance(value, bool) or value is None:
        return []
    return [str(value)]


def brute_force(hub, wanted: AuditFilter) -> list[int]:
    """The filter's meaning, written out over every raw row, newest first."""
    kept = []
    for row, name in raw_rows(hub):
        texts = [name, row.action, row.target_type, *leaves(row.before), *leaves(row.after)]
        if (
            (wanted.actor_id is None or row.actor_id == wanted.actor_id)
            and row.action.startswith(wanted.action_prefix)
            and (not wanted.target_type or row.target_type == wanted.target_type)
            and (wanted.since is None or row.created_at >= wanted.since)
            and (wanted.until is None or row.created_at < wanted.until)
            and (not wanted.text.strip() or any(wanted.text.strip().casefold() in t.casefold() for t in texts))
        ):
            kept.append(row)
    kept.sort(key=lambda row: (row.created_at, row.id), reverse=True)
    return [row.id for row in kept]


def filters(people: list[int]) -> list[AuditFilter]:
    week_ago = START - timedelta(days=7)
    return [
        AuditFilter(),
        AuditFilter(actor_id=people[1]),
        AuditFilter(action_prefix="reward."),
        AuditFilter(action_prefix="redemption.cancel"),
        AuditFilter(action_prefix="reward%"),
        AuditFilter(target_type="redemption"),
        AuditFilter(since=week_ago),
        AuditFilter(until=week_ago),
        AuditFilter(since=week_ago - timedelta(days=3), until=week_ago),
        AuditFilter(text="SHIPPED"),
        AuditFilter(text="größe"),
        AuditFilter(text="100%"),
        AuditFilter(text="promo_"),
        AuditFilter(text="tomás"),
        AuditFilter(text="42"),
        AuditFilter(text="=cmd"),
        AuditFilter(text="status"),
        AuditFilter(text="cancelled"),
        AuditFilter(actor_id=people[0], action_prefix="re", target_type="reward", since=week_ago, text="e"),
        AuditFilter(actor_id=people[2], target_type="advocate", until=START, text="d"),
    ]


def test_every_filter_returns_exactly_the_rows_a_brute_force_filter_returns(logged) -> None:
    hub, people = logged
    assert hub.count(AuditEntry) == 150
    sizes = []
    for wanted in filters(people):
        expected = brute_force(hub, wanted)
        sizes.append(len(expected))
        got = hub.program.read(audit_log.page, filter=wanted, offset=0, limit=1000)

        assert [row.id for row in got.rows] == expected, wanted
        assert got.total == len(expected), wanted
    assert sizes[0] == 150
    assert sizes[4] == 0, "a % in the action prefix is a plain character, not a wildcard"
    assert sizes[16] == 0, "key names are not text"
    assert all(0 < size < 150 for position, size in enumerate(sizes) if position not in {0, 4, 16}), str(sizes)


@pytest.mark.parametrize("text", ["", "e"])
def test_pages_tile_the_whole_result_newest_first(logged, text: str) -> None:
    hub, _people = logged
    wanted = AuditFilter(text=text)
    expected = brute_force(hub, wanted)
    seen: list[int] = []
    for offset in range(0, len(expected) + 20, 20):
        part = hub.program.read(audit_log.page, filter=wanted, offset=offset, limit=20)
        assert part.total == len(expected)
        seen += [row.id for row in part.rows]

    assert seen == expected


def test_facets_name_the_people_actions_and_targets_that_occur(logged) -> None:
    hub, people = logged
    found = hub.program.read(audit_log.facets)

    assert [actor_id for actor_id, _ in found.actors] == sorted(
        people, key=lambda i: next(n for p, n in found.actors if p == i)
    )
    assert set(found.actions) == {row.action for row in hub.rows(AuditEntry)}
    assert set(found.target_types) == {"reward", "redemption", "advocate"}


def test_the_csv_export_holds_every_filtered_row_with_formulas_neutralised(logged, tmp_path: Path) -> None:
    hub, _people = logged
    wanted = AuditFilter(target_type="redemption")
    expected = brute_force(hub, wanted)
    path = tmp_path / "audit.csv"

    written = hub.program.read(audit_log.export_csv, filter=wanted, path=path)

    with path.open(encoding="utf-8-sig", newline="") as stream:
        header, *lines = list(csv.reader(stream))
    assert written == len(lines) == len(expected)
    assert header == list(audit_log.CSV_HEADER)
    by_id = {row.id: row for row in hub.rows(AuditEntry)}
    assert [line[3] for line in lines] == [by_id[i].action for i in expected]
    reasons = [line[6] for line in lines]
    assert "'" + FORMULA in reasons
    assert FORMULA not in reasons
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)
