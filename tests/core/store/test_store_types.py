"""``UTCDateTime``: aware UTC datetimes in and out, naive ones refused, other zones converted to UTC."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.types import UTCDateTime

BERLIN_SUMMER = timezone(timedelta(hours=2), "CEST")
NEW_YORK_WINTER = timezone(timedelta(hours=-5), "EST")

metadata = MetaData()
moments = Table("moments", metadata, Column("id", Integer, primary_key=True), Column("at", UTCDateTime()))


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def round_trip(engine: Engine, value: datetime | None) -> datetime | None:
    with engine.begin() as connection:
        row_id = connection.execute(insert(moments).values(at=value)).inserted_primary_key[0]
        return connection.execute(select(moments.c.at).where(moments.c.id == row_id)).scalar_one()


def test_aware_utc_comes_back_aware_utc_and_equal(engine: Engine) -> None:
    moment = datetime(2025, 3, 3, 12, 30, 15, 123456, tzinfo=UTC)
    back = round_trip(engine, moment)
    assert back == moment
    assert back is not None
    assert back.tzinfo is UTC


def test_other_zones_are_converted_to_utc(engine: Engine) -> None:
    moment = datetime(2025, 7, 1, 9, 0, tzinfo=BERLIN_SUMMER)
    back = round_trip(engine, moment)
    assert back == moment
    assert back is not None
    assert back.tzinfo is UTC
    assert (back.hour, back.minute) == (7, 0)

    winter = round_trip(engine, datetime(2025, 1, 31, 22, 0, tzinfo=NEW_YORK_WINTER))
    assert winter == datetime(2025, 2, 1, 3, 0, tzinfo=UTC)


def test_sqlite_stores_utc_wall_time(engine: Engine) -> None:
    round_trip(engine, datetime(2025, 7, 1, 9, 0, tzinfo=BERLIN_SUMMER))
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT at FROM moments ORDER BY id DESC LIMIT 1")).scalar_one()
    assert stored.startswith("2025-07-01 07:00:00")


def test_none_stays_none(engine: Engine) -> None:
    assert round_trip(engine, None) is None


def test_a_naive_datetime_is_refused(engine: Engine) -> None:
    with engine.connect() as connection:
        statement = insert(moments).values(at=datetime(2025, 3, 3, 12, 0))
        with pytest.raises(StatementError, match="naive datetime") as info:
            connection.execute(statement)
    assert isinstance(info.value.orig, ValueError)


@settings(max_examples=60, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30)),
    offset_minutes=st.integers(-14 * 60, 14 * 60),
)
def test_any_aware_moment_round_trips_to_the_same_instant_in_utc(
    engine: Engine, moment: datetime, offset_minutes: int
) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    back = round_trip(engine, aware)
    assert back == aware
    assert back is not None
    assert back.tzinfo is UTC


def test_postgresql_gets_aware_utc_values() -> None:
    column_type = UTCDateTime()
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    moment = datetime(2025, 7, 1, 9, 0, tzinfo=BERLIN_SUMMER)

    bound = column_type.process_bind_param(moment, dialect)
    assert bound == moment
    assert bound is not None
    assert bound.tzinfo is UTC

    from_server = column_type.process_result_value(moment, dialect)
    assert from_server == moment
    assert from_server is not None
    assert from_server.tzinfo is UTC

    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2025, 7, 1, 9, 0), dialect)


def test_sqlite_gets_naive_utc_values() -> None:
    bound = UTCDateTime().process_bind_param(datetime(2025, 7, 1, 9, 0, tzinfo=BERLIN_SUMMER), sqlite.dialect())
    assert bound == datetime(2025, 7, 1, 7, 0)


def test_a_model_with_a_naive_datetime_fails_on_flush_and_nothing_is_written(tmp_path: Path) -> None:
    with Program.open(tmp_path) as program:

        def add_naive(session: Session, now: datetime) -> None:
            session.add(
                Advocate(
                    email="naive@example.com",
                    name="Naive Time",
                    role=Role.ADVOCATE,
                    status=AdvocateStatus.ACTIVE,
                    referral_code="NAIVE123",
                    created_at=datetime(2025, 3, 3, 12, 0),
                    updated_at=now,
                    last_active_at=None,
                )
            )
            session.flush()

        with pytest.raises(StatementError, match="naive datetime") as info:
            program.run(add_naive)
        assert isinstance(info.value.orig, ValueError)
        assert program.is_empty()


def test_model_datetimes_come_back_aware(tmp_path: Path) -> None:
    joined = datetime(2025, 7, 1, 9, 0, tzinfo=BERLIN_SUMMER)
    with Program.open(tmp_path, clock=lambda: joined) as program:
        program.run(advocates.create, new=advocates.NewAdvocate("ada@example.com", "Ada"))
        created_at = program.read(lambda s: s.scalars(select(Advocate.created_at)).one())
    assert created_at == joined
    assert created_at.tzinfo is UTC
