"""Importing advocates from a CSV file: every row is checked first, then all of them are stored at once, or none.

``plan`` streams the file once (UTF-8, with or without a byte-order mark) and keeps only compact rows and the
problems found, each naming its line. ``apply`` inserts the rows in bulk (SQLAlchemy ``insert`` with lists of
dicts, a thousand at a time) with everything a new person needs: their totals, their all-time leaderboard rows,
their groups and a unique referral code. It runs inside the caller's transaction and raises rather than stop
half-way, so a bad row, a clash or a cancellation rolls everything back.

Cells that start like a spreadsheet formula (``=cmd|...``) are refused rather than stored: an import is the usual
way such text gets into a program, and fixing the file is better than carrying it into every later export.
"""

from __future__ import annotations

import csv
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Dialect, func, insert, select, sql
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role
from advocate_hub.core.domain.errors import AdvocateHubError, NotAllowed, ValidationError
from advocate_hub.core.domain.periods import period_starts
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.domain.referral_codes import ALPHABET, CODE_LENGTH
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import require_manager
from advocate_hub.core.services.advocates import MAX_NAME_LENGTH, ensure_group
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    SERVER_URL_KEY,
    Advocate,
    AdvocateGroup,
    AdvocateTotals,
    Base,
    ScoreTotal,
    SyncState,
    new_uid,
)
from advocate_hub.core.store.page_cache import roomy_page_cache

Progress = Callable[[int, int], None]
"""Called with (done, total): bytes read while planning, advocates inserted while applying."""
IsCancelled = Callable[[], bool]

COLUMNS = ("email", "name", "company", "language", "groups")
MAX_FILE_BYTES = 50_000_000
MAX_PROBLEMS = 100
BATCH = 1_000
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_EMAIL_LENGTH = 320
MAX_COMPANY_LENGTH = 200
MAX_LANGUAGE_LENGTH = 16
MAX_GROUP_LENGTH = 64
IMPORTED_ROLE = Role.ADVOCATE
IMPORTED_STATUS = AdvocateStatus.ACTIVE
_GROUP_SEPARATORS = re.compile(r"[;,]")
_CODE_TABLE = bytes(ord(ALPHABET[byte % len(ALPHABET)]) for byte in range(256))
"""Maps a random byte to a code character; uniform because the alphabet's 32 letters divide 256."""


class ImportRefused(ValidationError):
    """The file cannot be imported as it is, and nothing was imported.

    ``problems`` holds the first ``MAX_PROBLEMS`` rows at fault in line order; ``problem_count`` counts them all.
    """

    code = "import_refused"

    def __init__(self, message: str, problems: Sequence[Problem] = (), problem_count: int = 0) -> None:
        super().__init__(message)
        self.problems = list(problems)
        self.problem_count = problem_count or len(self.problems)


class Cancelled(AdvocateHubError):
    """The person stopped the import; raised inside the transaction so that nothing stays imported."""

    code = "cancelled"


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One checked row, as compact as it can be: a 100,000-row plan stays a few megabytes."""

    line: int
    email: str
    name: str
    company: str
    language: str
    groups: tuple[str, ...]


@dataclass
class ImportPlan:
    """What a file would import (``rows``) and what is wrong with it; importable only when ``ok``."""

    source: str
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0 and bool(self.rows)

    def refusal(self) -> ImportRefused:
        return ImportRefused(
            f"{self.problem_count:,} row(s) of {self.source} have problems; nothing was imported.",
            self.problems,
            self.problem_count,
        )

    def preview(self, count: int = 5) -> str:
        lines = [f"{len(self.rows)} advocates to import; first {min(count, len(self.rows))}:"]
        for row in self.rows[:count]:
            groups = ", ".join(row.groups) or "-"
            lines.append(
                f"  line {row.line}: {row.email}  {row.name}  ({row.company or '-'}, {row.language}; {groups})"
            )
        return "\n".join(lines)

    def add_problems(self, found: list[Problem]) -> None:
        self.problem_count += len(found)
        room = MAX_PROBLEMS - len(self.problems)
        if room > 0:
            self.problems.extend(sorted(found, key=lambda problem: problem.line)[:room])


# ---- reading and checking the file ----------------------------------------------------------------------------


def plan(
    path: Path,
    *,
    session: Session | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportPlan:
    """Read and check every row of ``path`` without storing anything.

    With a ``session``, emails already in the program are problems too (checked a batch at a time, as the file
    streams past). Problems of the whole file (not UTF-8, missing columns, unreadable) raise ``ImportRefused``.
    """
    try:
        total = path.stat().st_size
        if total > MAX_FILE_BYTES:
            raise ImportRefused(f"{path.name} is over {MAX_FILE_BYTES:,} bytes; split it into smaller files.")
        with path.open("rb") as stream:
            return _read(stream, name=path.name, total=total, session=session, progress=progress, cancelled=cancelled)
    except OSError as error:
        raise ImportRefused(f"Cannot read {path}: {error.strerror or error}.") from None


class _Lines:
    """The file's lines decoded one at a time, so a byte that is not UTF-8 is reported with its line."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self.stream = stream
        self.name = name
        self.bytes_read = 0

    def __iter__(self) -> Iterator[str]:
        for number, raw in enumerate(self.stream, start=1):
            self.bytes_read += len(raw)
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                raise ImportRefused(
                    f"{self.name} is not UTF-8 text: line {number} has a byte UTF-8 cannot read (byte "
                    f"{error.start + 1} of the line; the file was probably saved as Windows-1252 or Latin-1). "
                    "Save it as “CSV UTF-8” and try again; nothing was imported."
                ) from None


def _read(
    stream: IO[bytes],
    *,
    name: str,
    total: int,
    session: Session | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> ImportPlan:
    lines = _Lines(stream, name)
    reader = csv.reader(lines)
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
    except csv.Error as error:
        raise ImportRefused(f"{name} is not a CSV file: its first line cannot be read ({error}).") from None
    positions = _positions(name, header)
    result = ImportPlan(name)
    seen: dict[str, int] = {}
    rows: list[ImportRow] = []
    problems: list[Problem] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as error:
            problems.append(Problem(line, f"not valid CSV ({error}); nothing after it was read"))
            break
        if cells is None:
            break
        if not any(cell.strip() for cell in cells):
            continue
        checked = _check_row(line, cells, len(header), positions, seen)
        if isinstance(checked, Problem):
            problems.append(checked)
        else:
            rows.append(checked)
        if len(rows) + len(problems) >= BATCH:
            _settle(result, session, rows, problems)
            rows, problems = [], []
            _stop_if(cancelled)
            if progress is not None:
                progress(lines.bytes_read, total)
    _settle(result, session, rows, problems)
    if not result.rows and not result.problem_count:
        raise ImportRefused(f"{name} has no advocates in it, only the line naming the columns.")
    if progress is not None:
        progress(total, total)
    return result


def _positions(name: str, header: list[str]) -> dict[str, int]:
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        found = ", ".join(cell for cell in header if cell) or "none"
        raise ImportRefused(
            f"{name} lacks the column(s) {', '.join(missing)}; the first line must name: {', '.join(COLUMNS)}. "
            f"Columns found: {found}."
        )
    return {column: header.index(column) for column in COLUMNS}


def _quoted(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _check_row(
    line: int, cells: list[str], width: int, positions: dict[str, int], seen: dict[str, int]
) -> ImportRow | Problem:
    """The row as it will be stored, or the first thing wrong with it."""
    if len(cells) > width:
        return Problem(line, f"more values ({len(cells)}) than columns ({width})")
    values = {column: cells[at].strip() if at < len(cells) else "" for column, at in positions.items()}
    for column in COLUMNS:
        if values[column].startswith(FORMULA_STARTS):
            return Problem(
                line,
                f"the {column} {_quoted(values[column])} looks like a spreadsheet formula; "
                f"remove the leading {values[column][0]!r}",
            )
    if not values["email"]:
        return Problem(line, "the email is empty")
    try:
        email = check_email(values["email"])
    except ValidationError:
        return Problem(line, f"{_quoted(values['email'])} is not an email address")
    if len(email) > MAX_EMAIL_LENGTH:
        return Problem(line, f"the email is over {MAX_EMAIL_LENGTH} characters")
    first = seen.setdefault(email, line)
    if first != line:
        return Problem(line, f"{email} is already on line {first}")
    name = values["name"]
    if not name:
        return Problem(line, "the name is empty")
    if len(name) > MAX_NAME_LENGTH:
        return Problem(line, f"the name is over {MAX_NAME_LENGTH} characters")
    if len(values["company"]) > MAX_COMPANY_LENGTH:
        return Problem(line, f"the company is over {MAX_COMPANY_LENGTH} characters")
    language = values["language"] or "en"
    if len(language) > MAX_LANGUAGE_LENGTH or " " in language:
        return Problem(line, f"{_quoted(language)} is not a language code")
    groups = tuple(
        dict.fromkeys(slug.strip().lower() for slug in _GROUP_SEPARATORS.split(values["groups"]) if slug.strip())
    )
    for slug in groups:
        if len(slug) > MAX_GROUP_LENGTH:
            return Problem(line, f"the group {_quoted(slug)} is over {MAX_GROUP_LENGTH} characters")
    return ImportRow(line, email, name, values["company"], language, groups)


def _settle(result: ImportPlan, session: Session | None, rows: list[ImportRow], problems: list[Problem]) -> None:
    """Add one batch to the plan, after checking its emails against the program when there is a session."""
    if session is not None and rows:
        taken = _taken_emails(session, [row.email for row in rows])
        if taken:
            problems = problems + [_clash(row) for row in rows if row.email in taken]
            rows = [row for row in rows if row.email not in taken]
    result.rows.extend(rows)
    if problems:
        result.add_problems(problems)


def _taken_emails(session: Session, emails: list[str]) -> set[str]:
    taken: set[str] = set()
    for start in range(0, len(emails), BATCH):
        taken.update(session.scalars(select(Advocate.email).where(Advocate.email.in_(emails[start : start + BATCH]))))
    return taken


def _clash(row: ImportRow) -> Problem:
    return Problem(row.line, f"{row.email} is already in the program")


def _stop_if(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("The import was cancelled; nothing was imported.")


# ---- storing the plan ----------------------------------------------------------------------------------------


def apply(
    session: Session,
    plan: ImportPlan,
    *,
    now: datetime,
    actor_id: int | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Create every advocate of ``plan`` in the caller's transaction; how many. Audited as one entry.

    ``actor_id`` is the moderator importing (None for the server's admin command). Emails are checked against the
    program again here, since someone may have joined between planning and importing.
    """
    if actor_id is not None:
        require_manager(session, actor_id)
    server = session.scalar(select(SyncState.value).where(SyncState.key == SERVER_URL_KEY))
    if server:
        raise NotAllowed(
            f"This program syncs with {server}: import advocates on the server "
            "(`advocate-hub server import-advocates`), so every copy of the program gets them."
        )
    if not plan.ok:
        raise plan.refusal()
    clashes = ImportPlan(plan.source)
    for start in range(0, len(plan.rows), BATCH):
        chunk = plan.rows[start : start + BATCH]
        taken = _taken_emails(session, [row.email for row in chunk])
        clashes.add_problems([_clash(row) for row in chunk if row.email in taken])
    if clashes.problem_count:
        raise ImportRefused(
            "Some advocates are already in the program; nothing was imported.",
            clashes.problems,
            clashes.problem_count,
        )
    slugs = sorted({slug for row in plan.rows for slug in row.groups})
    group_ids = {slug: ensure_group(session, slug).id for slug in slugs}
    ids = _new_ids(session, len(plan.rows))
    visible = ledger.is_listed(Advocate(role=IMPORTED_ROLE, status=IMPORTED_STATUS))
    bulk = _BulkInsert(session, _constants(now, period_starts(now)[Period.ALL], visible))
    total = len(plan.rows)
    with roomy_page_cache(session):
        for start in range(0, total, BATCH):
            _stop_if(cancelled)
            batch = list(zip(ids[start : start + BATCH], plan.rows[start : start + BATCH], strict=True))
            _insert(session, batch, bulk, group_ids)
            if progress is not None:
                progress(start + len(batch), total)
    _stop_if(cancelled)
    audit.record(
        session,
        actor_id=actor_id,
        action="advocate.import",
        target_type="advocate",
        target_id=None,
        now=now,
        after={"count": total, "file": plan.source},
    )
    return total


def _new_ids(session: Session, count: int) -> list[int]:
    """Ids for the new advocates, taken before inserting them: their totals and leaderboard rows refer to them,
    and the server's change feed needs the key of every row a bulk insert writes.

    On SQLite the write transaction holds the database lock (``BEGIN IMMEDIATE``), so ids after the largest are
    free; PostgreSQL hands them out from the column's sequence.
    """
    if session.get_bind().dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(Advocate.__tablename__, "id")
        return list(session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, count))))
    first = (session.scalar(select(func.max(Advocate.id))) or 0) + 1
    return list(range(first, first + count))


def _referral_codes(session: Session, count: int) -> list[str]:
    """``count`` codes no one in the program has: random bytes mapped to the code alphabet, redrawn on a clash."""
    codes: list[str] = []
    while len(codes) < count:
        raw = secrets.token_bytes(CODE_LENGTH * (count - len(codes))).translate(_CODE_TABLE).decode("ascii")
        fresh = {raw[at : at + CODE_LENGTH] for at in range(0, len(raw), CODE_LENGTH)} - set(codes)
        fresh -= set(session.scalars(select(Advocate.referral_code).where(Advocate.referral_code.in_(fresh))))
        codes.extend(fresh)
    return codes


class _BulkInsert:
    """Inserts lists of new rows, each table's constant columns filled in once.

    Whoever listens to ORM statements on the session (the sync server's change feed does) must see every row, so
    such a session gets ORM-enabled ``insert(Model)`` statements. Without listeners (the desktop app) the rows go
    to the driver's ``executemany`` as they are, the constants converted once by each column's own type: the same
    rows, without SQLAlchemy building and converting every parameter of every row, which makes the whole import
    about three times faster.
    """

    def __init__(self, session: Session, constants: dict[type[Base], dict[str, Any]]) -> None:
        self.session = session
        self.through_orm = bool(session.dispatch.do_orm_execute)
        self.dialect = session.get_bind().dialect
        self._compiled: dict[type[Base], tuple[str, list[str] | None]] = {}
        self.constants = (
            constants
            if self.through_orm
            else {model: _converted(model, values, self.dialect) for model, values in constants.items()}
        )

    def __call__(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        constants = self.constants[model]
        for row in rows:
            row.update(constants)
        if self.through_orm:
            self.session.execute(insert(model), rows)
            return
        statement, names = self._statement(model, list(rows[0]))
        values = [pick(row) for row in rows] if (pick := _picker(names)) is not None else rows
        self.session.connection().exec_driver_sql(statement, values)

    def _statement(self, model: type[Base], names: list[str]) -> tuple[str, list[str] | None]:
        """The driver's SQL for the table and, for positional parameter styles, the order of the values."""
        if model not in self._compiled:
            target = sql.table(model.__tablename__, *(sql.column(name) for name in names))
            compiled = insert(target).compile(dialect=self.dialect)
            self._compiled[model] = (compiled.string, list(compiled.positiontup or []) if compiled.positional else None)
        return self._compiled[model]


def _picker(names: list[str] | None) -> Callable[[dict[str, Any]], tuple[Any, ...]] | None:
    if names is None:
        return None
    getter = itemgetter(*names)
    return (lambda row: (getter(row),)) if len(names) == 1 else getter


def _converted(model: type[Base], values: dict[str, Any], dialect: Dialect) -> dict[str, Any]:
    columns = model.__table__.columns
    converted: dict[str, Any] = {}
    for name, value in values.items():
        processor = columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        converted[name] = processor(value) if processor is not None and value is not None else value
    return converted


def _constants(now: datetime, all_time: date, visible: bool) -> dict[type[Base], dict[str, Any]]:
    """The columns every imported person has in common: a fresh active advocate with no points."""
    return {
        Advocate: {
            "role": IMPORTED_ROLE,
            "status": IMPORTED_STATUS,
            "consent_publish_name": False,
            "consent_contact": False,
            "opted_out_kinds": [],
            "created_at": now,
            "updated_at": now,
            "last_active_at": None,
            "erased_at": None,
        },
        AdvocateTotals: {
            "balance": 0,
            "lifetime": 0,
            "high_barrier_completions": 0,
            "tier": Tier.COMMUNITY,
            "tier_reached_at": None,
        },
        ScoreTotal: {"period": Period.ALL, "period_start": all_time, "points": 0, "visible": visible},
        AdvocateGroup: {},
    }


def _insert(session: Session, batch: list[tuple[int, ImportRow]], bulk: _BulkInsert, group_ids: dict[str, int]) -> None:
    codes = _referral_codes(session, len(batch))
    people: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    for (advocate_id, row), code in zip(batch, codes, strict=True):
        people.append(
            {
                "id": advocate_id,
                "uid": new_uid(),
                "email": row.email,
                "name": row.name,
                "company": row.company,
                "language": row.language,
                "referral_code": code,
            }
        )
        scores.extend({"scope": scope, "advocate_id": advocate_id} for scope in (OVERALL_SCOPE, *row.groups))
        memberships.extend({"advocate_id": advocate_id, "group_id": group_ids[slug]} for slug in row.groups)
    bulk(Advocate, people)
    bulk(AdvocateTotals, [{"advocate_id": advocate_id} for advocate_id, _row in batch])
    bulk(ScoreTotal, scores)
    bulk(AdvocateGroup, memberships)
