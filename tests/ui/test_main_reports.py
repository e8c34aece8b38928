"""The main window opens the quarterly form of the МО chosen on the left (or of its post's МО)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.storage.models import Unit
from desktop.ui.main_window import MainWindow, mo_of
from desktop.ui.quarterly_view import QuarterlyWindow
from desktop.ui.tasks import Tasks
from tests.ui.conftest import on_lane
from tests.ui.test_quarterly_view import fill


def _unit(code: str, type_: str, parent: str | None = None) -> Unit:
    return Unit(code=code, name=code, type=type_, parent=parent, district=None)


def test_mo_of_climbs_to_the_mo() -> None:
    units = {
        u.code: u for u in (_unit("MO", "mo"), _unit("T", "tvsp", "MO"), _unit("F", "fap", "T"))
    }
    assert mo_of(units, "F") == "MO"
    assert mo_of(units, "MO") == "MO"
    assert mo_of(units, None) == "MO"  # the only МО
    units["MO2"] = _unit("MO2", "mo")
    assert mo_of(units, None) is None  # which one? the user chooses
    assert mo_of(units, "nowhere") is None


def test_reports_menu_opens_the_form_of_the_chosen_posts_mo(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = MainWindow(demo_store, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.navigator.tree.topLevelItemCount() > 0, timeout=10_000)
    window.navigator.select("DEMO-FAP-012")
    window.quarterly_action.trigger()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuarterlyWindow)]
    assert len(opened) == 1 and opened[0].isVisible()
    assert "quarterly:DEMO-MO-01" in window.side.open
    window.quarterly_action.trigger()  # once per МО: raised, not opened twice
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QuarterlyWindow)]) == 1
    window.close()
