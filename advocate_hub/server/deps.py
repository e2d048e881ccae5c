"""What route handlers share: the database, the signed-in caller, and domain errors as HTTP answers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import (
    AdvocateHubError,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationError,
)
from advocate_hub.core.services.access import MANAGERS
from advocate_hub.server.accounts import AccountReader
from advocate_hub.server.answers import AnswerCache
from advocate_hub.server.auth import AuthError, read_access_token
from advocate_hub.server.db import ServerDatabase

bearer = HTTPBearer(auto_error=False, description="The access token from /api/v1/auth/token")


@dataclass(frozen=True, slots=True)
class Caller:
    id: int
    uid: str
    role: Role
    seq: int = 0
    """The change feed's last number when the account was read. Anything read after it is at least that new, so
    an answer cached under this number is current for as long as the number has not moved (``AnswerCache``)."""

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGERS


async def database(request: Request) -> ServerDatabase:
    """Dependencies that neither wait nor compute are ``async``: FastAPI runs a plain ``def`` dependency on its
    thread pool, a hand-over that costs more than the work of these."""
    db: ServerDatabase = request.app.state.database
    return db


Db = Annotated[ServerDatabase, Depends(database)]


async def answer_cache(request: Request) -> AnswerCache:
    cache: AnswerCache = request.app.state.answers
    return cache


Answers = Annotated[AnswerCache, Depends(answer_cache)]


def unauthorized(message: str) -> HTTPException:
    return HTTPException(status_code=401, detail=message, headers={"WWW-Authenticate": "Bearer"})


CHECKED_CALLER = "advocate_hub.caller"
"""Where in the request's state ``lanes`` leaves the account it read for a request it passes on."""


async def any_caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    """The account behind the bearer token (any role, kiosks included), read on the event loop (``accounts``), or
    the one ``lanes`` already read for this request."""
    checked: Caller | None = request.scope.get("state", {}).get(CHECKED_CALLER)
    if checked is not None:
        return checked
    if credentials is None:
        raise unauthorized("Sign in first: this needs an access token.")
    try:
        advocate_id = read_access_token(request.app.state.signing_key, credentials.credentials, utc_now())
    except AuthError as error:
        raise unauthorized(str(error)) from None
    accounts: AccountReader = request.app.state.accounts
    found = await accounts.read(advocate_id)
    if found is None:
        raise unauthorized("That account no longer exists.")
    return Caller(advocate_id, found.uid, found.role, found.seq)


async def person(caller: Annotated[Caller, Depends(any_caller)]) -> Caller:
    """A signed-in person: kiosk tokens are accepted only by kiosk endpoints."""
    if caller.role is Role.KIOSK:
        raise HTTPException(status_code=403, detail="A kiosk account can only run the kiosk.")
    return caller


async def manager(caller: Annotated[Caller, Depends(person)]) -> Caller:
    if not caller.is_manager:
        raise HTTPException(status_code=403, detail="Only moderators and program staff can do that.")
    return caller


AnyCaller = Annotated[Caller, Depends(any_caller)]
Person = Annotated[Caller, Depends(person)]
Manager = Annotated[Caller, Depends(manager)]


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn a use case's typed refusal into the matching HTTP status, with its readable message."""
    try:
        yield
    except NotAllowed as error:
        raise HTTPException(status_code=403, detail=str(error)) from None
    except NotFound as error:
        raise HTTPException(status_code=404, detail=str(error)) from None
    except ValidationError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    except (InvalidTransition, AdvocateHubError) as error:
        raise HTTPException(status_code=409, detail=str(error)) from None
