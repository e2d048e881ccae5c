"""Admin jobs on a server database: accounts, a CSV import of advocates, and the demo program."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import AdvocateHubError, ValidationError
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.server_models import Credential
from advocate_hub.server import auth
from advocate_hub.server.db import ServerDatabase

DEMO_PASSWORD = "demo-password"
CSV_COLUMNS = ("email", "name", "company", "language", "groups")
MAX_IMPORT_BYTES = 50_000_000
MAX_ERRORS_SHOWN = 20


class AdminError(AdvocateHubError):
    code = "admin"


def create_user(database: ServerDatabase, *, email: str, role: Role, password: str, name: str = "") -> str:
    """Create an account with a password, or give an imported advocate (no password yet) one; its uid."""
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
        auth.set_password(session, advocate.id, password, now)
        return advocate.uid


@dataclass(frozen=True, slots=True)
class ImportRow:
    line: int
    advocate: advocates.NewAdvocate


@dataclass
class ImportPlan:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def preview(self, count: int = 5) -> str:
        lines = [f"{len(self.rows)} advocates to import; first {min(count, len(self.rows))}:"]
        for row in self.rows[:count]:
            new = row.advocate
            groups = ", ".join(new.groups) or "-"
            lines.append(
                f"  line {row.line}: {new.email}  {new.name}  ({new.company or '-'}, {new.language}; {groups})"
            )
        return "\n".join(lines)


def read_csv(path: Path) -> ImportPlan:
    """Parse and check every row of ``path``; the plan's ``errors`` name each bad line and what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise AdminError(f"Cannot read {path}: {error.strerror or error}.") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise AdminError(f"{path} is over {MAX_IMPORT_BYTES:,} bytes; split it.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AdminError(
            f"{path} is not UTF-8 text (byte {error.start} cannot be read); save it as UTF-8 CSV and try again."
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in CSV_COLUMNS if name not in header]
    if missing:
        raise AdminError(
            f"{path} lacks the column(s) {', '.join(missing)}; the first line must name: {', '.join(CSV_COLUMNS)}."
        )
    reader.fieldnames = header
    plan = ImportPlan()
    seen: dict[str, int] = {}
    try:
        for record in reader:
            line = reader.line_num
            _add_row(plan, seen, line, record)
    except csv.Error as error:
        plan.errors.append(f"line {reader.line_num}: not valid CSV ({error})")
    if not plan.rows and not plan.errors:
        raise AdminError(f"{path} has no advocates in it.")
    return plan


def _add_row(plan: ImportPlan, seen: dict[str, int], line: int, record: dict[str, str | None]) -> None:
    values = {key: (value or "").strip() for key, value in record.items() if isinstance(key, str)}
    if None in record:
        plan.errors.append(f"line {line}: more values than columns")
        return
    try:
        email = check_email(values["email"])
    except ValidationError:
        plan.errors.append(f"line {line}: {values['email']!r} is not an email address")
        return
    if email in seen:
        plan.errors.append(f"line {line}: {email} is already on line {seen[email]}")
        return
    seen[email] = line
    if not values["name"]:
        plan.errors.append(f"line {line}: the name is empty")
        return
    if len(values["name"]) > advocates.MAX_NAME_LENGTH:
        plan.errors.append(f"line {line}: the name is over {advocates.MAX_NAME_LENGTH} characters")
        return
    language = values["language"] or "en"
    if len(language) > 16:
        plan.errors.append(f"line {line}: {language!r} is not a language code")
        return
    groups = tuple(slug.strip().lower() for slug in values["groups"].replace(",", ";").split(";") if slug.strip())
    plan.rows.append(
        ImportRow(
            line,
            advocates.NewAdvocate(
                email=email, name=values["name"], company=values["company"], language=language, groups=groups
            ),
        )
    )


def import_advocates(database: ServerDatabase, plan: ImportPlan) -> int:
    """Create every advocate of ``plan`` in one transaction: all of them, or (any error) none."""
    if plan.errors:
        raise AdminError("The file has errors; nothing was imported.")
    now = utc_now()
    with database.write() as session:
        emails = [row.advocate.email for row in plan.rows]
        taken: set[str] = set()
        for start in range(0, len(emails), 500):
            taken.update(session.scalars(select(Advocate.email).where(Advocate.email.in_(emails[start : start + 500]))))
        clashes = [
            f"line {row.line}: {row.advocate.email} is already in the program"
            for row in plan.rows
            if row.advocate.email in taken
        ]
        if clashes:
            plan.errors.extend(clashes)
            raise AdminError("Some advocates are already in the program; nothing was imported.")
        for row in plan.rows:
            try:
                advocates.create(session, row.advocate, now)
            except AdvocateHubError as error:
                plan.errors.append(f"line {row.line}: {error}")
                raise AdminError(f"line {row.line}: {error} Nothing was imported.") from None
    return len(plan.rows)


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
