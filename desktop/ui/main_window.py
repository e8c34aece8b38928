"""The main window: navigator, the selected unit's card, sync in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.forms import MO_TYPE
from desktop.storage.models import Status, Unit
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import Offline
from desktop.sync.monitor import Probe
from desktop.sync.rounds import Progress, RoundResult
from desktop.ui.conflicts_view import ConflictsWindow
from desktop.ui.form_kit import Lookups, load_lookups
from desktop.ui.history_view import HistoryWindow
from desktop.ui.link_watch import LinkWatch
from desktop.ui.navigator import Navigator
from desktop.ui.outbox_view import OutboxWindow
from desktop.ui.side_windows import TAB_OF_ENTITY, SideWindows
from desktop.ui.status_card import Card, StatusCard, load_card
from desktop.ui.sync_bar import BarState, SyncBar, load_bar_state
from desktop.ui.tasks import Job, Tasks
from desktop.ui.unit_forms import UnitForms
from desktop.ui.words import error_text

PROGRESS_DELAY_MS = 500  # a quick round never flashes a dialog


@dataclass(frozen=True)
class Loaded:
    units: list[Unit]
    bar: BarState
    lookups: Lookups
    monitor_interval_s: int


def load_units(store: Store) -> Loaded:
    """Runs on the store lane."""
    interval = store.settings().monitor_interval_s
    return Loaded(store.units(), load_bar_state(store), load_lookups(store), interval)


def mo_of(units: dict[str, Unit], code: str | None) -> str | None:
    """The МО a unit belongs to (itself for an МО); the only МО when nothing is chosen."""
    if code is None:
        mos = [u.code for u in units.values() if u.type == MO_TYPE]
        return mos[0] if len(mos) == 1 else None
    unit = units.get(code)
    while unit is not None and unit.type != MO_TYPE:
        unit = units.get(unit.parent) if unit.parent else None
    return unit.code if unit is not None else None


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
    """The session (app.py) answers ``settings_requested`` and ``lock_requested``."""

    settings_requested = Signal()
    lock_requested = Signal()

    def __init__(self, store: Store, tasks: Tasks) -> None:
        super().__init__()
        self.store, self.tasks = store, tasks
        self.status: Status | None = None
        self.setWindowTitle(self.tr("Сводка — учёт подключения ФАП/ФП"))
        self.navigator = Navigator()
        self.card = StatusCard()
        self.units: dict[str, Unit] = {}
        self.forms: UnitForms | None = None  # built once the catalogs are loaded
        self.side = SideWindows()
        self.watch: LinkWatch | None = None
        self.syncing = False
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
        self.bar = SyncBar(self.statusBar())
        self._actions()
        self.navigator.unit_selected.connect(self.show_unit)
        self.restoreGeometry(QSettings().value("main/geometry", b""))  # type: ignore[arg-type]
        self.refresh()

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _actions(self) -> None:
        self.sync_action = self._action(self.tr("&Синхронизировать"), "F5", self.sync_now)
        self.outbox_action = self._action(
            self.tr("&Очередь отправки…"), "Ctrl+Shift+O", self.open_outbox
        )
        self.conflicts_action = self._action(self.tr("&Конфликты…"), "", self.open_conflicts)
        self.history_action = self._action(
            self.tr("&История изменений…"), "Ctrl+H", self.open_history
        )
        self.unit_history_action = self._action(
            self.tr("История &выбранного учреждения…"), "Ctrl+Shift+H", self.open_unit_history
        )
        self.quarterly_action = self._action(
            self.tr("&Квартальная форма МО…"), "Ctrl+K", self.open_quarterly
        )
        file_menu = self.menuBar().addMenu(self.tr("&Файл"))
        file_menu.addAction(
            self._action(self.tr("&Настройки…"), "Ctrl+,", self.settings_requested.emit)
        )
        file_menu.addAction(
            self._action(self.tr("За&блокировать"), "Ctrl+L", self.lock_requested.emit)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("В&ыход"), "Ctrl+Q", self.close))
        menu = self.menuBar().addMenu(self.tr("&Данные"))
        for action in (self.sync_action, self.outbox_action, self.conflicts_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.addAction(self.unit_history_action)
        self.data_menu = menu
        reports = self.menuBar().addMenu(self.tr("&Отчёты"))
        reports.addAction(self.quarterly_action)
        toolbar = self.addToolBar(self.tr("Действия"))
        toolbar.setObjectName("actions")
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.outbox_action)
        toolbar.addAction(self.quarterly_action)

    def refresh(self) -> None:
        self.tasks.run(lambda _job: load_units(self.store), self._loaded, self._error)

    def _loaded(self, loaded: Loaded) -> None:
        self.units = {u.code: u for u in loaded.units}
        self.navigator.set_units(loaded.units)
        self.show_bar(loaded.bar)
        if self.forms is None:
            self.forms = UnitForms(self.store, self.tasks, loaded.lookups)
            self.forms.changed.connect(self._unit_changed)
            self.column.takeAt(self.column.count() - 1)  # the stretch: the tabs fill instead
            self.column.addWidget(self.forms, 1)
            if self.navigator.current_code():
                self.forms.show_unit(self.navigator.current_code() or "")
        else:
            self.forms.set_lookups(loaded.lookups)
        if self.watch is None and loaded.bar.status.enrolled:
            self.watch = LinkWatch(self.store, self.tasks, loaded.monitor_interval_s)
            self.watch.probed.connect(self._probed)
            self.watch.start()

    def _unit_changed(self, code: str) -> None:
        self.show_unit(code, forms_too=False)
        self.refresh_bar()
        self.side.reload_all()

    def refresh_bar(self) -> None:
        self.tasks.run(lambda _job: load_bar_state(self.store), self.show_bar, self._error)

    def show_bar(self, state: BarState) -> None:
        self.status = state.status
        self.bar.show_state(state)
        self.sync_action.setEnabled(state.status.enrolled and not self.syncing)

    def _probed(self, probe: Probe) -> None:
        self.bar.show_link(probe.up, probe.latency_ms)
        status = self.status
        if probe.up and probe.changed and status is not None and status.queued + status.sent:
            self.sync_now(quiet=True)  # the link came back: drain at once
        elif probe.changed:
            self.refresh_bar()

    def show_unit(self, code: str, forms_too: bool = True) -> None:
        self.tasks.run(lambda _job: load_card(self.store, code), self._card, self._error)
        if forms_too and self.forms is not None:
            self.forms.show_unit(code)

    def _card(self, card: Card) -> None:
        self.card.show_card(card)

    def open_outbox(self) -> None:
        def make() -> QWidget:
            window = OutboxWindow(self.store, self.tasks)
            window.edit_requested.connect(self.edit_record)
            return window

        self.side.show("outbox", make)

    def open_conflicts(self) -> None:
        def make() -> QWidget:
            window = ConflictsWindow(self.store, self.tasks)
            window.edit_requested.connect(self.edit_record)
            window.unseen_changed.connect(lambda _n: self.refresh_bar())
            return window

        self.side.show("conflicts", make)

    def open_history(self) -> None:
        self.side.show("history", lambda: HistoryWindow(self.store, self.tasks))

    def open_unit_history(self) -> None:
        code = self.navigator.current_code()
        if code is None:
            self.statusBar().showMessage(self.tr("Выберите учреждение слева"), 5_000)
            return
        self.side.show(f"history:{code}", lambda: HistoryWindow(self.store, self.tasks, code))

    def open_quarterly(self) -> None:
        """The form of the МO chosen on the left (or of the chosen subdivision's МО)."""
        org = mo_of(self.units, self.navigator.current_code())
        if org is None:
            self.statusBar().showMessage(self.tr("Выберите слева МО или её подразделение"), 5_000)
            return
        from desktop.ui.quarterly_model import this_quarter
        from desktop.ui.quarterly_view import QuarterlyWindow

        quarter = str(this_quarter().quarters_back(2)[0])  # the quarter just ended

        def make() -> QWidget:
            window = QuarterlyWindow(self.store, self.tasks, org, quarter)
            window.changed.connect(self.refresh_bar)
            window.changed.connect(self.side.reload_all)
            return window

        self.side.show(f"quarterly:{org}", make)

    def edit_record(self, unit: str, entity: str, _entity_id: str) -> None:
        """From the outbox or the conflicts: the unit's form where that record is made."""
        self.navigator.select(unit)
        if self.forms is not None and entity in TAB_OF_ENTITY:
            self.forms.setCurrentIndex(TAB_OF_ENTITY[entity])
        self.raise_()
        self.activateWindow()

    def sync_now(self, quiet: bool = False) -> None:
        if self.syncing:
            return
        self.syncing = True
        self.sync_action.setEnabled(False)
        dialog = None if quiet else self._progress_dialog()

        def progress(done: int, total: int, phase: str) -> None:
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done)
                label = (
                    self.tr("Отправка изменений") if phase == "push" else self.tr("Приём данных")
                )
                dialog.setLabelText(f"{label}: {done} / {total}")

        def finished(result: object) -> None:
            if dialog is not None:
                dialog.reset()
            self.syncing = False
            if not self.isVisible():
                return  # locked or closed meanwhile: its store is gone
            self.bar.show_link(not isinstance(result, Offline))
            if isinstance(result, Exception) and not quiet:
                QMessageBox.warning(self, self.tr("Синхронизация"), error_text(result))
            self.refresh()
            self.side.reload_all()

        job = self.tasks.run(
            lambda job: sync_round(self.store, job), finished, finished, progress, lane="net"
        )
        if dialog is not None:
            dialog.canceled.connect(job.cancel)

    def phase_name(self, phase: str) -> str:
        return self.tr("Отправка изменений") if phase == "push" else self.tr("Приём данных")

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Обмен с сервером…"), self.tr("Отменить"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Синхронизация"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)  # Qt 6 starts the 0.5 s count only at the first setValue
        return dialog

    def _error(self, exc: Exception) -> None:
        self.statusBar().showMessage(error_text(exc), 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("main/geometry", self.saveGeometry())
        if self.watch is not None:
            self.watch.stop()
        self.side.close_all()
        super().closeEvent(event)
