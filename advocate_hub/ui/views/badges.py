"""Badges: a gallery of medal cards, earned ones in colour with their date, locked ones greyed with the rule.

The gallery is a ``QListView`` in icon mode over ``BadgesModel``; a delegate paints each card (art, name, date or
rule, progress) with the current theme's colours, so the keyboard moves through badges like any list.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from advocate_hub.core.services.badges import BadgeStatus, badge_statuses
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.badges_model import BadgeRole, BadgesModel
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, EmptyState, label

CARD_MIN_WIDTH = 24 * SPACING
CARD_HEIGHT = 27 * SPACING
GAP = 2 * SPACING
ART = 9 * SPACING
PAD = 2 * SPACING
LOCKED_OPACITY = 0.45


def art_path(slug: str) -> str:
    """The badge's medal: its own drawing when the project has one, the generic medal otherwise."""
    own = resource("icons", "badges", f"{slug}.svg")
    return str(own if own.exists() else resource("icons", "badges", "badge.svg"))


@cache
def badge_art(slug: str, size: int, earned: bool, ratio: float = 1.0) -> QPixmap:
    """The medal at ``size`` logical pixels; a locked badge is drawn in grey."""
    pixels = round(size * ratio)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(art_path(slug)).render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    if not earned:
        alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8).convertToFormat(
            QImage.Format.Format_ARGB32_Premultiplied
        )
        masked = QImage(grey.size(), QImage.Format.Format_ARGB32_Premultiplied)
        masked.fill(Qt.GlobalColor.transparent)
        painter = QPainter(masked)
        painter.drawImage(0, 0, grey)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.drawImage(0, 0, alpha)
        painter.end()
        image = masked
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class BadgeCardDelegate(QStyledItemDelegate):
    """Paints one badge as a card; colours come from the current theme, never from here."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        return (
            view.gridSize()
            if isinstance(view, QListView) and view.gridSize().isValid()
            else QSize(CARD_MIN_WIDTH + GAP, CARD_HEIGHT + GAP)
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        tokens = theme.current(QApplication.instance())  # type: ignore[arg-type]
        earned = bool(index.data(BadgeRole.EARNED))
        status: BadgeStatus = index.data(BadgeRole.STATUS)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(0, 0, -GAP, -GAP)
        card = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        path = QPainterPath()
        path.addRoundedRect(card, 12, 12)
        painter.fillPath(path, QColor(tokens.surface_alt if hovered and not selected else tokens.surface))
        ring = selected and focused
        painter.setPen(
            QPen(QColor(tokens.focus if ring else tokens.accent if earned else tokens.border), 2 if ring else 1)
        )
        painter.drawPath(path)

        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        art_rect = QRect(inner.center().x() - ART // 2, inner.top() + SPACING, ART, ART)
        if not earned:
            painter.setOpacity(LOCKED_OPACITY)
        painter.drawPixmap(art_rect, badge_art(status.slug, ART, earned, ratio))
        painter.setOpacity(1.0)
        if not earned:
            lock = icons.icon("ph.lock-simple-fill").pixmap(QSize(20, 20), ratio)
            painter.drawPixmap(QRect(art_rect.right() - 14, art_rect.bottom() - 18, 20, 20), lock)

        top = art_rect.bottom() + SPACING + SPACING // 2
        name_font = theme.font("body", bold=True)
        painter.setFont(name_font)
        painter.setPen(QColor(tokens.text if earned else tokens.text_muted))
        name_height = QFontMetrics(name_font).height()
        name_rect = QRect(inner.left(), top, inner.width(), name_height)
        elided = QFontMetrics(name_font).elidedText(status.name, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided)

        caption = theme.font("caption")
        metrics = QFontMetrics(caption)
        painter.setFont(caption)
        top = name_rect.bottom() + SPACING // 2
        bottom = QRect(inner.left(), inner.bottom() - metrics.height(), inner.width(), metrics.height())
        bar_top = bottom.top() - SPACING - 6
        painter.setPen(QColor(tokens.text_muted))
        painter.drawText(
            QRect(inner.left(), top, inner.width(), bar_top - top),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            status.description,
        )
        if earned:
            text = str(index.data(BadgeRole.EARNED_TEXT))
            mark = icons.icon("ph.check-circle-fill", tone="success").pixmap(QSize(16, 16), ratio)
            width = 16 + SPACING // 2 + metrics.horizontalAdvance(text)
            left = bottom.center().x() - width // 2
            painter.drawPixmap(QRect(left, bottom.center().y() - 8, 16, 16), mark)
            painter.setPen(QColor(tokens.success))
            painter.drawText(
                QRect(left + 16 + SPACING // 2, bottom.top(), width, bottom.height()), Qt.AlignmentFlag.AlignLeft, text
            )
        else:
            track = QRectF(inner.left() + SPACING, bar_top, inner.width() - 2 * SPACING, 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(tokens.surface_alt if not hovered else tokens.border))
            painter.drawRoundedRect(track, 3, 3)
            fraction = float(index.data(BadgeRole.FRACTION) or 0.0)
            if fraction > 0:
                filled = QRectF(track.left(), track.top(), max(track.height(), track.width() * fraction), 6)
                painter.setBrush(QColor(tokens.accent))
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(QColor(tokens.text_muted))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, str(index.data(BadgeRole.PROGRESS_TEXT)))
        painter.restore()


class BadgeGallery(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BadgeGallery")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(0)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setItemDelegate(BadgeCardDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Stretch the cards to fill each row, and grow to show every row: the page scrolls, not the gallery."""
        width = self.viewport().width()
        columns = max(1, width // (CARD_MIN_WIDTH + GAP))
        cell = QSize(max(CARD_MIN_WIDTH + GAP, (width - 1) // columns), CARD_HEIGHT + GAP)
        if cell != self.gridSize():
            self.setGridSize(cell)
        count = self.model().rowCount() if self.model() is not None else 0
        rows = -(-count // columns)
        self.setFixedHeight(max(rows, 1) * cell.height())


class BadgesPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("BadgesPage", self.tr("Badges"), controller, parent)
        self.summary = label("", "muted", name="BadgesSummary")
        self.header.addWidget(self.summary)
        self.overall = QProgressBar()
        self.overall.setObjectName("BadgesOverall")
        self.overall.setAccessibleName(self.tr("Badges earned"))
        self.overall.setTextVisible(False)
        self.overall.setFixedWidth(20 * SPACING)
        self.header.addWidget(self.overall)
        self.content.addWidget(
            label(
                self.tr("Badges mark milestones. Locked ones show what they take and how far along you are."),
                "muted",
                wrap=True,
                name="BadgesIntro",
            )
        )
        self.model = BadgesModel(self)
        self.gallery = BadgeGallery()
        self.gallery.setAccessibleName(self.tr("Badge gallery"))
        self.gallery.setModel(self.model)
        self.empty = EmptyState(
            "NoBadges",
            icons.icon("ph.medal"),
            self.tr("No badges yet"),
            self.tr("This program has no badges. When the team adds some, they appear here with what they take."),
        )
        self.empty.hide()
        self.content.addWidget(self.gallery)
        self.content.addWidget(self.empty, 1)
        self.content.addStretch(1)

    def reload(self) -> None:
        self.controller.load(
            badge_statuses,
            self.show_badges,
            advocate_id=self.controller.advocate_id,
            now=self.controller.now(),
        )

    def show_badges(self, statuses: list[BadgeStatus]) -> None:
        current = self.gallery.currentIndex().data(BadgeRole.SLUG)
        self.model.set_badges(statuses)
        earned, total = self.model.earned_count(), self.model.rowCount()
        self.summary.setText(
            self.tr("%1 of %2 earned").replace("%1", str(earned)).replace("%2", str(total)) if total else ""
        )
        self.overall.setVisible(total > 0)
        self.overall.setRange(0, max(total, 1))
        self.overall.setValue(earned)
        self.overall.setAccessibleDescription(self.summary.text())
        self.gallery.setVisible(bool(total))
        self.empty.setVisible(not total)
        self.gallery.fit()
        for row in range(total):
            index = self.model.index(row, 0)
            if index.data(BadgeRole.SLUG) == current or (current is None and row == 0):
                self.gallery.setCurrentIndex(index)
                break
