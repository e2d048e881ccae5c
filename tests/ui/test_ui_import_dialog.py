"""The CSV import dialog on a copy of the demo program: preview, problems, importing and cancelling."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, AuditEntry
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.import_dialog import ImportAdvocatesDialog
from tests.ui.conftest import MODERATOR_EMAIL

HEADER = "email,name,company,language,groups\n"


@dataclass
class Importing:
    program: Program
    runner: TaskRunner
    dialog: ImportAdvocatesDialog
    moderator_id: int
    qtbot: QtBot

    def settle(self, timeout: int = 20_000) -> None:
        self.qtbot.waitUntil(lambda: not self.dialog.busy and not self.runner.busy(), timeout=timeout)

    def advocates(self) -> int:
        return self.program.read(lambda session: session.scalar(select(func.count()).select_from(Advocate)) or 0)


@pytest.fixture
def importing(qtbot: QtBot, data_dir: Path) -> Iterator[Importing]:
    program = Program.open(data_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    moderator = program.read(find_by_email, email=MODERATOR_EMAIL)
    assert moderator is not None
    controller.advocate_id = moderator.id
    dialog = ImportAdvocatesDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    yield Importing(program, runner, dialog, moderator.id, qtbot)
    dialog.close()
    controller.stop()
    runner.wait()
    program.close()


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding))
    return path


def problem_lines(dialog: ImportAdvocatesDialog) -> list[str]:
    return [dialog.problems.item(row).text() for row in range(dialog.problems.count())]


def test_the_preview_names_each_bad_row_and_import_stays_disabled(importing: Importing, tmp_path: Path) -> None:
    dialog = importing.dialog
    good = "".join(f"new{n}@example.com,New Person {n},Acme,en,emea\n" for n in range(12))
    source = write(
        tmp_path,
        HEADER + good + "=cmd|' /C calc'!A0,Mallory,,en,\nnot-an-email,Cy,,en,\n" + f"{MODERATOR_EMAIL},Maya,,en,\n",
    )
    before = importing.advocates()

    dialog.load(source)
    importing.settle()

    assert problem_lines(dialog) == [
        "line 14: the email \"=cmd|' /C calc'!A0\" looks like a spreadsheet formula; remove the leading '='",
        "line 15: 'not-an-email' is not an email address",
        f"line 16: {MODERATOR_EMAIL} is already in the program",
    ]
    assert dialog.problems.isVisible()
    assert "3 row(s) have problems" in dialog.message_text()
    assert dialog.model.rowCount() == 12
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    importing.settle()
    assert importing.advocates() == before


def test_a_file_that_is_not_utf8_is_refused_with_its_line(importing: Importing, tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + "zoe@example.com,Zoë Martin,,fr,\n", encoding="cp1252")

    importing.dialog.load(source)
    importing.settle()

    assert "not UTF-8" in importing.dialog.message_text()
    assert "line 2" in importing.dialog.message_text()
    assert not importing.dialog.import_button.isEnabled()


def test_a_good_file_imports_with_a_clear_result_and_an_audit_row(
    importing: Importing, tmp_path: Path, qtmodeltester: object
) -> None:
    dialog = importing.dialog
    source = write(tmp_path, HEADER + "".join(f"new{n}@example.com,New Person {n},Acme,en,\n" for n in range(1234)))
    before = importing.advocates()

    dialog.load(source)
    importing.settle()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.import_button.isEnabled()
    assert not dialog.problems.isVisible()
    dialog.import_button.click()
    importing.settle()

    assert dialog.message_text() == "Imported 1,234 advocates."
    assert importing.advocates() == before + 1234
    assert not dialog.import_button.isVisible()
    assert dialog.cancel_button.text() == "Close"

    def audit(session: Session) -> tuple[int | None, object]:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "advocate.import")).one()
        return entry.actor_id, entry.after

    assert importing.program.read(audit) == (importing.moderator_id, {"count": 1234, "file": "people.csv"})


def test_cancel_during_a_big_import_leaves_nothing_imported(importing: Importing, tmp_path: Path) -> None:
    dialog = importing.dialog
    source = write(tmp_path, HEADER + "".join(f"bulk{n}@example.com,Bulk {n},Acme,en,\n" for n in range(40_000)))
    before = importing.advocates()
    dialog.load(source)
    importing.settle()

    dialog.import_button.click()
    importing.qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.progress.value() > 0, timeout=20_000)
    dialog.cancel_button.click()
    importing.settle()

    assert dialog.message_text() == "Cancelled: nothing was imported."
    assert importing.advocates() == before
    assert dialog.import_button.isEnabled()
    assert dialog.isVisible()
