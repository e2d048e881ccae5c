"""One task runner for all background work, so the GUI thread never waits on the database or the network.

Database work runs on a single worker thread (SQLite access stays serialised, as in Anki's taskman); network
work runs on a separate pool. Results and errors come back to the GUI thread through signals, and a failure is
never swallowed: it reaches ``on_failure`` or, without one, the runner's ``failed`` signal.

While a runner lives, Python's cyclic garbage collector runs only on the GUI thread (as in Anki): left
automatic, a collection can start in a worker (they allocate a lot while reading the database) and traverse Qt
wrappers while the GUI thread is destroying widgets, which crashes the process now and then.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)
COLLECT_MS = 1_000


def collect_garbage() -> None:
    """What the automatic collector would do by now, generation by generation, here on the GUI thread.

    After the first full collection, what survived it (modules, the window's widgets, the ORM's mappings: the
    app's start-up, some 100k objects) is frozen out of later full collections, which then only walk what the
    app made since: at a million advocates a full collection of everything stalled the window for 50-100 ms.
    """
    counts, limits = gc.get_count(), gc.get_threshold()
    if counts[0] < limits[0]:
        return
    generation = 2 if counts[2] >= limits[2] else 1 if counts[1] >= limits[1] else 0
    gc.collect(generation)
    if generation == 2 and gc.get_freeze_count() == 0:
        gc.freeze()


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a worker's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """``run_db(work, on_success, on_failure)`` and ``run_net(...)``; callbacks run on the GUI thread.

    One runner lives as long as the app; call ``wait()`` before letting it go, since destroying its pools while a
    worker is still handing back a result crashes Qt.
    """

    failed = Signal(object)
    """An error from a task that has no ``on_failure`` of its own."""
    idle_changed = Signal(bool)
    _collecting_runners: ClassVar[int] = 0
    """Runners that switched automatic collection off; the last one to stop switches it back on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._net = QThreadPool(self)
        self._net.setMaxThreadCount(4)
        self._relays: set[_Relay] = set()
        TaskRunner._collecting_runners += 1
        self._collecting = True
        gc.disable()
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_MS)
        self._collector.timeout.connect(collect_garbage)
        self._collector.start()

    def run_db(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._start(self._db, work, on_success, on_failure)

    def run_net(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._start(self._net, work, on_success, on_failure)

    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished: only for shutdown, never while the window is in use."""
        done = self._db.waitForDone(msecs) and self._net.waitForDone(msecs)
        if done:
            self._stop_collecting()
        return done

    def _stop_collecting(self) -> None:
        if not self._collecting:
            return
        self._collecting = False
        self._collector.stop()
        TaskRunner._collecting_runners -= 1
        if TaskRunner._collecting_runners == 0:
            gc.enable()

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        relay = _Relay(self)
        was_idle = not self._relays
        self._relays.add(relay)

        def finished() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.idle_changed.emit(True)

        def succeeded(result: Any) -> None:
            finished()
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            finished()
            if on_failure is not None:
                on_failure(error)
            else:
                self.failed.emit(error)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        if was_idle:
            self.idle_changed.emit(False)
        pool.start(_Job(work, relay))
