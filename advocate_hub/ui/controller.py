"""The composition root's go-between: views emit intent, the controller runs core use cases and reports back.

Every database call goes through the task runner (never on the GUI thread). After each action, and on a timer
for changes made elsewhere (a moderator, a sync), the controller takes the advocate's pulse and turns what
changed into notices for the feedback moments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.paths import log_dir
from advocate_hub.core.queries.pulse import Notice, Pulse, news, pulse
from advocate_hub.core.services.program import Program
from advocate_hub.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
POLL_MS = 5_000


def readable(error: BaseException) -> str:
    """The message a person sees: the domain's own words, or where to find the details of a bug."""
    if isinstance(error, AdvocateHubError):
        return str(error)
    log.error("Unexpected error in a background task", exc_info=error)
    return f"Something went wrong. The details are in the log in {log_dir()}."


class AppController(QObject):
    advocate_changed = Signal(int)
    changed = Signal()
    """Data may have changed: visible pages reload what they show."""
    notice = Signal(object)
    error = Signal(str)

    def __init__(self, program: Program, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.runner = runner
        self.advocate_id: int | None = None
        self._pulse: Pulse | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        runner.failed.connect(lambda error: self.error.emit(readable(error)))

    def select_advocate(self, advocate_id: int) -> None:
        self.advocate_id = advocate_id
        self._pulse = None
        self.advocate_changed.emit(advocate_id)
        self.refresh()
        self._timer.start()

    def now(self) -> Any:
        return self.program.clock()

    def load(self, query: Callable[..., Any], on_loaded: Callable[[Any], None], **kwargs: Any) -> None:
        """Run a read query in the background and hand its result to ``on_loaded`` on the GUI thread."""
        self.runner.run_db(lambda: self.program.read(query, **kwargs), on_loaded)

    def act(
        self,
        action: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a use case for the current advocate; a domain error goes to ``on_error`` (or the error signal)."""

        def failed(error: BaseException) -> None:
            if on_error is not None and isinstance(error, AdvocateHubError):
                on_error(error)
            else:
                self.error.emit(readable(error))

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.refresh(force=True)

        self.runner.run_db(lambda: self.program.run(action, **kwargs), done, failed)

    def refresh(self, *, force: bool = False) -> None:
        """Take the advocate's pulse; announce what changed since the last one and let pages reload.

        ``force`` makes pages reload even when the pulse is unchanged: after an action such as a profile save or
        a decline, which changes what a page shows but not points, tier, badges or decisions.
        """
        advocate_id = self.advocate_id
        if advocate_id is None:
            return

        def arrived(current: Pulse) -> None:
            if advocate_id != self.advocate_id:
                return
            previous, self._pulse = self._pulse, current
            if previous is None:
                return  # the first pulse is the baseline: pages read their data when the advocate was set
            notices: list[Notice] = news(previous, current)
            if force or notices or previous != current:
                self.changed.emit()
            for item in notices:
                self.notice.emit(item)

        self.runner.run_db(lambda: self.program.read(pulse, advocate_id=advocate_id), arrived)

    def stop(self) -> None:
        self._timer.stop()
