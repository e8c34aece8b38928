"""The status bar: link to the server, the queue, conflicts, last sync and a clock warning."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.storage import Store
from desktop.storage.conflict_query import unseen_count
from desktop.storage.models import Status
from desktop.timefmt import local_time
from desktop.ui.form_kit import ERROR_STYLE
from desktop.ui.sync_words import online_text, skew_warning_text, stored_skew


@dataclass(frozen=True)
class BarState:
    status: Status
    skew_ms: int | None
    unseen_conflicts: int


def load_bar_state(store: Store) -> BarState:
    """Runs on the store lane."""
    return BarState(store.status(), stored_skew(store.meta("clock_skew_ms")), unseen_count(store))


class SyncBar:
    """Fills a QStatusBar; the labels are plain text, so screen readers read them too."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.queue, self.conflicts, self.skew = QLabel(), QLabel(), QLabel()
        self.link, self.last = QLabel(), QLabel()
        self.skew.setStyleSheet(ERROR_STYLE)
        self.conflicts.setStyleSheet(ERROR_STYLE)
        bar.addWidget(self.queue)
        bar.addWidget(self.conflicts)
        bar.addWidget(self.skew)
        bar.addPermanentWidget(self.link)
        bar.addPermanentWidget(self.last)
        self.enrolled = False
        self.up: bool | None = None
        self.latency_ms: int | None = None

    def show_state(self, state: BarState) -> None:
        status = state.status
        self.enrolled = status.enrolled
        self.queue.setText(
            QCoreApplication.translate("SyncBar", "В очереди: %1 · не принято: %2")
            .replace("%1", str(status.queued + status.sent))
            .replace("%2", str(status.quarantined))
        )
        self.conflicts.setText(
            QCoreApplication.translate("SyncBar", "Конфликтов: %1").replace(
                "%1", str(state.unseen_conflicts)
            )
            if state.unseen_conflicts
            else ""
        )
        self.conflicts.setVisible(bool(state.unseen_conflicts))
        warning = skew_warning_text(state.skew_ms)
        self.skew.setText(warning or "")
        self.skew.setVisible(warning is not None)
        if not status.enrolled:
            self.last.setText("")
        elif status.last_sync:
            self.last.setText(
                QCoreApplication.translate("SyncBar", "Последняя синхронизация: %1").replace(
                    "%1", local_time(status.last_sync)
                )
            )
        else:
            self.last.setText(QCoreApplication.translate("SyncBar", "Синхронизации ещё не было"))
        self.show_link(self.up, self.latency_ms)

    def show_link(self, up: bool | None, latency_ms: int | None = None) -> None:
        self.up, self.latency_ms = up, latency_ms
        self.link.setText(online_text(self.enrolled, up, latency_ms))
