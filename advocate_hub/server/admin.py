"""Admin jobs on a server database: accounts, a CSV import of advocates, and the demo program."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.imports import advocates_csv
from advocate_hub.core.imports.advocates_csv import ImportPlan
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.server_models import Credential
from advocate_hub.server import auth
from advocate_hub.server.db import ServerDatabase

DEMO_PASSWORD = "demo-password"


class AdminError(AdvocateHubError):
    code = "admin"


def create_user(
    database: ServerDatabase, *, email: str, role: Role, password: str, name: str = "", event: str | None = None
) -> str:
    """Create an account with a password, or give an imported advocate (no password yet) one; its uid.

    A kiosk account serves one event: ``event`` is that event's check-in code (without one it checks nobody in).
    """
    if event is not None and role is not Role.KIOSK:
        raise AdminError("Only a kiosk account serves an event; leave out --event for other accounts.")
    if len(password) < auth.MIN_PASSWORD_LENGTH:
        raise AdminError(f"The password needs at least {auth.MIN_PASSWORD_LENGTH} characters.")
    email = check_email(email)
    now = utc_now()
    with database.write() as session:
        advocate = session.scalar(select(Advocate).where(Advocate.email == email))
        if advocate is None:
            advocate = advocates.create(
                session, advocates.NewAdvocate(email=email, name=name or email.split("@")[0], role=role), now
            )
        elif session.get(Credential, advocate.id) is not None:
            raise AdminError(f"{email} already has an account with a password.")
        elif advocate.role is not role:
            raise AdminError(f"{email} is already in the program as {advocate.role.value}, not {role.value}.")
        if event is not None:
            advocate.kiosk_event = event.strip().upper()
        auth.set_password(session, advocate.id, password, now)
        return advocate.uid


def read_csv(path: Path) -> ImportPlan:
    """Read and check every row of ``path``; the plan's ``problems`` name each bad line and what is wrong."""
    return advocates_csv.plan(path)


def import_advocates(database: ServerDatabase, plan: ImportPlan) -> int:
    """Create every advocate of ``plan`` in one transaction: all of them or, on any problem, none."""
    with database.write() as session:
        return advocates_csv.apply(session, plan, now=utc_now())


def seed_demo(database: ServerDatabase) -> tuple[str, int]:
    """The demo program on the server, every account with the password ``demo-password``."""
    from advocate_hub.core.demo.seed import create_demo

    with database.read() as session:
        if session.scalar(select(func.count()).select_from(Advocate)):
            raise AdminError("The server database already holds a program; seed the demo into an empty one.")
    summary = create_demo(Program(database))
    hashed = auth.hash_password(DEMO_PASSWORD)
    now = utc_now()
    with database.write() as session:
        ids = list(session.scalars(select(Advocate.id)))
        session.add_all(
            Credential(advocate_id=advocate_id, password_hash=hashed, updated_at=now) for advocate_id in ids
        )
    return summary.describe(), len(ids)
