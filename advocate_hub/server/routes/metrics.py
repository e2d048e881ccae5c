"""Program metrics for managers: the same core computation as the desktop dashboard, as JSON tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from advocate_hub.core.clock import utc_now
from advocate_hub.core.queries.metrics import program_metrics
from advocate_hub.server.deps import Db, Manager
from advocate_hub.server.schemas import Problem

router = APIRouter(tags=["metrics"])
MAX_RANGE = timedelta(days=366 * 3)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
"""Dates outside these years are typing mistakes; refusing them also keeps date arithmetic in range."""


class MetricsTable(BaseModel):
    header: list[str]
    rows: list[list[Any]]


class MetricsAnswer(BaseModel):
    start: datetime
    end: datetime
    tables: dict[str, MetricsTable]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@router.get("/metrics", responses={403: {"model": Problem}, 422: {"model": Problem}})
def metrics(
    *,
    _caller: Manager,
    db: Db,
    start: Annotated[datetime | None, Query()] = None,
    end: Annotated[datetime | None, Query()] = None,
) -> MetricsAnswer:
    """Every figure of "What the program measures" for ``[start, end)`` (default: the last 30 days)."""
    now = utc_now()
    until = _utc(end) if end is not None else now
    if not EARLIEST + timedelta(days=30) <= until <= LATEST:
        raise HTTPException(status_code=422, detail="Choose dates between the years 2000 and 2200.")
    since = _utc(start) if start is not None else until - timedelta(days=30)
    if not EARLIEST <= since < until or until - since > MAX_RANGE:
        raise HTTPException(status_code=422, detail="Choose a start before the end, at most three years apart.")
    with db.read() as session:
        figures = program_metrics(session, start=since, end=until, now=now)
    return MetricsAnswer(
        start=since,
        end=until,
        tables={
            name: MetricsTable(header=list(table.header), rows=[list(row) for row in table.rows])
            for name, table in figures.tables().items()
        },
    )
