"""Profile: who you are, what you consent to, which asks you never want, your referral code, and membership.

Consent is explicit: each switch is one recorded choice, saved with the rest of the form (and pushed to the
server through the outbox). Leaving the program is instant and explained first; rejoining is one click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from superqt import QToggleSwitch

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.domain.errors import AdvocateHubError, ValidationError
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.queries.people import Profile, profile
from advocate_hub.core.services.advocates import ProfileUpdate
from advocate_hub.core.sync import actions
from advocate_hub.ui import i18n, theme, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.qr import qr_pixmap
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, Card, button, label

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"),
    ("ja", "日本語"),
    ("zh", "简体中文"),
)
"""The languages the team may write to an advocate in (stored with the person), each named in itself."""

ASK_KINDS: tuple[ChallengeKind, ...] = tuple(kind for kind, facts in KIND_PROFILES.items() if facts.is_ask)
QR_SIZE = 20 * SPACING
SWITCH_TEXT_INDENT = 6 * SPACING
COPIED_MS = 3_000


class Switch(QToggleSwitch):
    """An on/off switch whose colours come from the style sheet and which shows keyboard focus."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setAccessibleName(text)
        self.setProperty("switch", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.switchWidth = 36
        self.switchHeight = 20
        self.handleSize = 16

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 2 * SPACING, max(hint.height(), 3 * SPACING))

    def _text_rect(self, opt: QToggleSwitch.StyleOption) -> QRectF:
        """The label starts on the grid, a little away from the switch (superqt leaves 2 px)."""
        left = SWITCH_TEXT_INDENT
        return QRectF(left, 0, self.width() - left, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            tokens = theme.current(QGuiApplication.instance())  # type: ignore[arg-type]
            painter.setPen(QPen(QColor(tokens.focus), 2))
            top = (self.height() - self.switchHeight) // 2 + 2
            painter.drawRoundedRect(QRectF(0.5, top - 1.5, self.switchWidth + 3, self.switchHeight + 3), 11, 11)
            painter.end()


class Columns(QWidget):
    """Short items in two columns when they fit side by side, one column otherwise (no sideways scrolling)."""

    def __init__(self, name: str, items: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.items = items
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2 * SPACING)
        self.grid.setVerticalSpacing(SPACING)
        self._columns = 0
        self._place(2)

    def _widest(self) -> int:
        return max((item.sizeHint().width() for item in self.items), default=0)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(2 if self.width() >= 2 * self._widest() + 2 * SPACING else 1)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        rows = -(-len(self.items) // columns)
        for position, item in enumerate(self.items):
            self.grid.addWidget(item, position % rows, position // rows)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)


def no_kind_text(kind: ChallengeKind) -> str:
    """The opt-out's wording for an ask kind, "No reference calls"; other kinds are named after the colon."""
    texts = {
        ChallengeKind.REVIEW: QWidget.tr("No review requests"),
        ChallengeKind.SOCIAL_SHARE: QWidget.tr("No social shares"),
        ChallengeKind.SURVEY: QWidget.tr("No surveys or polls"),
        ChallengeKind.TESTIMONIAL: QWidget.tr("No written testimonials"),
        ChallengeKind.REFERENCE_CALL: QWidget.tr("No reference calls"),
        ChallengeKind.REFERRAL: QWidget.tr("No referral requests"),
        ChallengeKind.VIDEO_TESTIMONIAL: QWidget.tr("No video testimonials"),
        ChallengeKind.PRODUCT_FEEDBACK: QWidget.tr("No product feedback or beta tests"),
        ChallengeKind.COMMUNITY_ANSWER: QWidget.tr("No community answers"),
        ChallengeKind.CASE_STUDY: QWidget.tr("No case studies"),
        ChallengeKind.SPEAKING: QWidget.tr("No speaking invitations"),
        ChallengeKind.ADVISORY_BOARD: QWidget.tr("No advisory board invitations"),
    }
    return texts.get(kind) or QWidget.tr("No challenges of this kind: %1").replace("%1", words.kind_name(kind))


class LeaveDialog(QDialog):
    """Explains what leaving means before it happens; staying is the default button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LeaveDialog")
        self.setWindowTitle(self.tr("Leave the program"))
        self.setMinimumWidth(52 * SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Leave the program?"), "title"))
        self.explanation = label(
            self.tr(
                "You will receive no more challenges and disappear from leaderboards. "
                "Your points are kept, and you can rejoin at any time."
            ),
            wrap=True,
            name="LeaveExplanation",
        )
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox()
        self.leave = button(self.tr("Leave the program"), "LeaveConfirm", kind="danger")
        self.stay = button(self.tr("Stay"), "LeaveCancel")
        buttons.addButton(self.leave, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.stay, QDialogButtonBox.ButtonRole.RejectRole)
        self.stay.setDefault(True)
        self.stay.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Whether the advocate confirmed leaving; tests replace this method."""
        return cls(parent).exec() == QDialog.DialogCode.Accepted


class ProfilePage(AppPage):
    def __init__(
        self, controller: AppController, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__("ProfilePage", self.tr("Profile"), controller, parent)
        self.settings = settings if settings is not None else QSettings()
        self.data: Profile | None = None
        self._dirty = False
        columns = QHBoxLayout()
        columns.setSpacing(2 * SPACING)
        left = QVBoxLayout()
        left.setSpacing(2 * SPACING)
        right = QVBoxLayout()
        right.setSpacing(2 * SPACING)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.content.addLayout(columns)
        self.content.addStretch(1)

        about = Card("AboutCard", title=self.tr("About you"))
        form = QGridLayout()
        form.setHorizontalSpacing(2 * SPACING)
        form.setVerticalSpacing(SPACING // 2)
        self.name = self._line_edit("ProfileName", self.tr("Name"))
        self.company = self._line_edit("ProfileCompany", self.tr("Company"))
        self.language = QComboBox()
        self.language.setObjectName("ProfileLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._edited)
        self.errors: dict[str, QLabel] = {}
        for row, (field, title, widget) in enumerate(
            (
                ("name", self.tr("Name"), self.name),
                ("company", self.tr("Company"), self.company),
                ("language", self.tr("Language"), self.language),
            )
        ):
            caption = label(title, name=f"{field.capitalize()}Label")
            caption.setBuddy(widget)
            form.addWidget(caption, 2 * row, 0)
            form.addWidget(widget, 2 * row, 1)
            error = label("", "error", wrap=True, name=f"{field.capitalize()}Error")
            error.hide()
            form.addWidget(error, 2 * row + 1, 1)
            self.errors[field] = error
        form.setColumnStretch(1, 1)
        about.body.addLayout(form)
        self.email = label("", "caption", name="ProfileEmail")
        about.body.addWidget(self.email)
        left.addWidget(about)

        consent = Card("ConsentCard", title=self.tr("Consent"))
        self.publish_name = Switch(self.tr("Publish my name"), "ConsentPublishName")
        self.contact = Switch(self.tr("The team may contact me"), "ConsentContact")
        for switch, text in (
            (
                self.publish_name,
                self.tr(
                    "Your name may appear on leaderboards and with the quotes, stories and case studies you give. "
                    "Off: leaderboards show you as a numbered advocate."
                ),
            ),
            (self.contact, self.tr("By email or phone, about challenges, references and events.")),
        ):
            switch.toggled.connect(self._edited)
            switch.setAccessibleDescription(text)
            consent.body.addWidget(switch)
            hint = label(text, "caption", wrap=True)
            hint.setContentsMargins(SWITCH_TEXT_INDENT, 0, 0, SPACING // 2)
            consent.body.addWidget(hint)
        left.addWidget(consent)

        asks = Card("AsksCard", title=self.tr("Asks you would rather not get"))
        asks.body.addWidget(
            label(
                self.tr("Tick what you never want to be asked for. Everything else stays open to you."),
                "muted",
                wrap=True,
            )
        )
        self.opt_outs: dict[ChallengeKind, QCheckBox] = {kind: self._check_box(kind) for kind in ASK_KINDS}
        asks.body.addWidget(Columns("OptOutList", list(self.opt_outs.values())))
        left.addWidget(asks)

        actions_row = QHBoxLayout()
        actions_row.setSpacing(2 * SPACING)
        self.save_button = button(self.tr("Save changes"), "ProfileSave", kind="primary")
        self.save_button.clicked.connect(self.save)
        actions_row.addWidget(self.save_button)
        self.save_status = label("", "caption", wrap=True, name="ProfileSaveStatus")
        actions_row.addWidget(self.save_status, 1)
        left.addLayout(actions_row)
        left.addStretch(1)

        referral = Card("ReferralCard", title=self.tr("Invite a colleague"), accent=True)
        referral.body.addWidget(
            label(self.tr("Share your code or link. You earn points as your referral moves along."), "muted", wrap=True)
        )
        self.code = label("", name="ReferralCode")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setAccessibleName(self.tr("Referral code"))
        referral.body.addWidget(self.code)
        self.link = label("", "caption", name="ReferralLink")
        self.link.setWordWrap(True)
        referral.body.addWidget(self.link)
        copy_row = QHBoxLayout()
        self.copy_button = button(self.tr("Copy link"), "CopyReferralLink")
        self.copy_button.clicked.connect(self.copy_link)
        copy_row.addWidget(self.copy_button)
        self.copied = label("", "caption", name="LinkCopied")
        copy_row.addWidget(self.copied, 1)
        referral.body.addLayout(copy_row)
        self.qr = QLabel()
        self.qr.setObjectName("ReferralQr")
        self.qr.setAccessibleName(self.tr("QR code of your referral link"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(QR_SIZE + 4 * SPACING, QR_SIZE + 4 * SPACING)
        referral.body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        referral.body.addWidget(
            label(self.tr("Scan to open your link on a phone."), "caption"), 0, Qt.AlignmentFlag.AlignHCenter
        )
        right.addWidget(referral)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self.copied.clear)

        right.addWidget(self._app_language_card())

        membership = Card("MembershipCard", title=self.tr("Membership"))
        self.membership_text = label("", wrap=True, name="MembershipText")
        membership.body.addWidget(self.membership_text)
        self.leave_button = button(self.tr("Leave the program"), "LeaveProgram", kind="danger")
        self.leave_button.clicked.connect(self.leave)
        self.rejoin_button = button(self.tr("Rejoin the program"), "RejoinProgram", kind="primary")
        self.rejoin_button.clicked.connect(self.rejoin)
        self.rejoin_button.hide()
        for widget in (self.leave_button, self.rejoin_button):
            membership.body.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.membership_error = label("", "error", wrap=True, name="MembershipError")
        self.membership_error.hide()
        membership.body.addWidget(self.membership_error)
        right.addWidget(membership)
        right.addStretch(1)

    def _app_language_card(self) -> Card:
        """The language of the app's screens on this computer, which the OS decides unless someone chooses."""
        card = Card("AppLanguageCard", title=self.tr("App language"))
        self.app_language = QComboBox()
        self.app_language.setObjectName("AppLanguage")
        self.app_language.setAccessibleName(self.tr("App language on this computer"))
        self.app_language.addItem(self.tr("System default"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES:
            self.app_language.addItem(name, code)
        self.app_language.setCurrentIndex(max(self.app_language.findData(i18n.stored_language(self.settings)), 0))
        self.app_language.currentIndexChanged.connect(self._choose_app_language)
        caption = label(self.tr("Screens on this computer"), "caption", name="AppLanguageLabel")
        caption.setBuddy(self.app_language)
        card.body.addWidget(caption)
        card.body.addWidget(self.app_language)
        self.app_language_status = label("", "caption", wrap=True, name="AppLanguageStatus")
        card.body.addWidget(self.app_language_status)
        return card

    def _choose_app_language(self, _index: int) -> None:
        """Keep the choice for this computer; the screens are built in one language, so it applies at next start."""
        i18n.store_language(self.settings, str(self.app_language.currentData()))
        self.app_language_status.setText(
            self.tr("Saved. The app uses %1 the next time it opens.").replace("%1", self.app_language.currentText())
        )

    def _line_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(200)
        edit.textEdited.connect(self._edited)
        return edit

    def _check_box(self, kind: ChallengeKind) -> QCheckBox:
        box = QCheckBox(no_kind_text(kind))
        box.setObjectName(f"OptOut-{kind.value}")
        box.setAccessibleName(no_kind_text(kind))
        box.setToolTip(words.kind_name(kind))
        box.toggled.connect(self._edited)
        return box

    def _edited(self, *_: object) -> None:
        self._dirty = True
        self.save_status.clear()

    def reload(self) -> None:
        self.controller.load(profile, self.show_profile, advocate_id=self.controller.advocate_id)

    def show_profile(self, data: Profile) -> None:
        """Fill the page; fields the advocate is editing keep their unsaved text."""
        changed_person = self.data is None or self.data.id != data.id
        self.data = data
        if changed_person or not self._dirty:
            self.fill_form(data)
        self.code.setText(data.referral_code)
        self.link.setText(data.referral_link)
        self.link.setToolTip(data.referral_link)
        self.qr.setPixmap(qr_pixmap(data.referral_link, size=QR_SIZE, device_pixel_ratio=self.devicePixelRatioF()))
        left = data.status is AdvocateStatus.OPTED_OUT
        self.leave_button.setVisible(not left)
        self.rejoin_button.setVisible(left)
        self.membership_text.setText(
            self.tr(
                "You have left the program: no challenges reach you and you are on no leaderboard. "
                "Your points are kept. Rejoin whenever you like."
            )
            if left
            else self.tr("You are a member. You can leave at any time, no questions asked; your points are kept.")
        )

    def fill_form(self, data: Profile) -> None:
        widgets = [self.name, self.company, self.language, self.publish_name, self.contact, *self.opt_outs.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(data.name)
        self.company.setText(data.company)
        index = self.language.findData(data.language)
        if index < 0:
            self.language.addItem(data.language, data.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.publish_name.setChecked(data.consent_publish_name)
        self.contact.setChecked(data.consent_contact)
        for kind, box in self.opt_outs.items():
            box.setChecked(kind in data.opted_out_kinds)
        for widget in widgets:
            widget.blockSignals(False)
        self.email.setText(self.tr("Signed in with %1").replace("%1", data.email))
        self._dirty = False
        self._clear_errors()

    def update_request(self) -> ProfileUpdate:
        return ProfileUpdate(
            name=self.name.text(),
            company=self.company.text(),
            language=str(self.language.currentData()),
            consent_publish_name=self.publish_name.isChecked(),
            consent_contact=self.contact.isChecked(),
            opted_out_kinds=frozenset(kind for kind, box in self.opt_outs.items() if box.isChecked()),
        )

    def save(self) -> None:
        if self.controller.advocate_id is None:
            return
        self._clear_errors()
        self.save_button.setEnabled(False)
        self.save_status.setText(self.tr("Saving…"))
        self.controller.act(
            actions.update_profile,
            advocate_id=self.controller.advocate_id,
            update=self.update_request(),
            on_done=lambda _result: self._saved(),
            on_error=self._save_failed,
        )

    def _saved(self) -> None:
        self._dirty = False
        self.save_button.setEnabled(True)
        self.save_status.setText(self.tr("Saved. Your choices apply from now on."))

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_status.clear()
        field = error.field if isinstance(error, ValidationError) else None
        target = self.errors.get(field or "")
        if target is None:
            self.save_status.setText(str(error))
            self.save_status.setProperty("role", "error")
            self._repolish(self.save_status)
            return
        target.setText(str(error))
        target.show()
        edit = {"name": self.name, "company": self.company}.get(field or "")
        if edit is not None:
            edit.setProperty("invalid", True)
            self._repolish(edit)
            edit.setFocus()

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()
        for edit in (self.name, self.company):
            edit.setProperty("invalid", False)
            self._repolish(edit)
        self.save_status.setProperty("role", "caption")
        self._repolish(self.save_status)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def copy_link(self) -> None:
        if self.data is None:
            return
        QGuiApplication.clipboard().setText(self.data.referral_link)
        self.copied.setText(self.tr("Link copied"))
        self._copied_timer.start()

    def leave(self) -> None:
        if self.controller.advocate_id is None or not LeaveDialog.ask(self):
            return
        self._membership(actions.opt_out)

    def rejoin(self) -> None:
        if self.controller.advocate_id is None:
            return
        self._membership(actions.rejoin)

    def _membership(self, action: Callable[..., Any]) -> None:
        self.membership_error.hide()
        self.leave_button.setEnabled(False)
        self.rejoin_button.setEnabled(False)

        def done(_result: object) -> None:
            self.leave_button.setEnabled(True)
            self.rejoin_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            done(None)
            self.membership_error.setText(str(error) if isinstance(error, AdvocateHubError) else "")
            self.membership_error.setVisible(bool(self.membership_error.text()))

        self.controller.act(action, advocate_id=self.controller.advocate_id, on_done=done, on_error=failed)
