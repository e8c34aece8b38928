"""The main window: navigator, the selected unit's card, sync in the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.models import Status, Unit
from desktop.sync.engine import SyncEngine
from desktop.sync.rounds import Progress, RoundResult
from desktop.timefmt import local_time
from desktop.ui.form_kit import Lookups, load_lookups
from desktop.ui.navigator import Navigator
from desktop.ui.status_card import Card, StatusCard, load_card
from desktop.ui.tasks import Job, Tasks
from desktop.ui.unit_forms import UnitForms
from desktop.ui.words import error_text

PROGRESS_DELAY_MS = 500  # a quick round never flashes a dialog


@dataclass(frozen=True)
class Loaded:
    units: list[Unit]
    status: Status
    lookups: Lookups


def load_units(store: Store) -> Loaded:
    """Runs on the store lane."""
    return Loaded(store.units(), store.status(), load_lookups(store))


def sync_round(store: Store, job: Job) -> RoundResult:
    """On the net lane, with a connection of its own."""
    own = store.reopen()
    try:
        return SyncEngine(own).run_round(
            progress=lambda step: _report(job, step), is_cancelled=lambda: job.cancelled
        )
    finally:
        own.close()


def _report(job: Job, step: Progress) -> None:
    job.report(step.done, max(step.total, step.done), step.phase)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, tasks: Tasks) -> None:
        super().__init__()
        self.store, self.tasks = store, tasks
        self.status: Status | None = None
        self.setWindowTitle(self.tr("Сводка — учёт подключения ФАП/ФП"))
        self.navigator = Navigator()
        self.card = StatusCard()
        self.forms: UnitForms | None = None  # built once the catalogs are loaded
        right = QWidget()
        self.column = QVBoxLayout(right)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.card)
        self.column.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 700])
        self.setCentralWidget(splitter)
        self.queue_label, self.sync_label = QLabel(), QLabel()
        self.statusBar().addWidget(self.queue_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self._actions()
        self.navigator.unit_selected.connect(self.show_unit)
        self.restoreGeometry(QSettings().value("main/geometry", b""))  # type: ignore[arg-type]
        self.refresh()

    def _actions(self) -> None:
        self.sync_action = QAction(self.tr("Синхронизировать"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        menu = self.menuBar().addMenu(self.tr("&Данные"))
        menu.addAction(self.sync_action)
        toolbar = self.addToolBar(self.tr("Действия"))
        toolbar.setObjectName("actions")
        toolbar.addAction(self.sync_action)

    def refresh(self) -> None:
        self.tasks.run(lambda _job: load_units(self.store), self._loaded, self._error)

    def _loaded(self, loaded: Loaded) -> None:
        self.navigator.set_units(loaded.units)
        self.show_status(loaded.status)
        if self.forms is None:
            self.forms = UnitForms(self.store, self.tasks, loaded.lookups)
            self.forms.changed.connect(self._unit_changed)
            self.column.takeAt(self.column.count() - 1)  # the stretch: the tabs fill instead
            self.column.addWidget(self.forms, 1)
            if self.navigator.current_code():
                self.forms.show_unit(self.navigator.current_code() or "")

    def _unit_changed(self, code: str) -> None:
        self.show_unit(code, forms_too=False)
        self.tasks.run(lambda _job: self.store.status(), self.show_status, self._error)

    def show_status(self, status: Status) -> None:
        self.status = status
        self.queue_label.setText(
            self.tr("В очереди: %1 · не принято: %2")
            .replace("%1", str(status.queued + status.sent))
            .replace("%2", str(status.quarantined))
        )
        if not status.enrolled:
            self.sync_label.setText(self.tr("Без связи с сервером (не подключено)"))
        elif status.last_sync:
            self.sync_label.setText(
                self.tr("Последняя синхронизация: %1").replace("%1", local_time(status.last_sync))
            )
        else:
            self.sync_label.setText(self.tr("Синхронизации ещё не было"))
        self.sync_action.setEnabled(status.enrolled)

    def show_unit(self, code: str, forms_too: bool = True) -> None:
        self.tasks.run(lambda _job: load_card(self.store, code), self._card, self._error)
        if forms_too and self.forms is not None:
            self.forms.show_unit(code)

    def _card(self, card: Card) -> None:
        self.card.show_card(card)

    def sync_now(self) -> None:
        dialog = QProgressDialog(self.tr("Обмен с сервером…"), self.tr("Отменить"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Синхронизация"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.sync_action.setEnabled(False)

        def progress(done: int, total: int, phase: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            label = self.tr("Отправка изменений") if phase == "push" else self.tr("Приём данных")
            dialog.setLabelText(f"{label}: {done} / {total}")

        def finished(result: object) -> None:
            dialog.reset()
            self.sync_action.setEnabled(True)
            if isinstance(result, Exception):
                QMessageBox.warning(self, self.tr("Синхронизация"), error_text(result))
            self.refresh()

        job = self.tasks.run(
            lambda job: sync_round(self.store, job), finished, finished, progress, lane="net"
        )
        dialog.canceled.connect(job.cancel)

    def _error(self, exc: Exception) -> None:
        self.statusBar().showMessage(error_text(exc), 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
