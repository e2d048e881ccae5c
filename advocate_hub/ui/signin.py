"""The sign-in dialog: server address, email and password, or "Work offline".

Signing in talks to the server, so it runs on the task runner's network pool with a busy indicator; each way it
can fail gets its own sentence. The refresh token goes to the OS keyring (``core.auth.credentials``); when no
usable keyring exists the dialog says the session lasts only until the app closes, and waits for "Continue".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.ui.controller import readable
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.widgets import SPACING, button, label, message_banner

ApiFactory = Callable[[str], Any]
Remember = Callable[[str, str, str], Any]


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A session: the API client (holding the tokens), who signed in, and whether the keyring kept the token."""

    server_url: str
    email: str
    api: Any
    tokens: Any
    stored: bool
    reason: str = ""


def default_api(server_url: str) -> Any:
    from advocate_hub.core.api.client import ApiClient

    return ApiClient(server_url)


def default_remember(server_url: str, email: str, refresh_token: str) -> Any:
    from advocate_hub.core.auth import credentials

    return credentials.remember(server_url, email, refresh_token)


def normalised_url(text: str) -> str:
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


def _minutes(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return "a minute" if minutes == 1 else f"{minutes} minutes"


def failure_message(error: BaseException, server_url: str, *, offline: bool = True) -> str:
    """What the dialog says when signing in fails, by the error's kind; ``offline``: mention working offline."""
    names = {cls.__name__ for cls in type(error).__mro__}
    if "ServerUnreachable" in names:
        tail = "; you can work offline." if offline else ", then try again."
        return f"Can't reach {server_url}: check the address and your connection{tail}"
    if "TooManyAttempts" in names:
        wait = next(
            (
                value
                for value in (getattr(error, a, None) for a in ("retry_after", "wait", "seconds"))
                if isinstance(value, int | float)
            ),
            None,
        )
        later = f"try again in {_minutes(float(wait))}" if wait is not None else "wait a few minutes and try again"
        return f"Too many sign-in attempts: {later}" + (", or work offline." if offline else ".")
    if "ServerNewer" in names:
        tail = " You can work offline meanwhile." if offline else ""
        return f"The server is newer than this app: update Advocate Hub to sign in.{tail}"
    if "SignedOut" in names or ("RequestRefused" in names and getattr(error, "status", None) == 401):
        return "Wrong email or password."
    if "ServerError" in names:
        return f"The server at {server_url} had a problem: try again in a moment" + (
            ", or work offline." if offline else "."
        )
    return readable(error)


class SignInDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        *,
        server_url: str = "",
        email: str = "",
        api_factory: ApiFactory = default_api,
        remember: Remember = default_remember,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setAccessibleName(self.tr("Sign in"))
        self.setWindowTitle(self.tr("Sign in to Advocate Hub"))
        self.setMinimumWidth(440)
        self.runner = runner
        self.api_factory = api_factory
        self.remember = remember
        self.result_session: SignedIn | None = None
        self.busy = False
        self.first_start = first_start
        """Nothing of the program is on this computer yet: there is no working offline, only signing in or quitting."""

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(4 * SPACING, 4 * SPACING, 4 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Sign in"), "title", name="SignInTitle"))
        intro = (
            self.tr("Your program isn't on this computer yet: sign in to fetch it from your program's server.")
            if first_start
            else self.tr("Sync your points and challenges with your program's server, or keep working offline.")
        )
        layout.addWidget(label(intro, "muted", wrap=True, name="SignInIntro"))
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server = self._field("SignInServer", self.tr("Server address"), "https://advocates.example.com")
        self.server.setText(server_url)
        self.email = self._field("SignInEmail", self.tr("Email"), "you@example.com")
        self.email.setText(email)
        self.password = self._field("SignInPassword", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for text, field in (
            (self.tr("Server"), self.server),
            (self.tr("Email"), self.email),
            (self.tr("Password"), self.password),
        ):
            caption = label(text, "field")
            caption.setBuddy(field)
            caption.setMinimumHeight(field.sizeHint().height())
            form.addRow(caption, field)
        layout.addLayout(form)

        self.banner, self.message = message_banner("SignInMessage", self.tr("Sign-in message"))
        layout.addWidget(self.banner)

        self.progress = QProgressBar()
        self.progress.setObjectName("SignInBusy")
        self.progress.setAccessibleName(self.tr("Signing in"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        leave = self.tr("Quit") if first_start else self.tr("Work offline")
        self.offline_button = button(leave, "SignInOffline", accessible=leave)
        self.offline_button.setAutoDefault(False)
        self.sign_in_button = button(self.tr("Sign in"), "SignInSubmit", kind="primary")
        self.sign_in_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.offline_button)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)

        self.offline_button.clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self.submit)
        for field in (self.server, self.email, self.password):
            field.returnPressed.connect(self.submit)
            field.textEdited.connect(self._clear_invalid)
        first_empty = next((f for f in (self.server, self.email, self.password) if not f.text()), self.password)
        first_empty.setFocus()

    def _field(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.setMinimumWidth(280)
        field.setMinimumHeight(field.sizeHint().height())
        return field

    # Signing in

    def submit(self) -> None:
        if self.busy:
            return
        if self.result_session is not None:
            self.accept()
            return
        url, email, password = normalised_url(self.server.text()), self.email.text().strip(), self.password.text()
        missing = [f for f, value in ((self.server, url), (self.email, email), (self.password, password)) if not value]
        if missing:
            for field in missing:
                self._mark(field, invalid=True)
            self.show_message(self.tr("Fill in the server address, your email and your password."), "danger")
            missing[0].setFocus()
            return
        self.server.setText(url)
        self._set_busy(True)
        self.show_message(self.tr("Signing in to %1…").replace("%1", url), "info")
        api_factory, remember = self.api_factory, self.remember

        def work() -> SignedIn:
            api = api_factory(url)
            tokens = api.sign_in(email, password)
            kept = remember(url, email, tokens.refresh_token)
            return SignedIn(url, email, api, tokens, bool(kept.stored), str(getattr(kept, "reason", "")))

        self.runner.run_net(work, self._signed_in, lambda error: self._failed(error, url))

    def _signed_in(self, session: SignedIn) -> None:
        self._set_busy(False)
        self.password.clear()
        self.result_session = session
        if session.stored:
            self.accept()
            return
        self.show_message(
            self.tr(
                "You're signed in for this session only: this computer has no password store (keyring), "
                "so you'll be asked again next time."
            ),
            "warning",
        )
        for field in (self.server, self.email, self.password):
            field.setEnabled(False)
        self.offline_button.hide()
        self.sign_in_button.setText(self.tr("Continue"))
        self.sign_in_button.setAccessibleName(self.tr("Continue"))
        self.sign_in_button.setFocus()

    def _failed(self, error: BaseException, url: str) -> None:
        self._set_busy(False)
        self.show_message(failure_message(error, url, offline=not self.first_start), "danger")
        names = {cls.__name__ for cls in type(error).__mro__}
        if "SignedOut" in names or "RequestRefused" in names:
            self.password.selectAll()
            self.password.setFocus()
        elif "ServerUnreachable" in names:
            self.server.setFocus()
        else:
            self.sign_in_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.server, self.email, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def show_message(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.banner.setProperty("tone", tone)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        wanted = self.sizeHint().height()
        if self.isVisible() and self.height() < wanted:
            self.resize(self.width(), wanted)

    def message_text(self) -> str:
        return self.message.text() if self.banner.isVisible() else ""

    def _mark(self, field: QLineEdit, *, invalid: bool) -> None:
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)

    def _clear_invalid(self) -> None:
        for field in (self.server, self.email, self.password):
            if field.property("invalid"):
                self._mark(field, invalid=False)

    def reject(self) -> None:
        """Esc and "Work offline" (or "Quit"); a sign-in still on its way is left to finish unseen."""
        if self.result_session is not None and not self.busy:
            self.accept()
            return
        self.result_session = None
        super().reject()

    @classmethod
    def ask(
        cls,
        runner: TaskRunner,
        *,
        server_url: str = "",
        email: str = "",
        parent: QWidget | None = None,
        api_factory: ApiFactory = default_api,
        remember: Remember = default_remember,
        first_start: bool = False,
    ) -> SignedIn | None:
        """Show the dialog; the session, or None to work offline (to quit, at a ``first_start``).

        Tests replace this method.
        """
        dialog = cls(
            runner,
            server_url=server_url,
            email=email,
            api_factory=api_factory,
            remember=remember,
            first_start=first_start,
            parent=parent,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_session if accepted else None
