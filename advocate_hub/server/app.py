"""Building the FastAPI application: the database, the routes under ``/api/v1``, middleware and health."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI

from advocate_hub import __version__
from advocate_hub.core.clock import utc_now
from advocate_hub.server import auth, changes
from advocate_hub.server.accounts import AccountReader
from advocate_hub.server.answers import AnswerCache
from advocate_hub.server.checkpoints import Checkpointer
from advocate_hub.server.db import open_database
from advocate_hub.server.deps import Db
from advocate_hub.server.direct_push import DirectDeclines
from advocate_hub.server.lanes import Lanes
from advocate_hub.server.middleware import AccessLog, BodyLimit, NoNulCharacters
from advocate_hub.server.routes import auth as auth_routes
from advocate_hub.server.routes import challenges, leaderboard, ledger, me, metrics, moderation, privacy, sync
from advocate_hub.server.schemas import Health

API_PREFIX = "/api/v1"
DATABASE_URL_ENV = "ADVOCATE_HUB_SERVER_DATABASE_URL"
DATA_DIR_ENV = "ADVOCATE_HUB_SERVER_DATA_DIR"


def create_app(database_url: str | None, data_dir: Path) -> FastAPI:
    """The server over the database at ``database_url`` (default: a SQLite file in ``data_dir``), migrated."""
    database = open_database(database_url, data_dir)
    with database.write() as session:
        signing_key = auth.load_signing_key(session, utc_now())

    accounts = AccountReader(database)
    checkpointer = None if database.is_postgresql else Checkpointer(database.path)
    direct_declines = DirectDeclines(database)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if checkpointer is not None:
            checkpointer.start()
        yield
        if checkpointer is not None:
            checkpointer.stop()
        direct_declines.close()
        await accounts.close()
        database.close()

    app = FastAPI(
        title="Advocate Hub sync server",
        version=__version__,
        description="Accounts, push/pull sync, leaderboards and moderation; see docs/sync-protocol.md.",
        lifespan=lifespan,
        # FastAPI's built-in OpenTelemetry hooks: nothing here configures a provider, yet with them on every request
        # asks whether one is configured (about a tenth of a fast-lane request's time).
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.database = database
    app.state.signing_key = signing_key
    app.state.answers = AnswerCache()
    app.state.accounts = accounts
    app.state.direct_declines = direct_declines

    api = APIRouter(prefix=API_PREFIX)
    # A request is matched against the routers in this order: the ones every client calls again and again first.
    for module in (sync, leaderboard, auth_routes, me, challenges, moderation, ledger, privacy, metrics):
        api.include_router(module.router)
    app.include_router(api)

    @app.get("/healthz", tags=["health"])
    def healthz(db: Db) -> Health:
        with db.read() as session:
            cursor = changes.current_seq(session)
        return Health(status="ok", database=db.engine.dialect.name, cursor=cursor)

    # Added first, so it runs inside the others: the body limit, the NUL check and the access log see its requests.
    app.add_middleware(Lanes, prefix=API_PREFIX)
    app.add_middleware(NoNulCharacters)
    app.add_middleware(BodyLimit)
    app.add_middleware(AccessLog)
    return app


def app_from_environment() -> FastAPI:
    """The factory ``advocate-hub serve`` hands to uvicorn (one call per worker process)."""
    configure_logging()
    return create_app(os.environ.get(DATABASE_URL_ENV) or None, Path(os.environ[DATA_DIR_ENV]))


def configure_logging() -> None:
    """Log lines to stderr (once per process: uvicorn's worker processes call this again)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("advocate_hub").setLevel(logging.INFO)
