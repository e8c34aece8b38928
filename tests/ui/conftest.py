"""GUI fixtures: one Tasks per test; stores are opened on its store lane, as the app does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.storage import Profile, Store
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.tasks import Tasks
from tests.conftest import FAST_KDF, PASSPHRASE, USER

T = TypeVar("T")


def on_lane(qtbot: QtBot, tasks: Tasks, work: Callable[[], T]) -> T:
    """Run ``work`` on the store lane and wait for its result (``qtbot`` keeps the app up)."""
    del qtbot
    result: T = tasks.call(work)
    return result


@pytest.fixture(autouse=True)
def russian_default() -> Iterator[None]:
    """A test that switches the language must not leave it for the next one."""
    yield
    QLocale.setDefault(QLocale(QLocale.Language.Russian))


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    made = Tasks()
    yield made
    made.wait()


@pytest.fixture
def demo_store(qtbot: QtBot, tasks: Tasks, tmp_path: Path) -> Iterator[Store]:
    def make() -> Store:
        store = Profile(tmp_path / "profile").create(USER, PASSPHRASE, kdf=FAST_KDF).store
        store.load_demo_registry()
        return store

    store = on_lane(qtbot, tasks, make)
    yield store
    on_lane(qtbot, tasks, store.close)


def shown_wizard(qtbot: QtBot, tasks: Tasks, root: Path) -> tuple[FirstRunWizard, list[Store]]:
    """A first-run wizard on screen, and the list its ``ready`` store will land in."""
    wizard = FirstRunWizard(root, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    opened: list[Store] = []
    wizard.ready.connect(opened.append)
    return wizard, opened
