"""The history window: the audit trail of all units or one, searchable, sortable, to CSV."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.storage import Store
from desktop.storage.history_query import Cancelled, HistoryQuery, HistoryReader, HistoryRow
from desktop.storage.models import Unit
from desktop.ui.history_model import (
    COLUMN_OF_SORT,
    SORT_BY_COLUMN,
    UNIT,
    HistoryModel,
    RowWords,
    cancel_all,
)
from desktop.ui.tasks import Job, Tasks
from desktop.ui.words import error_text

PROGRESS_DELAY_MS = 500  # a quick export never flashes a dialog
SEARCH_PAUSE_MS = 300  # search once typing pauses, not on every letter
# Column widths as sample texts: the font decides the pixels.
WIDTH_SAMPLES = (
    "00.00.0000 00:00",
    "оператор",
    "записаны переданные документы",
    "переданные документы",
    "ГБУЗ «Степная районная больница»",
    "не принято сервером",
)


def export_rows(
    reader: HistoryReader,
    words: RowWords,
    query: HistoryQuery,
    path: Path,
    header: tuple[str, ...],
    job: Job,
) -> int:
    """On the store lane: every row of ``query`` to ``path``, as the table shows them."""

    def cells(row: HistoryRow) -> tuple[str, ...]:
        return (str(row.seq), *words.cells(row))

    return reader.write_csv(
        query,
        path,
        header,
        cells,
        progress=lambda done, total: job.report(done, total),
        cancelled=lambda: job.cancelled,
        delimiter="," if words.lang == "en" else ";",  # Russian Excel splits on «;»
    )


class HistoryWindow(QWidget):
    """A top-level window; ``reload()`` after a save shows the new entries."""

    exported = Signal(object)  # the Path written, after an export

    def __init__(
        self, store: Store, tasks: Tasks, unit: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.tasks, self.unit = store, tasks, unit
        self.export_job: Job | None = None
        self.export_dialog: QProgressDialog | None = None  # while an export runs
        self._exports: dict[int, Job] = {}
        self.destroyed.connect(partial(cancel_all, self._exports))  # deleted, not closed
        self.model = HistoryModel(store, tasks, HistoryQuery(unit=unit), self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Поиск: действие, вид записи, подразделение, подробности (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.only_unit = QCheckBox()
        self.only_unit.setChecked(True)
        self.only_unit.setVisible(unit is not None)
        self.export_button = QPushButton(self.tr("Сохранить в CSV…"))
        self.table = QTableView()
        self.status, self.note = QLabel(), QLabel()
        self.note.setWordWrap(True)
        self._name_unit(unit)
        self._build_table()
        self._layout()
        self._connect()
        self.resize(1180, 640)

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures every row
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, sample in enumerate(WIDTH_SAMPLES):
            header.resizeSection(column, table.fontMetrics().horizontalAdvance(sample) + 24)
        self._show_sort()
        table.setColumnHidden(UNIT, self.unit is not None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.only_unit)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addWidget(self.note, 1, Qt.AlignmentFlag.AlignRight)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)

    def _connect(self) -> None:
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.only_unit.toggled.connect(self._apply_filter)
        self.export_button.clicked.connect(self.choose_export)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.model.changed.connect(self._show_status)
        self.model.failed.connect(self._failed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    # -- public ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the history again from the first page (the main window calls it after a save)."""
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def choose_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"svodka-journal-{date.today():%Y-%m-%d}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Сохранить журнал в файл"),
            str(suggested),
            self.tr("Таблица CSV (*.csv)"),
        )
        if name:
            path = Path(name)
            self.export_csv(path if path.suffix.lower() == ".csv" else Path(f"{name}.csv"))

    def export_csv(self, path: Path) -> Job:
        """Write everything the current search selects to ``path`` in the background."""
        words, query, reader = self.model.words, self.model.query, self.model.reader
        header = (self.tr("№ записи"), *words.headers)
        dialog = QProgressDialog(
            self.tr("Сохраняю журнал в файл…"), self.tr("Отменить"), 0, 0, self
        )
        dialog.setWindowTitle(self.tr("Сохранение журнала"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)  # starts the delay: Qt 6 shows the dialog only after a setValue
        self.export_dialog = dialog
        self.export_button.setEnabled(False)
        self.note.clear()

        def progress(done: int, total: int, _text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        job = self.tasks.run(
            lambda job: export_rows(reader, words, query, path, header, job),
            lambda count: self._exported(dialog, path, count),
            lambda exc: self._export_failed(dialog, exc),
            progress,
        )
        dialog.canceled.connect(job.cancel)
        self.export_job = self._exports[id(job)] = job
        return job

    # -- reactions --------------------------------------------------------------------------------
    def _name_unit(self, unit: str | None) -> None:
        self.setWindowTitle(self.tr("Журнал изменений"))
        if unit is not None:
            self._named_unit(unit)
            self.tasks.run(lambda _job: self.store.unit(unit), self._unit_loaded, lambda _e: None)

    def _unit_loaded(self, unit: Unit) -> None:
        self._named_unit(unit.short_name or unit.name)

    def _named_unit(self, name: str) -> None:
        self.setWindowTitle(self.tr("Журнал изменений: %1").replace("%1", name))
        self.only_unit.setText(self.tr("Только «%1»").replace("%1", name))

    def _search_now(self) -> None:
        self.search_timer.stop()
        self._apply_filter()

    def _apply_filter(self) -> None:
        unit = self.unit if self.only_unit.isChecked() else None
        query = replace(self.model.query, text=self.search.text().strip(), unit=unit)
        self.model.set_query(query)
        self.table.setColumnHidden(UNIT, unit is not None)  # one unit: its name on every row

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_BY_COLUMN:
            self.model.sort(column, order)
        else:
            self._show_sort()  # only time, action and unit sort; the arrow stays where it was

    def _show_sort(self) -> None:
        query = self.model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF_SORT[query.sort_column], order)
        header.blockSignals(False)

    def _show_status(self) -> None:
        locale, total = QLocale(), self.model.total
        shown = locale.toString(self.model.rowCount())
        if total == 0 and self.model.query.text:
            self.status.setText(self.tr("Ничего не найдено"))
            return
        self.status.setText(
            self.tr("Показано %1 из %2")
            .replace("%1", shown)
            .replace("%2", "…" if total is None else locale.toString(total))
        )

    def _failed(self, exc: Exception) -> None:
        self.note.setStyleSheet("color: #b00020")
        self.note.setText(error_text(exc))

    def _exported(self, dialog: QProgressDialog, path: Path, count: int) -> None:
        if not isValid(self):  # the window was deleted while the file was written
            return
        self._export_ended(dialog)
        self.note.setStyleSheet("")
        self.note.setText(
            self.tr("Сохранено строк: %1, файл %2")
            .replace("%1", QLocale().toString(count))
            .replace("%2", str(path))
        )
        self.exported.emit(path)

    def _export_failed(self, dialog: QProgressDialog, exc: Exception) -> None:
        if not isValid(self):
            return
        self._export_ended(dialog)
        if isinstance(exc, Cancelled):
            self.note.setStyleSheet("")
            self.note.setText(self.tr("Сохранение отменено, файл не записан"))
        else:
            self._failed(exc)

    def _export_ended(self, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.deleteLater()
        self._exports.clear()
        self.export_job = self.export_dialog = None
        self.export_button.setEnabled(True)

    # -- window life ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.model.stopped:
            self.model.reload()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.model.stop()
        if self.export_job is not None:
            self.export_job.cancel()
        super().closeEvent(event)
