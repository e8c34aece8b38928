"""The main window's companions (outbox, conflicts, history): one of each, raised if open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# Which tab of the unit's forms holds a record of each kind.
TAB_OF_ENTITY = {
    "connection_observations": 0,
    "outages": 0,
    "arm_counts": 1,
    "workstations": 1,
    "documents": 2,
    "subsystem_connections": 3,
    "acts": 4,
}


class SideWindows:
    """Keeps one window per name; closing it forgets it (it is deleted on close)."""

    def __init__(self) -> None:
        self.open: dict[str, QWidget] = {}

    def show(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        window = self.open.get(name)
        if window is None:
            window = make()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_args: self.open.pop(name, None))
            self.open[name] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def reload_all(self) -> None:
        """After a save or a sync round, what they show may have changed."""
        for window in self.open.values():
            reload: Any = getattr(window, "reload", None)
            if callable(reload):
                reload()

    def close_all(self) -> None:
        for window in list(self.open.values()):
            window.close()
