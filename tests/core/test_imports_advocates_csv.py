"""CSV import of advocates (``core.imports.advocates_csv``) on a real program: bad files change nothing."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role
from advocate_hub.core.domain.errors import NotAllowed
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.imports import advocates_csv
from advocate_hub.core.imports.advocates_csv import Cancelled, ImportPlan, ImportRefused
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    SERVER_URL_KEY,
    Advocate,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    Base,
    Group,
    ScoreTotal,
    SyncState,
)

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
HEADER = "email,name,company,language,groups\n"
MODERATOR = "mia.moderator@example.com"
MEMBER = "already@example.com"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("import-template")
    with Program.open(folder, clock=lambda: NOW) as program:
        program.run(advocates.create, new=advocates.NewAdvocate(email=MODERATOR, name="Mia", role=Role.MODERATOR))
        program.run(advocates.create, new=advocates.NewAdvocate(email=MEMBER, name="Al Ready"))
    return folder / DATABASE_FILENAME


@pytest.fixture
def program(template: Path, tmp_path: Path) -> Iterator[Program]:
    folder = tmp_path / "program"
    folder.mkdir()
    shutil.copyfile(template, folder / DATABASE_FILENAME)
    with Program.open(folder, clock=lambda: NOW) as opened:
        yield opened


def write(tmp_path: Path, text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def counts(program: Program) -> dict[str, int]:
    def count_all(session: Session) -> dict[str, int]:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }

    return program.read(count_all)


def plan(program: Program, path: Path, **kwargs: Any) -> ImportPlan:
    return program.read(lambda session: advocates_csv.plan(path, session=session, **kwargs))


def moderator_id(program: Program) -> int:
    return program.read(lambda session: session.scalars(select(Advocate.id).where(Advocate.email == MODERATOR)).one())


def messages(plan_or_error: ImportPlan | ImportRefused) -> list[str]:
    return [str(problem) for problem in plan_or_error.problems]


def test_good_file_with_a_bom_imports_everyone_with_totals_groups_and_one_audit_row(
    program: Program, tmp_path: Path
) -> None:
    source = write(
        tmp_path,
        HEADER + "Ann@Example.com , Ann Lee ,Acme,en,EMEA; partners\nbob@example.com,Bob Ray,,,\n",
        encoding="utf-8-sig",
    )
    moderator = moderator_id(program)

    checked = plan(program, source)
    imported = program.run(advocates_csv.apply, plan=checked, actor_id=moderator)

    assert imported == 2
    assert checked.preview().startswith("2 advocates to import")

    def stored(session: Session) -> Any:
        ann = session.scalars(select(Advocate).where(Advocate.email == "ann@example.com")).one()
        bob = session.scalars(select(Advocate).where(Advocate.email == "bob@example.com")).one()
        groups = session.scalars(
            select(Group.slug).join(AdvocateGroup).where(AdvocateGroup.advocate_id == ann.id).order_by(Group.slug)
        ).all()
        scopes = session.scalars(select(ScoreTotal.scope).where(ScoreTotal.advocate_id == ann.id)).all()
        totals = session.get(AdvocateTotals, ann.id)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "advocate.import")).one()
        return ann, bob, groups, sorted(scopes), totals, audit

    ann, bob, groups, scopes, totals, audit = program.read(stored)
    assert (ann.name, ann.company, ann.language, ann.role, ann.status) == (
        "Ann Lee",
        "Acme",
        "en",
        Role.ADVOCATE,
        AdvocateStatus.ACTIVE,
    )
    assert (bob.company, bob.language) == ("", "en")
    assert ann.referral_code != bob.referral_code
    assert len(ann.referral_code) == 8
    assert ann.created_at == NOW
    assert groups == ["emea", "partners"]
    assert scopes == sorted([OVERALL_SCOPE, "emea", "partners"])
    assert (totals.balance, totals.lifetime, totals.tier) == (0, 0, Tier.COMMUNITY)
    assert (audit.actor_id, audit.after) == (moderator, {"count": 2, "file": "people.csv"})


def test_a_file_in_another_encoding_is_refused_naming_the_line(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + "zoe@example.com,Zoe,,en,\nchloe@example.com,Chloë,,fr,\n", encoding="cp1252")

    with pytest.raises(ImportRefused) as refused:
        advocates_csv.plan(source)

    assert "not UTF-8" in str(refused.value)
    assert "line 3" in str(refused.value)


def test_missing_columns_are_listed_with_the_columns_found(tmp_path: Path) -> None:
    source = write(tmp_path, "E-mail,name,Company\nzoe@example.com,Zoe,Acme\n")

    with pytest.raises(ImportRefused) as refused:
        advocates_csv.plan(source)

    message = str(refused.value)
    assert "lacks the column(s) email, language, groups" in message
    assert "Columns found: e-mail, name, company" in message


def test_unreadable_and_empty_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="Cannot read"):
        advocates_csv.plan(tmp_path / "absent.csv")
    with pytest.raises(ImportRefused, match="no advocates in it"):
        advocates_csv.plan(write(tmp_path, HEADER + "\n,,,,\n"))


def test_duplicates_in_the_file_and_in_the_program_name_their_lines(program: Program, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        HEADER
        + "ann@example.com,Ann,,en,\n"
        + f"{MEMBER.upper()},Al Again,,en,\n"
        + "bob@example.com,Bob,,en,\n"
        + "ANN@example.com,Ann Again,,en,\n",
    )

    checked = plan(program, source)

    assert messages(checked) == [
        f"line 3: {MEMBER} is already in the program",
        "line 5: ann@example.com is already on line 2",
    ]
    assert not checked.ok
    before = counts(program)
    with pytest.raises(ImportRefused, match="nothing was imported"):
        program.run(advocates_csv.apply, plan=checked)
    assert counts(program) == before


def test_someone_joining_between_planning_and_importing_stops_the_import(program: Program, tmp_path: Path) -> None:
    checked = plan(program, write(tmp_path, HEADER + "ann@example.com,Ann,,en,\nbob@example.com,Bob,,en,\n"))
    program.run(advocates.create, new=advocates.NewAdvocate(email="bob@example.com", name="Bob"))
    before = counts(program)

    with pytest.raises(ImportRefused) as refused:
        program.run(advocates_csv.apply, plan=checked)

    assert messages(refused.value) == ["line 3: bob@example.com is already in the program"]
    assert counts(program) == before


def test_cells_that_look_like_formulas_are_refused_not_stored(program: Program, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        HEADER
        + "ann@example.com,\"=cmd|' /C calc'!A0\",,en,\n"
        + "bob@example.com,Bob,+1 555 0100,en,\n"
        + "cy@example.com,Cy,,en,-2+3\n"
        + "@SUM(A1:A9),Dee,,en,\n"
        + "eve@example.com,Eve,Acme,en,\n",
    )

    checked = plan(program, source)

    assert [problem.line for problem in checked.problems] == [2, 3, 4, 5]
    assert all("looks like a spreadsheet formula" in text for text in messages(checked))
    assert "line 2: the name \"=cmd|' /C calc'!A0\" looks like a spreadsheet formula" in messages(checked)[0]
    assert [row.email for row in checked.rows] == ["eve@example.com"]


def test_a_bad_row_among_good_ones_imports_nothing_and_names_the_row_and_the_problem(
    program: Program, tmp_path: Path
) -> None:
    good = "".join(f"person{n}@example.com,Person {n},Acme,en,\n" for n in range(40))
    source = write(tmp_path, HEADER + good + "not-an-email,Cy,Co,en,\ndee@example.com,,Co,en,\nx@y.com,A,B,en,,extra\n")
    before = counts(program)

    checked = plan(program, source)
    with pytest.raises(ImportRefused) as refused:
        program.run(advocates_csv.apply, plan=checked)

    assert messages(checked) == [
        "line 42: 'not-an-email' is not an email address",
        "line 43: the name is empty",
        "line 44: more values (6) than columns (5)",
    ]
    assert "3 row(s) of people.csv have problems; nothing was imported" in str(refused.value)
    assert counts(program) == before


def test_problems_are_capped_at_a_hundred_in_line_order_with_the_full_count(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + "".join(f"bad{n},Name,,en,\n" for n in range(250)))

    checked = advocates_csv.plan(source)

    assert checked.problem_count == 250
    assert [problem.line for problem in checked.problems] == list(range(2, 102))


def test_only_a_manager_may_import(program: Program, tmp_path: Path) -> None:
    checked = plan(program, write(tmp_path, HEADER + "ann@example.com,Ann,,en,\n"))
    member = program.read(lambda session: session.scalars(select(Advocate.id).where(Advocate.email == MEMBER)).one())

    with pytest.raises(NotAllowed):
        program.run(advocates_csv.apply, plan=checked, actor_id=member)


def big_file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(
            f"person{n}@example.com,Person {n},Company {n % 97},en,{'emea' if n % 3 == 0 else ''}\n"
            for n in range(rows)
        )
    return path


def test_a_hundred_thousand_rows_import_completely_in_seconds(program: Program, tmp_path: Path) -> None:
    source = big_file(tmp_path, 100_000)
    read: list[tuple[int, int]] = []
    stored: list[tuple[int, int]] = []
    started = time.perf_counter()

    checked = plan(program, source, progress=lambda done, total: read.append((done, total)))
    imported = program.run(advocates_csv.apply, plan=checked, progress=lambda done, total: stored.append((done, total)))

    elapsed = time.perf_counter() - started
    assert imported == 100_000
    assert read[-1] == (source.stat().st_size, source.stat().st_size)
    assert [done for done, _ in read] == sorted(done for done, _ in read)
    assert stored[-1] == (100_000, 100_000)
    assert len(stored) == 100

    def check(session: Session) -> None:
        count = session.scalar(select(func.count()).select_from(Advocate).where(Advocate.email.like("person%")))
        assert count == 100_000
        codes = session.scalar(select(func.count(func.distinct(Advocate.referral_code))))
        assert codes == session.scalar(select(func.count()).select_from(Advocate))
        last = session.scalars(select(Advocate).where(Advocate.email == "person99999@example.com")).one()
        assert (last.name, last.company, last.created_at) == ("Person 99999", "Company 89", NOW)
        assert session.get(AdvocateTotals, last.id) is not None
        board = session.scalars(
            select(ScoreTotal.scope).where(ScoreTotal.advocate_id == last.id, ScoreTotal.period == Period.ALL)
        ).all()
        assert sorted(board) == [OVERALL_SCOPE, "emea"]
        members = session.scalar(
            select(func.count()).select_from(AdvocateGroup).join(Group).where(Group.slug == "emea")
        )
        assert members == 33_334
        assert session.scalar(select(func.count()).select_from(AdvocateTotals)) == 100_002

    program.read(check)
    assert elapsed < 20, f"the import took {elapsed:.1f}s"


def test_cancelling_while_planning_or_importing_leaves_nothing(program: Program, tmp_path: Path) -> None:
    source = big_file(tmp_path, 5_000)
    before = counts(program)
    with pytest.raises(Cancelled):
        plan(program, source, cancelled=lambda: True)

    checked = plan(program, source)
    inserted: list[int] = []
    with pytest.raises(Cancelled, match="nothing was imported"):
        program.run(
            advocates_csv.apply,
            plan=checked,
            progress=lambda done, _total: inserted.append(done),
            cancelled=lambda: len(inserted) >= 3,
        )

    assert inserted == [1_000, 2_000, 3_000]
    assert counts(program) == before


def test_a_program_that_syncs_with_a_server_imports_there_not_here(program: Program, tmp_path: Path) -> None:
    with program.database.write() as session:
        session.add(SyncState(key=SERVER_URL_KEY, value="https://advocates.example.com"))
    source = write(tmp_path, HEADER + "new.person@example.com,New Person,Acme,en,\n")
    before = counts(program)
    with pytest.raises(NotAllowed, match=r"advocates\.example\.com"):
        program.run(advocates_csv.apply, plan=plan(program, source), actor_id=moderator_id(program))
    assert counts(program) == before
