"""The link monitor in the app: probes the server on the net lane, sooner after a failure."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.storage import Store
from desktop.sync.engine import client_for
from desktop.sync.monitor import LinkMonitor, Probe
from desktop.ui.tasks import Tasks

RETRY_AFTER_FAILURE_S = 10  # 2G links come back in seconds: look again soon


def probe_once(store: Store) -> Probe:
    """On the net lane, with a connection of its own: an up/down change is recorded as the
    post's connection fact (and outage) by the monitor itself."""
    own = store.reopen()
    try:
        client = client_for(own)
        try:
            return LinkMonitor(own, client).probe()
        finally:
            client.close()
    finally:
        own.close()


class LinkWatch(QObject):
    """Emits ``probed`` after each probe; the window shows it and drains when it returns."""

    probed = Signal(object)

    def __init__(self, store: Store, tasks: Tasks, interval_s: int) -> None:
        super().__init__()
        self.store, self.tasks, self.interval_s = store, tasks, interval_s
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.probe_now)
        self.busy = False
        self.stopped = True

    def start(self) -> None:
        self.stopped = False
        self.timer.start(0)

    def stop(self) -> None:
        """Also for a probe under way: its answer no longer restarts the timer."""
        self.stopped = True
        self.timer.stop()

    def set_interval(self, seconds: int) -> None:
        self.interval_s = seconds

    def probe_now(self) -> None:
        if self.busy or self.stopped:
            return
        self.busy = True
        self.tasks.run(lambda _job: probe_once(self.store), self._done, self._failed, lane="net")

    def _done(self, probe: Probe) -> None:
        self.busy = False
        if self.stopped:
            return
        self.probed.emit(probe)
        delay = self.interval_s if probe.up else min(self.interval_s, RETRY_AFTER_FAILURE_S)
        self.timer.start(delay * 1000)

    def _failed(self, _exc: Exception) -> None:
        self.busy = False  # not enrolled, or the store went away: look again later
        if not self.stopped:
            self.timer.start(self.interval_s * 1000)
