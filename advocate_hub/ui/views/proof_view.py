"""One submission's proof, shown in place so a moderator decides without leaving the queue.

A link is clickable (and has a button, for the keyboard) and opens in the browser; a text is quoted; survey
answers sit under their questions; a referral shows who was referred and that they agreed to be contacted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advocate_hub.core.domain.enums import ProofType
from advocate_hub.core.queries.moderation import ProofDetails
from advocate_hub.ui import icons
from advocate_hub.ui.widgets import SPACING, button, label


def _quote(text: str, name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("banner", True)
    frame.setProperty("tone", "info")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
    layout.addWidget(label(text, wrap=True, name=f"{name}Text"))
    return frame


class ProofView(QWidget):
    """Lays out a ``ProofDetails`` by proof type; ``show_proof`` replaces what was shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProofView")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._body: QWidget | None = None
        self.link = ""
        self.link_button = button(self.tr("Open link"), "ProofOpenLink", accessible=self.tr("Open the proof link"))
        self.link_button.setIcon(icons.icon("ph.arrow-square-out", tone="accent"))
        self.link_button.setToolTip(self.tr("Open the link in your browser"))
        self.link_button.clicked.connect(self.open_link)
        self.link_button.setParent(self)
        self.link_button.hide()

    def open_link(self) -> None:
        if self.link:
            QDesktopServices.openUrl(QUrl(self.link))

    def show_proof(self, proof: ProofDetails | None) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self.link_button.hide()
            self.link_button.setParent(self)
            self._body.deleteLater()
        self.link = proof.link if proof is not None else ""
        self._body = QWidget()
        self._body.setObjectName("ProofBody")
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        if proof is not None:
            self._fill(layout, proof)
        self._layout.addWidget(self._body)

    def _fill(self, layout: QVBoxLayout, proof: ProofDetails) -> None:
        if proof.proof_type in {ProofType.LINK, ProofType.MEDIA}:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            shown = html.escape(proof.link)
            link = label(f'<a href="{shown}">{shown}</a>', wrap=True, name="ProofLink")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            link.setOpenExternalLinks(False)
            link.linkActivated.connect(lambda _url: self.open_link())
            link.setToolTip(self.tr("Opens in your browser"))
            row.addWidget(link, 1)
            row.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)
            self.link_button.show()
            layout.addLayout(row)
        elif proof.proof_type is ProofType.TEXT:
            layout.addWidget(_quote(proof.text, "ProofText"))
        elif proof.answers:
            grid = QGridLayout()
            grid.setHorizontalSpacing(2 * SPACING)
            grid.setVerticalSpacing(SPACING // 2)
            for number, pair in enumerate(proof.answers):
                grid.addWidget(label(pair.question, "caption", wrap=True), 2 * number, 0)
                grid.addWidget(label(pair.answer, "strong", wrap=True, name=f"ProofAnswer{number}"), 2 * number + 1, 0)
            layout.addLayout(grid)
        elif proof.referral is not None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(2 * SPACING)
            grid.setVerticalSpacing(SPACING // 2)
            rows = (
                (self.tr("Name"), proof.referral.name),
                (self.tr("Email"), proof.referral.email),
                (self.tr("Company"), proof.referral.company or self.tr("Not given")),
            )
            for number, (caption, value) in enumerate(rows):
                grid.addWidget(label(caption, "caption"), number, 0)
                grid.addWidget(label(value, "strong", name=f"ProofReferral{number}"), number, 1)
            grid.setColumnStretch(1, 1)
            layout.addLayout(grid)
            layout.addWidget(label(self.tr("They agreed to be contacted."), "caption"))
        elif proof.proof_type is ProofType.CODE:
            layout.addWidget(label(self.tr("Event code: %1").replace("%1", proof.note), name="ProofCode"))
        elif proof.proof_type is ProofType.MODERATOR_CONFIRMS:
            layout.addWidget(
                label(
                    self.tr("Nothing to check in the app: confirm with the team that it happened."), "muted", wrap=True
                )
            )
            if proof.note:
                layout.addWidget(_quote(proof.note, "ProofNote"))
        else:
            layout.addWidget(label(self.tr("This challenge needs no proof."), "muted"))

    def shown_text(self) -> str:
        """Everything the proof shows, as plain text (what a screen reader or a test reads)."""
        if self._body is None:
            return ""
        return "\n".join(widget.text() for widget in self._body.findChildren(QLabel) if widget.text())
