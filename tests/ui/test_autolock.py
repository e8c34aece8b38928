"""Auto-lock: fires after a quiet period (milliseconds here, minutes in the app), not before."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.ui.autolock import AutoLock, lock_session, now
from desktop.ui.tasks import Tasks
from tests.conftest import PASSPHRASE, USER
from tests.ui.conftest import on_lane

Make = Callable[[int, int], AutoLock]


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Make]:
    made: list[AutoLock] = []

    def build(minutes: int, unit_ms: int) -> AutoLock:
        lock = AutoLock(minutes, unit_ms=unit_ms)
        made.append(lock)
        return lock

    yield build
    for lock in made:
        lock.uninstall()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def type_key(widget: QLineEdit) -> None:
    """A key press as the app gets it (through the application's event filters)."""
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )


def test_fires_after_the_quiet_period_and_not_before(
    qtbot: QtBot, make: Make, field: QLineEdit
) -> None:
    lock = make(2, 100)  # "2 minutes" of 100 ms
    type_key(field)
    typed = now()
    with qtbot.waitSignal(lock.lock_requested, timeout=10_000):
        pass
    assert now() - typed >= 0.19  # Qt's coarse timers may fire up to 5 % early


def test_input_keeps_it_open(qtbot: QtBot, make: Make, field: QLineEdit) -> None:
    lock = make(1, 800)
    typing = QTimer(interval=20)
    typing.timeout.connect(lambda: type_key(field))
    with qtbot.assertNotEmitted(lock.lock_requested, wait=2_000):
        typing.start()  # typing for 2.5 periods
    typing.stop()
    last = lock.last_input
    with qtbot.waitSignal(lock.lock_requested, timeout=10_000):
        pass
    assert now() - last >= 0.76  # coarse timers: up to 5 % early


def test_input_after_a_sleep_locks_at_once_and_is_swallowed(
    qtbot: QtBot, make: Make, field: QLineEdit
) -> None:
    lock = make(15, 60_000)
    lock.last_input -= 16 * 60  # as if the laptop had slept in a bag, timer not yet fired
    with qtbot.waitSignal(lock.lock_requested, timeout=1_000):
        type_key(field)
    assert field.text() == "" and not lock.timer.isActive()
    lock.set_minutes(15)
    type_key(field)  # an ordinary key press goes through
    assert field.text() == "a" and lock.timer.isActive()


def test_zero_minutes_never_locks(qtbot: QtBot, make: Make) -> None:
    lock = make(0, 20)
    with qtbot.assertNotEmitted(lock.lock_requested, wait=300):
        pass
    assert not lock.timer.isActive()
    lock.set_minutes(1)
    with qtbot.waitSignal(lock.lock_requested, timeout=10_000):
        pass
    lock.set_minutes(3)
    lock.set_minutes(0)  # switched off while counting
    with qtbot.assertNotEmitted(lock.lock_requested, wait=300):
        pass


def test_pause_nests_and_resume_starts_a_full_period(qtbot: QtBot, make: Make) -> None:
    lock = make(1, 100)
    lock.pause()
    lock.pause()
    with qtbot.assertNotEmitted(lock.lock_requested, wait=400):
        lock.resume()  # still paused once
    assert not lock.active
    lock.resume()
    resumed = now()
    with qtbot.waitSignal(lock.lock_requested, timeout=10_000):
        pass
    assert now() - resumed >= 0.095  # coarse timers: up to 5 % early


def test_a_visible_progress_dialog_holds_it_off(qtbot: QtBot, make: Make) -> None:
    progress = QProgressDialog("Создаю резервную копию…", "", 0, 0)
    qtbot.addWidget(progress)
    progress.setMinimumDuration(0)
    progress.show()
    lock = make(1, 100)
    with qtbot.assertNotEmitted(lock.lock_requested, wait=500):
        pass
    progress.reset()
    progress.hide()
    with qtbot.waitSignal(lock.lock_requested, timeout=10_000):
        pass


class Window(QMainWindow):
    closed = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.closed = True  # where the main window stops its timers
        super().closeEvent(event)


def test_lock_session_closes_everything_and_unlocks_again(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, make: Make
) -> None:
    window, other = Window(), QDialog()
    for widget in (window, other):
        qtbot.addWidget(widget)
        widget.show()
    lock = make(1, 60_000)
    unlocked: list[Store] = []
    dialog = lock_session(tasks, demo_store, lock, unlocked.append)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and window.closed and not window.isVisible()
    assert not other.isVisible() and other.result() == QDialog.DialogCode.Rejected
    assert lock.paused == 1 and dialog.user.currentText() == USER
    with pytest.raises(Exception, match="closed"):
        on_lane(qtbot, tasks, demo_store.units)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: bool(unlocked), timeout=20_000)
    assert lock.paused == 0 and lock.timer.isActive()
    assert any(u.code == "DEMO-FAP-012" for u in on_lane(qtbot, tasks, unlocked[0].units))
    on_lane(qtbot, tasks, unlocked[0].close)
