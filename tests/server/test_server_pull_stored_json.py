"""A pull page is written around the feed's stored JSON text: a change's ``data`` is never parsed to be sent.

A first sync is about a hundred thousand changes; parsing each one's stored JSON and serialising it again was most
of a page's server time. Stored text with spacing no serialiser writes comes out of the page unchanged, which
only passing it through can do.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import JSON, Text, cast, func, insert, select, type_coerce

from advocate_hub.core.clock import utc_now
from advocate_hub.core.store.server_models import ChangeLogEntry
from advocate_hub.server import changes
from advocate_hub.server.db import ServerDatabase

ODD = '{"uid":   "odd" ,"title" : "caf\\u00e9 \\"quoted\\"",  "n": [1 , 2]}'
"""Valid JSON laid out as no serialiser would write it."""


def store_raw(db: ServerDatabase, entity: str, uid: str, text: str) -> int:
    """Write a feed row whose ``data`` is exactly ``text`` (PostgreSQL's ``json`` keeps its input text); its
    number."""
    with db.write() as session:
        seq = (session.scalar(select(func.max(ChangeLogEntry.seq))) or 0) + 1_000
        raw = type_coerce(text, Text)
        data = cast(raw, JSON) if db.is_postgresql else raw
        row = {"seq": seq, "entity": entity, "uid": uid, "owner_id": None, "op": "upsert", "created_at": utc_now()}
        session.execute(insert(ChangeLogEntry.__table__).values({**row, "data": data}))
    return seq


@pytest.mark.parametrize("replica", [False, True])
def test_a_page_carries_the_stored_json_text_unchanged(database: ServerDatabase, replica: bool) -> None:
    seq = store_raw(database, "challenge", 'odd "uid" \\ here', ODD)

    with database.read() as session:
        page = changes.page_after(session, viewer_id=0, viewer_uid="", after=seq - 1, limit=10, replica=replica)

    [text] = page.changes
    assert f'"data":{ODD}' in text
    assert json.loads(text) == {
        "seq": seq,
        "entity": "challenge",
        "uid": 'odd "uid" \\ here',
        "op": "upsert",
        "data": {"uid": "odd", "title": 'café "quoted"', "n": [1, 2]},
    }
    assert page.more is False
    assert page.cursor is not None
    assert page.cursor.startswith(f"{seq}.")


def test_an_owner_is_written_only_for_a_replica() -> None:
    public = json.loads(changes.change_json(7, "score", "u:1", "upsert", '{"points": 1}'))
    owned = json.loads(changes.change_json(8, "submission", "s1", "upsert", "{}", owner='o"1'))

    assert "owner" not in public
    assert owned["owner"] == 'o"1'
