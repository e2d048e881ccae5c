"""The profile picker lists one page of people and searches the program by email as you type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.queries.people import Person
from advocate_hub.core.queries.picker import PAGE, search_people
from advocate_hub.core.services.program import Program
from advocate_hub.ui.picker import ProfilePicker


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Program]:
    with Program.open(Path(tmp_path_factory.mktemp("picker"))) as opened:
        generate(opened, advocates=PAGE * 3, events=PAGE * 3)
        yield opened


def _emails(picker: ProfilePicker) -> list[str]:
    return [picker.list.item(row).text().splitlines()[1].split(" · ")[0] for row in range(picker.list.count())]


def test_the_picker_shows_a_page_and_finds_anyone_by_email(program: Program, qtbot: QtBot) -> None:
    asked: list[str] = []

    def search(text: str) -> list[Person]:
        asked.append(text)
        return program.read(search_people, text=text)

    picker = ProfilePicker(search)
    qtbot.addWidget(picker)
    assert picker.list.count() == PAGE, "one page, not everyone"
    assert _emails(picker) == sorted(_emails(picker))
    qtbot.keyClicks(picker.search, "ADVOCATE14")
    assert asked[-1] == "ADVOCATE14"
    assert _emails(picker) == sorted(
        {"advocate14@synthetic.example"} | {f"advocate14{n}@synthetic.example" for n in range(10)}
    )
    assert picker.chosen() is not None
    assert picker.open_button.isEnabled()
    picker.search.setText("nobody-")
    assert picker.list.count() == 0
    assert picker.chosen() is None
    assert not picker.open_button.isEnabled()
    picker.search.setText("advocate7@")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == ProfilePicker.DialogCode.Accepted
    assert picker.list.currentItem().data(Qt.ItemDataRole.AccessibleTextRole).endswith("advocate7@synthetic.example")
