"""Start-up timing for benchmarks: one line on stdout when the main window is usable.

Off unless ``SVODKA_READY`` is set. The app calls ``watch(window)`` right after showing
its main window; once the navigator holds the registry (what a user waits for) it prints
``svodka-ready <seconds>``, the system-wide monotonic clock (``time.monotonic``), so a
parent process that noted the same clock before starting the app gets the start-up time.
With ``SVODKA_READY=quit`` the app then quits, which ends a benchmark's run.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

READY_ENV = "SVODKA_READY"
QUIT = "quit"
LINE = "svodka-ready"
WATCHED = "svodka_ready_watched"
POLL_MS = 2  # rows arrive on the store lane: look again at once, a few times a frame


def enabled() -> bool:
    return bool(os.environ.get(READY_ENV))


def watch(window: MainWindow) -> None:
    """Print the readiness line once ``window``'s navigator is filled (no-op when off)."""
    if not enabled() or window.property(WATCHED):
        return
    window.setProperty(WATCHED, True)
    timer = QTimer(window, interval=POLL_MS)
    timer.timeout.connect(lambda: _check(window, timer))
    timer.start()


def _check(window: MainWindow, timer: QTimer) -> None:
    if not window.isVisible() or window.navigator.tree.topLevelItemCount() == 0:
        return
    timer.stop()
    # After this turn of the event loop the filled tree has been painted.
    QTimer.singleShot(0, _ready)


def _ready() -> None:
    print(f"{LINE} {time.monotonic():.6f}", flush=True)
    if os.environ.get(READY_ENV) == QUIT:
        sys.stdout.flush()
        QCoreApplication.quit()
