"""Auto-lock: after N minutes without mouse or keyboard input the app asks to be locked.

``AutoLock`` is an application-wide event filter. Input only records the time (cheap: the
filter sees every event); one single-shot QTimer fires when the period could have run out,
and re-arms itself for the rest if input came meanwhile, so there is no polling loop.

When the app must not lock under the user:
- a visible ``QProgressDialog`` (sync, backup, restore) counts as the user being there:
  a job the user is watching never ends in a locked screen, and the full period starts
  again when the dialog has gone;
- ``pause()`` / ``resume()`` (they nest) hold the lock off for anything else, e.g. while
  the app is already locked; ``resume()`` starts a full period.
Background work without a dialog (the link monitor, a periodic sync) does not hold it off:
it would keep an unattended PC open for ever.

Time is counted on a clock that runs on while the PC sleeps, and the first input after the
period has run out locks before it reaches a window: a laptop opened after an hour in a bag
locks at once, even though Qt's timer has not fired yet.

``lock_session`` is the lock itself: the unlock dialog shown, every other window closed
(nothing keeps a closed store), the store closed on the store lane.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from desktop.storage import Store
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog

MINUTE_MS = 60_000
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def now() -> float:
    """Seconds on a clock that counts sleep too (Linux's monotonic clock stops in suspend;
    Windows' does not)."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class AutoLock(QObject):
    """Emits ``lock_requested`` after ``minutes`` without input; 0 never does.

    ``unit_ms`` is the length of a "minute" (tests make it short)."""

    lock_requested = Signal()

    def __init__(
        self, minutes: int = 0, parent: QObject | None = None, *, unit_ms: int = MINUTE_MS
    ) -> None:
        super().__init__(parent)
        self.unit_ms = unit_ms
        self.minutes = 0
        self.paused = 0
        self.last_input = now()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("AutoLock needs a QApplication")
        app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def limit_ms(self) -> int:
        return self.minutes * self.unit_ms

    @property
    def active(self) -> bool:
        return self.minutes > 0 and not self.paused

    def set_minutes(self, minutes: int) -> None:
        """A new period, counted from now (the user has just changed it)."""
        self.minutes = max(0, minutes)
        self._restart()

    def pause(self) -> None:
        self.paused += 1
        self.timer.stop()

    def resume(self) -> None:
        if self.paused:
            self.paused -= 1
            if not self.paused:
                self._restart()

    def uninstall(self) -> None:
        """Stop watching input (tests; the app keeps its AutoLock for its whole life)."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in INPUT_EVENTS:
            return False
        moment = now()
        late = self.active and (moment - self.last_input) * 1000 >= self.limit_ms
        self.last_input = moment
        if late and not progress_shown():  # back from sleep: lock before anything else
            self.timer.stop()
            self.lock_requested.emit()
            return True  # the key or click must not reach a window that is locking
        if not self.timer.isActive() and self.active:  # e.g. after a lock was asked
            self._arm(self.limit_ms)
        return False

    def _restart(self) -> None:
        self.last_input = now()
        if self.active:
            self._arm(self.limit_ms)
        else:
            self.timer.stop()

    def _arm(self, ms: float) -> None:
        self.timer.start(max(1, math.ceil(ms)))

    def _check(self) -> None:
        if not self.active:
            return
        idle_ms = (now() - self.last_input) * 1000
        if idle_ms < self.limit_ms:  # input came meanwhile (or the timer fired early)
            self._arm(self.limit_ms - idle_ms)
        elif progress_shown():
            self._restart()
        else:
            self.lock_requested.emit()


def progress_shown() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def lock_session(
    tasks: Tasks,
    store: Store,
    autolock: AutoLock | None = None,
    on_unlocked: Callable[[Store], None] | None = None,
) -> UnlockDialog:
    """Lock now: close the windows, close ``store`` on the store lane, ask for the passphrase.

    Every window holds the store that is being closed, so none is kept: dialogs are
    rejected (a draft in one is lost, the price of locking an unattended PC), other windows
    closed (their closeEvent stops their timers), or hidden if one refuses. ``on_unlocked``
    gets the new store and builds the main window again; ``autolock`` is paused until then.
    The unlock dialog is shown first, so closing the main window does not end the app. The
    caller connects the dialog's ``rejected`` (quit, usually)."""
    if autolock is not None:
        autolock.pause()
    dialog = UnlockDialog(store.profile, tasks)
    dialog.user.setCurrentText(store.actor)  # the same person, most likely
    if autolock is not None:
        dialog.unlocked.connect(lambda _store: autolock.resume())
    if on_unlocked is not None:
        dialog.unlocked.connect(on_unlocked)
    dialog.show()
    for widget in QApplication.topLevelWidgets():
        if widget is dialog or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        elif not widget.close():
            widget.hide()
    tasks.run(lambda _job: store.close())
    dialog.raise_()
    dialog.activateWindow()
    dialog.passphrase.setFocus()
    return dialog
