"""The catalog editor's form: a reward's fields with inline validation, save, and retire or offer again.

The form checks what it can before anything is sent (the core's own ``RewardDraft.validated``, so the rules live
in one place) and shows a refusal from the core next to the field it names; nothing is saved until it is valid.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from advocate_hub.core.domain.enums import Incentive
from advocate_hub.core.domain.errors import AdvocateHubError, ValidationError
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.fulfilment import CatalogRow
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.ui.models.fulfilment_model import incentive_label
from advocate_hub.ui.views.desk_tables import set_flag
from advocate_hub.ui.widgets import SPACING, Card, button, label

FIELDS = ("name", "description", "incentive", "min_tier", "cost", "stock")


class RewardForm(Card):
    """Edits one reward (or a new one); emits what to save and leaves saving to the page."""

    save_requested = Signal(object, object)
    """The reward's id (None for a new reward) and a validated ``RewardDraft``."""
    active_requested = Signal(int, bool)
    """Retire (False) or offer again (True) the reward with this id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("RewardForm", parent=parent)
        self.reward: CatalogRow | None = None
        self.heading = label("", "title", name="RewardFormTitle")
        self.body.addWidget(self.heading)
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(10 * SPACING)
        self.incentive = QComboBox()
        for incentive in Incentive:
            self.incentive.addItem(incentive_label(incentive), incentive.value)
        self.min_tier = QComboBox()
        for tier in Tier:
            self.min_tier.addItem(tier.label, tier.value)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("e.g. 500"))
        self.stock = QLineEdit()
        self.stock.setPlaceholderText(self.tr("Unlimited"))
        self.stock.setToolTip(self.tr("Units left; leave empty for an unlimited reward"))
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "description": self.description,
            "incentive": self.incentive,
            "min_tier": self.min_tier,
            "cost": self.cost,
            "stock": self.stock,
        }
        titles = {
            "name": self.tr("Name"),
            "description": self.tr("Description"),
            "incentive": self.tr("Incentive"),
            "min_tier": self.tr("Unlocks at tier"),
            "cost": self.tr("Cost in points"),
            "stock": self.tr("Stock"),
        }
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * SPACING)
        grid.setVerticalSpacing(SPACING // 2)
        places = {"name": (0, 0, 2), "description": (3, 0, 2), "incentive": (6, 0, 1), "min_tier": (6, 1, 1)}
        places.update({"cost": (9, 0, 1), "stock": (9, 1, 1)})
        for field, (row, column, span) in places.items():
            widget = self.inputs[field]
            widget.setObjectName(f"RewardForm{field.title().replace('_', '')}")
            widget.setAccessibleName(titles[field])
            caption = label(titles[field], "field")
            caption.setBuddy(widget)
            if row:
                caption.setContentsMargins(0, SPACING, 0, 0)
            error = label("", "error", wrap=True, name=f"RewardForm{field.title().replace('_', '')}Error")
            error.hide()
            self.errors[field] = error
            grid.addWidget(caption, row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
            grid.addWidget(error, row + 2, column, 1, span)
        self.body.addLayout(grid)
        self.message = label("", "caption", wrap=True, name="RewardFormMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        self.save = button(self.tr("Save reward"), "RewardFormSave", kind="primary")
        self.save.clicked.connect(self.submit)
        self.toggle = button(self.tr("Retire"), "RewardFormToggle", kind="danger")
        self.toggle.clicked.connect(self._toggle)
        actions.addWidget(self.save)
        actions.addStretch(1)
        actions.addWidget(self.toggle)
        self.body.addLayout(actions)
        self.name.returnPressed.connect(self.submit)
        self.cost.returnPressed.connect(self.submit)
        self.stock.returnPressed.connect(self.submit)
        self.edit(None)

    def edit(self, reward: CatalogRow | None) -> None:
        """Fill the form with ``reward``, or empty it for a new one."""
        self.reward = reward
        self.clear_errors()
        self.message.hide()
        self.heading.setText(self.tr("Edit reward") if reward else self.tr("New reward"))
        self.name.setText(reward.name if reward else "")
        self.description.setPlainText(reward.description if reward else "")
        incentive = reward.incentive if reward else Incentive.STATUS
        tier = reward.min_tier if reward else Tier.COMMUNITY
        self.incentive.setCurrentIndex(self.incentive.findData(incentive.value))
        self.min_tier.setCurrentIndex(self.min_tier.findData(tier.value))
        self.cost.setText(str(reward.cost) if reward else "")
        self.stock.setText("" if reward is None or reward.stock is None else str(reward.stock))
        self.toggle.setVisible(reward is not None)
        if reward is not None:
            self.toggle.setText(self.tr("Retire") if reward.active else self.tr("Offer again"))
            set_flag(self.toggle, "kind", "danger" if reward.active else "")
            self.toggle.setAccessibleName(self.toggle.text())

    def draft(self) -> RewardDraft:
        """The form as a valid draft; a ``ValidationError`` naming the field otherwise."""
        cost = self._whole(self.cost.text(), "cost", self.tr("The cost must be a whole number of points."))
        stock_text = self.stock.text().strip()
        stock = (
            None
            if not stock_text
            else self._whole(stock_text, "stock", self.tr("Stock must be a whole number, or empty for unlimited."))
        )
        return RewardDraft(
            name=self.name.text(),
            incentive=Incentive(self.incentive.currentData()),
            cost=cost,
            description=self.description.toPlainText(),
            stock=stock,
            min_tier=Tier(self.min_tier.currentData()),
        ).validated()

    @staticmethod
    def _whole(text: str, field: str, message: str) -> int:
        cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u2212", "-")
        try:
            return int(cleaned)
        except ValueError:
            raise ValidationError(message, field=field) from None

    def submit(self) -> None:
        self.clear_errors()
        self.message.hide()
        try:
            draft = self.draft()
        except ValidationError as error:
            self.show_error(error)
            return
        self.save_requested.emit(self.reward.id if self.reward else None, draft)

    def _toggle(self) -> None:
        if self.reward is not None:
            self.active_requested.emit(self.reward.id, not self.reward.active)

    def show_error(self, error: AdvocateHubError) -> None:
        """Show a refusal next to its field (or under the form) and put the cursor there."""
        field = getattr(error, "field", None)
        if field in self.errors:
            self.errors[field].setText(str(error))
            self.errors[field].show()
            set_flag(self.inputs[field], "invalid", True)
            self.inputs[field].setFocus()
            return
        self.show_message(str(error), error=True)

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_flag(self.message, "role", "error" if error else "caption")
        set_flag(self.message, "tone", "" if error else "success")
        self.message.show()

    def clear_errors(self) -> None:
        for field, error in self.errors.items():
            error.hide()
            if self.inputs[field].property("invalid"):
                set_flag(self.inputs[field], "invalid", False)
