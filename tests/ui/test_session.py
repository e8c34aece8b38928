"""The app's session: the main window's Ctrl+L and auto-lock close everything, unlock reopens."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.storage import Profile, Store
from desktop.ui.app import Session
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.ui.conftest import on_lane


def test_lock_closes_the_store_and_unlock_opens_a_new_window(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path
) -> None:
    profile = Profile(tmp_path / "profile")

    def make() -> Store:
        store = profile.create(USER, PASSPHRASE, kdf=FAST_KDF).store
        store.load_demo_registry()
        return store

    store = on_lane(qtbot, tasks, make)
    session = Session(profile, tasks)
    session.open_main(store)
    first = session.window
    assert first is not None
    qtbot.waitUntil(lambda: first.navigator.tree.topLevelItemCount() > 0, timeout=20_000)
    first.lock_requested.emit()  # what Ctrl+L does
    tasks.wait()
    assert session.store is None and not first.isVisible()
    dialog = session._first
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(
        lambda: session.window is not first and session.window is not None, timeout=20_000
    )
    second = session.window
    assert second is not None
    qtbot.waitUntil(lambda: second.navigator.tree.topLevelItemCount() > 0, timeout=20_000)
    second.close()
    session.close()
