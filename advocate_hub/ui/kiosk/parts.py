"""Kiosk building blocks: big touch targets and big type, styled by the kiosk block of ``app.qss``."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

TOUCH = 64
"""Height of a kiosk control: well above the 48 px minimum for a finger."""


def big_label(text: str, role: str, name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setProperty("kiosk", role)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


def big_button(text: str, name: str, *, kind: str = "", icon: QIcon | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setProperty("kiosk", kind or "button")
    widget.setAccessibleName(text.replace("&", "").replace("\n", " "))
    widget.setMinimumHeight(TOUCH)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if icon is not None:
        widget.setIcon(icon)
        widget.setIconSize(QSize(32, 32))
    return widget


def big_edit(placeholder: str, name: str) -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(name)
    widget.setProperty("kiosk", "edit")
    widget.setPlaceholderText(placeholder)
    widget.setAccessibleName(placeholder)
    widget.setMinimumHeight(TOUCH)
    return widget


def big_check(text: str, name: str) -> QCheckBox:
    widget = QCheckBox(text)
    widget.setObjectName(name)
    widget.setProperty("kiosk", "check")
    widget.setAccessibleName(text)
    widget.setMinimumHeight(56)
    return widget


def clear_layout_widgets(parent: QWidget) -> None:
    """Delete every child of ``parent`` now (lists of per-visitor buttons are rebuilt, never reused)."""
    layout = parent.layout()
    while layout is not None and layout.count():
        item = layout.takeAt(0)
        child = item.widget() if item is not None else None
        if child is not None:
            child.setParent(None)
            child.deleteLater()
