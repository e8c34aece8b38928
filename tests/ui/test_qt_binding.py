"""The Qt binding itself: a PySide6 that loses references to None would abort the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class Sender(QObject):
    flag = Signal(bool)


def test_void_calls_and_emits_keep_none_and_bools_alive() -> None:
    timer, sender = QTimer(), Sender()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        timer.stop()
        sender.flag.emit(True)
    # Other threads may hold a few more or fewer meanwhile; a broken binding loses 1,000.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
