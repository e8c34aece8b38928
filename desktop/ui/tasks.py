"""Background work for the GUI: plain Python functions on a thread pool, results by signal.

Every store or network call from a window goes through ``Tasks.run``: the work function gets
a ``Job`` (to report progress and see a cancel request) and runs on a pool thread; the
callbacks run on the GUI thread. Two lanes: ``store`` is one thread that never ends, so the
store's connection (opened there) is only ever used there, and jobs see writes in order;
``net`` runs sync rounds, each on a connection of its own (``Store.reopen``).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
)


@dataclass
class Job:
    """Handed to a work function: ``report`` progress, check ``cancelled`` between steps."""

    _progress: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int, text: str = "") -> None:
        self._progress(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Job], Any], signals: _Signals, job: Job) -> None:
        super().__init__()
        self.work, self.signals, self.job = work, signals, job

    def run(self) -> None:
        try:
            result = self.work(self.job)
        except Exception as exc:  # handed to the GUI thread, which shows it in words
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


Lane = Literal["store", "net"]


class Tasks(QObject):
    """The app's worker threads; ``busy`` counts jobs in flight (the status bar shows it)."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lanes: dict[str, QThreadPool] = {}
        for lane in ("store", "net"):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)  # the same thread for the life of the app
            self.lanes[lane] = pool
        self.busy = 0
        self._alive: set[_Signals] = set()

    def run(
        self,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        lane: Lane = "store",
    ) -> Job:
        signals = _Signals()
        job = Job(signals.progress.emit)
        self._alive.add(signals)  # keeps the signal object alive until the job ends
        if on_progress:
            signals.progress.connect(on_progress)
        signals.done.connect(lambda result: self._finish(signals, on_done, result))
        signals.failed.connect(lambda exc: self._finish(signals, on_error, exc))
        self._set_busy(self.busy + 1)
        self.lanes[lane].start(_Runnable(work, signals, job))
        return job

    def call(self, work: Callable[[], Any], timeout_ms: int = 60_000) -> Any:
        """Run ``work`` on the store lane and return its result, turning the event loop
        meanwhile. Only where nothing waits on screen: self-test, screenshots, tests."""
        box: list[Any] = []
        self.run(lambda _job: work(), box.append, box.append)
        deadline = time.monotonic() + timeout_ms / 1000
        while not box and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
        if not box:
            raise TimeoutError(f"no result within {timeout_ms} ms")
        if isinstance(box[0], Exception):
            raise box[0]
        return box[0]

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: run the event loop until every job has reported back.
        (Not QThreadPool.waitForDone: it also ends the pool's threads, and the store lane's
        connection belongs to its one thread.)"""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
        return self.busy == 0

    def _finish(
        self, signals: _Signals, callback: Callable[[Any], None] | None, value: Any
    ) -> None:
        self._alive.discard(signals)
        self._set_busy(self.busy - 1)
        if callback is not None:
            callback(value)

    def _set_busy(self, value: int) -> None:
        self.busy = value
        self.busy_changed.emit(value)
