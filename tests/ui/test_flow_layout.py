"""FlowLayout: widgets wrap into as few rows as fit, rows as even as those allow, justified rows flush at both edges."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocate_hub.ui.flow_layout import FlowLayout

SPACING = 8
HEIGHT = 30


class Box(QWidget):
    def __init__(self, width: int) -> None:
        super().__init__()
        self._width = width

    def sizeHint(self) -> QSize:
        return QSize(self._width, HEIGHT)


def _flow(qtbot: QtBot, widths: list[int], *, justify: bool = True) -> tuple[QWidget, FlowLayout, list[Box]]:
    root = QWidget()
    qtbot.addWidget(root)
    layout = FlowLayout(root, spacing=SPACING, justify=justify)
    boxes = [Box(width) for width in widths]
    for box in boxes:
        layout.add(box)
    return root, layout, boxes


def _rows(boxes: list[Box]) -> list[list[Box]]:
    rows: dict[int, list[Box]] = {}
    for box in boxes:
        rows.setdefault(box.y(), []).append(box)
    return [rows[y] for y in sorted(rows)]


def test_items_wrap_into_even_justified_rows(qtbot: QtBot) -> None:
    root, layout, boxes = _flow(qtbot, [100, 100, 100, 100])
    assert layout.minimumSize().width() == 100
    assert layout.sizeHint().width() == 4 * 100 + 3 * SPACING
    root.resize(330, layout.heightForWidth(330))
    root.show()
    qtbot.waitExposed(root)

    rows = _rows(boxes)
    assert [len(row) for row in rows] == [2, 2], "three would fit on the first row, but the rows are balanced"
    assert layout.heightForWidth(330) == 2 * HEIGHT + SPACING
    for row in rows:
        assert row[0].x() == 0
        assert row[-1].geometry().right() + 1 == 330
        assert row[1].x() == row[0].geometry().right() + 1 + SPACING

    root.resize(500, layout.heightForWidth(500))
    qtbot.waitUntil(lambda: len(_rows(boxes)) == 1)
    assert layout.heightForWidth(500) == HEIGHT


def test_an_unjustified_flow_keeps_each_width_and_a_wide_item_takes_a_row_alone(qtbot: QtBot) -> None:
    root, layout, boxes = _flow(qtbot, [60, 200, 60], justify=False)
    root.resize(150, layout.heightForWidth(150))
    root.show()
    qtbot.waitExposed(root)
    assert [box.width() for box in boxes] == [60, 200, 60]
    assert [len(row) for row in _rows(boxes)] == [1, 1, 1]
    assert layout.heightForWidth(150) == 3 * HEIGHT + 2 * SPACING
