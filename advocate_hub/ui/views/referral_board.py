"""Referrals (moderators and staff): the pipeline as a kanban board, one column per stage.

A card moves by dragging it to another column, or by keyboard: select it, press Ctrl+M (or the "Move to" button)
and pick the stage, or press Ctrl+Shift and the stage's first letter. Only the moves the pipeline allows are
offered, and a column that cannot take the dragged card does not accept the drop. Moving to Won asks for the
deal's value first. The board changes only once the core has accepted a move: the columns are redrawn from the
database, never moved optimistically.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.referrals import MAX_DEAL_VALUE_CENTS, NEXT_STAGES
from advocate_hub.core.queries.referral_pipeline import Pipeline, ReferralCard, pipeline
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.desk_tables import set_flag
from advocate_hub.ui.views.referral_cards import CARD_ROLE, ReferralCardDelegate, card_lines, money
from advocate_hub.ui.widgets import SPACING, Card, button, label

MIME_TYPE = "application/x-advocate-hub-referral"
COLUMN_MIN_WIDTH = 19 * SPACING
BOARD_MIN_HEIGHT = 60 * SPACING
STAGE_KEYS = {
    ReferralStage.SUBMITTED: "Ctrl+Shift+S",
    ReferralStage.CONTACTED: "Ctrl+Shift+C",
    ReferralStage.QUALIFIED: "Ctrl+Shift+Q",
    ReferralStage.WON: "Ctrl+Shift+W",
    ReferralStage.LOST: "Ctrl+Shift+L",
}
"""Move the selected card straight to a stage, without opening the menu."""
STAGE_ICONS = {
    ReferralStage.SUBMITTED: "ph.user-plus",
    ReferralStage.CONTACTED: "ph.phone",
    ReferralStage.QUALIFIED: "ph.funnel",
    ReferralStage.WON: "ph.trophy",
    ReferralStage.LOST: "ph.x-circle",
}


def stage_title(stage: ReferralStage) -> str:
    return {
        ReferralStage.SUBMITTED: QWidget.tr("&Submitted"),
        ReferralStage.CONTACTED: QWidget.tr("&Contacted"),
        ReferralStage.QUALIFIED: QWidget.tr("&Qualified"),
        ReferralStage.WON: QWidget.tr("&Won"),
        ReferralStage.LOST: QWidget.tr("&Lost"),
    }[stage]


class DealValueDialog(QDialog):
    """Asks for the value of a won deal, in the program's currency; the core stores it in cents."""

    def __init__(self, card: ReferralCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DealValueDialog")
        self.setWindowTitle(self.tr("Deal won"))
        self.setMinimumWidth(48 * SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("%1 is won").replace("%1", card.name), "title", wrap=True))
        layout.addWidget(
            label(self.tr("What is the deal worth? It counts towards the program's won value."), wrap=True)
        )
        self.value = QDoubleSpinBox()
        self.value.setObjectName("DealValue")
        self.value.setAccessibleName(self.tr("Deal value"))
        self.value.setDecimals(2)
        self.value.setRange(0, MAX_DEAL_VALUE_CENTS / 100)
        self.value.setGroupSeparatorShown(True)
        layout.addWidget(self.value)
        buttons = QDialogButtonBox()
        confirm = button(self.tr("Mark as won"), "DealConfirm", kind="primary")
        cancel = button(self.tr("Cancel"), "DealCancel")
        buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def cents(self) -> int:
        return round(self.value.value() * 100)

    @classmethod
    def ask(cls, card: ReferralCard, parent: QWidget | None = None) -> int | None:
        """The deal value in cents, or None if the moderator changed their mind; tests replace this method."""
        dialog = cls(card, parent)
        return dialog.cents() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StageList(QListWidget):
    """One column's cards; a drop of another column's card asks the board to move it here."""

    drop_requested = Signal(int, object)
    """A referral id and the ``ReferralStage`` of this column."""

    def __init__(self, stage: ReferralStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("StageList")
        self.setAccessibleName(QWidget.tr("%1 referrals").replace("%1", stage_title(stage).replace("&", "")))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(0)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(16, 16))
        self.setItemDelegate(ReferralCardDelegate(self))

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            card: ReferralCard = items[0].data(CARD_ROLE)
            data.setData(MIME_TYPE, f"{card.id}:{card.stage.value}".encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _dragged(self, data: QMimeData) -> tuple[int, ReferralStage] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        referral_id, _, stage = bytes(data.data(MIME_TYPE).data()).decode().partition(":")
        return int(referral_id), ReferralStage(stage)

    def _accepts(self, data: QMimeData) -> bool:
        dragged = self._dragged(data)
        return dragged is not None and self.stage in NEXT_STAGES[dragged[1]]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        """Never move the item here: ask the board, which redraws from the database once the core agrees."""
        self._highlight(False)
        dragged = self._dragged(event.mimeData())
        if dragged is None or self.stage not in NEXT_STAGES[dragged[1]]:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.drop_requested.emit(dragged[0], self.stage)

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty column says so, quietly, instead of showing a blank strip."""
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(theme.current(QApplication.instance()).text_muted))  # type: ignore[arg-type]
        painter.setFont(theme.font("caption"))
        area = self.viewport().rect().adjusted(SPACING, 2 * SPACING, -SPACING, 0)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.tr("No referrals here")
        )
        painter.end()

    def _highlight(self, on: bool) -> None:
        frame = self.parentWidget()
        if frame is not None:
            set_flag(frame, "target", on)


class StageColumnWidget(QFrame):
    """A column's heading (stage, count, value for Won) above its cards."""

    def __init__(self, stage: ReferralStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StageColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING + SPACING // 2, SPACING, SPACING)
        layout.setSpacing(SPACING)
        heading = QHBoxLayout()
        heading.setSpacing(SPACING // 2)
        mark = label()
        mark.setPixmap(icons.icon(STAGE_ICONS[stage], tone="accent").pixmap(QSize(18, 18)))
        heading.addWidget(mark)
        heading.addWidget(label(stage_title(stage).replace("&", ""), name="StageTitle"))
        heading.addStretch(1)
        self.count = label("0", name="StageCount")
        heading.addWidget(self.count)
        layout.addLayout(heading)
        self.value = label("", "caption", wrap=True, name="StageValue")
        self.value.setVisible(stage is ReferralStage.WON)
        layout.addWidget(self.value)
        self.list = StageList(stage, self)
        layout.addWidget(self.list, 1)

    def minimumSizeHint(self) -> QSize:
        """At least the usual column width, wider when the stage's name needs it (a longer language, a larger font)."""
        hint = super().minimumSizeHint()
        return QSize(max(COLUMN_MIN_WIDTH, hint.width()), hint.height())


class ReferralBoardPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("ReferralBoardPage", self.tr("Referrals"), controller, parent)
        self.won_value = label("", name="PipelineWon")
        self.won_value.setAccessibleName(self.tr("Value of won deals"))
        self.header.addWidget(label(self.tr("Won so far"), "muted"))
        self.header.addWidget(self.won_value)
        intro = QHBoxLayout()
        intro.setSpacing(2 * SPACING)
        intro.addWidget(
            label(
                self.tr(
                    "Drag a card to its next stage, or select it and press Ctrl+M (or Ctrl+Shift and the stage's "
                    "first letter). Won deals ask for their value."
                ),
                "muted",
                wrap=True,
                name="PipelineIntro",
            ),
            1,
        )
        self.move_button = button(self.tr("Move to…"), "PipelineMove", kind="primary")
        self.move_button.setIcon(icons.icon("ph.arrow-right", tone="accent_text"))
        self.move_button.setToolTip(self.tr("Move the selected referral (Ctrl+M)"))
        self.move_menu = QMenu(self.move_button)
        self.move_menu.setObjectName("PipelineMoveMenu")
        self.move_actions: dict[ReferralStage, QAction] = {}
        for stage in ReferralStage:
            action = self.move_menu.addAction(icons.icon(STAGE_ICONS[stage]), stage_title(stage))
            action.setShortcut(QKeySequence(STAGE_KEYS[stage]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setShortcutVisibleInContextMenu(True)
            action.triggered.connect(lambda _checked=False, target=stage: self.move_selected(target))
            self.addAction(action)
            self.move_actions[stage] = action
        self.move_button.setMenu(self.move_menu)
        self.move_menu.aboutToShow.connect(self._update_actions)
        intro.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.content.addLayout(intro)
        self.message = label("", "caption", wrap=True, name="PipelineMessage")
        self.message.hide()
        self.content.addWidget(self.message)

        board = Card("PipelineBoard")
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.columns: dict[ReferralStage, StageColumnWidget] = {}
        for stage in ReferralStage:
            column = StageColumnWidget(stage)
            column.list.drop_requested.connect(self.move)
            column.list.itemSelectionChanged.connect(lambda owner=column.list: self._selected_in(owner))
            column.list.itemActivated.connect(lambda _item: self.move_button.showMenu())
            self.columns[stage] = column
            row.addWidget(column, 1)
        board.body.addLayout(row, 1)
        board.setMinimumHeight(BOARD_MIN_HEIGHT)
        self.content.addWidget(board, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+M"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.move_button.showMenu)

        self.data: Pipeline | None = None
        self._keep: int | None = None

    # Loading

    def reload(self) -> None:
        self.controller.load(pipeline, self.show_pipeline)

    def show_pipeline(self, data: Pipeline) -> None:
        self.data = data
        keep = self._keep if self._keep is not None else self._selected_id()
        self._keep = None
        self.won_value.setText(money(data.won_value_cents))
        for column in data.columns:
            widget = self.columns[column.stage]
            widget.count.setText(f"{column.count:,}")
            widget.value.setText(self.tr("%1 in won deals").replace("%1", money(column.value_cents)))
            widget.list.blockSignals(True)
            widget.list.clear()
            for card in column.cards:
                text = ", ".join(line for line, _kind in card_lines(card))
                item = QListWidgetItem(text)
                item.setData(CARD_ROLE, card)
                item.setToolTip(f"{text}\n{card.email}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                widget.list.addItem(item)
                if card.id == keep:
                    widget.list.setCurrentItem(item)
            widget.list.blockSignals(False)
        self._update_actions()

    # Selecting and moving

    def _selected_in(self, owner: StageList) -> None:
        if owner.selectedItems():
            for column in self.columns.values():
                if column.list is not owner:
                    column.list.blockSignals(True)
                    column.list.clearSelection()
                    column.list.setCurrentItem(None)
                    column.list.blockSignals(False)
        self._update_actions()

    def selected_card(self) -> ReferralCard | None:
        for column in self.columns.values():
            items = column.list.selectedItems()
            if items:
                card: ReferralCard = items[0].data(CARD_ROLE)
                return card
        return None

    def _selected_id(self) -> int | None:
        card = self.selected_card()
        return card.id if card else None

    def select(self, referral_id: int) -> None:
        """Select a card by its referral id (keyboard users land on the card they just moved)."""
        for column in self.columns.values():
            for index in range(column.list.count()):
                if column.list.item(index).data(CARD_ROLE).id == referral_id:
                    column.list.setCurrentRow(index)
                    column.list.setFocus()
                    return

    def _update_actions(self) -> None:
        card = self.selected_card()
        allowed = card.moves if card else frozenset()
        for stage, action in self.move_actions.items():
            action.setEnabled(stage in allowed)
        self.move_button.setEnabled(bool(allowed))

    def move_selected(self, stage: ReferralStage) -> None:
        card = self.selected_card()
        if card is not None:
            self.move(card.id, stage)

    def move(self, referral_id: int, stage: ReferralStage) -> None:
        if self.data is None or self.controller.advocate_id is None:
            return
        card = next((c for column in self.data.columns for c in column.cards if c.id == referral_id), None)
        if card is None:
            return
        value = None
        if stage is ReferralStage.WON:
            value = DealValueDialog.ask(card, self)
            if value is None:
                return
        self._keep = referral_id
        self.controller.act(
            moderation_actions.move_referral,
            actor_id=self.controller.advocate_id,
            referral_id=referral_id,
            stage=stage,
            deal_value_cents=value,
            on_done=lambda _result: self._moved(card, stage),
            on_error=self._refused,
        )

    def _moved(self, card: ReferralCard, stage: ReferralStage) -> None:
        text = self.tr("%1 moved to %2.").replace("%1", card.name).replace("%2", stage_title(stage).replace("&", ""))
        self._say(text, error=False)

    def _refused(self, error: AdvocateHubError) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_flag(self.message, "role", "error" if error else "caption")
        set_flag(self.message, "tone", "" if error else "success")
        self.message.show()
