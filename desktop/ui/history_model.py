"""The history table's model: audit pages read on the store lane as the view scrolls."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from desktop.cli.messages import ACTION_LABELS, FIELD_LABELS, action_label, sync_state_label
from desktop.storage import Store
from desktop.storage.history_query import (
    Cancelled,
    Cursor,
    HistoryQuery,
    HistoryReader,
    HistoryRow,
    Page,
    Vocabulary,
)
from desktop.storage.queries import FACT_TABLES
from desktop.timefmt import local_time
from desktop.ui.sync_words import FLAG_FIELDS as MERGED_FLAGS
from desktop.ui.sync_words import entity_label, field_words
from desktop.ui.tasks import Job, Tasks
from desktop.ui.words import ui_language

TIME, WHO, ACTION, KIND, UNIT, STATE, DETAILS = range(7)
SORT_BY_COLUMN = {TIME: "time", ACTION: "action", UNIT: "unit"}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_BY_COLUMN.items()}
# Fields every record carries that say nothing to a reader of the history.
HIDDEN_FIELDS = frozenset({"id", "unit", "created_at", "created_by", "updated_at", "attachment_id"})
FLAG_FIELDS = MERGED_FLAGS | {"internet", "skzi"}
AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_KINDS = (*FACT_TABLES, "quarterly_forms")


@dataclass(frozen=True)
class RowWords:
    """What a row needs to be put in words, gathered on the GUI thread (translations and
    the UI language), so the store lane can word rows, for the view and for CSV alike."""

    lang: str
    vocabulary: Vocabulary
    headers: tuple[str, ...]
    fields: Mapping[str, str]
    yes: str
    no: str

    def cells(self, row: HistoryRow) -> tuple[str, ...]:
        return (
            local_time(row.at),
            row.actor,
            self.vocabulary.action(row.action),
            self.vocabulary.kind(row.entity),
            row.unit_name or row.unit or "",
            sync_state_label(row.sync_state, self.lang),
            self.details(row),
        )

    def details(self, row: HistoryRow) -> str:
        """The recorded values as «label: value; …», without ids and bookkeeping."""
        try:
            data = json.loads(row.details)
        except ValueError:
            return row.details
        if not isinstance(data, dict):
            return str(data)
        parts = [
            f"{self.label(row.entity, key)}: {self.value(row.entity, key, value)}"
            for key, value in data.items()
            if key not in HIDDEN_FIELDS and value not in (None, "")
        ]
        return "; ".join(parts)

    def label(self, entity: str | None, key: str) -> str:
        own = self.fields.get(f"{entity}.{key}") or self.fields.get(key)
        if own:
            return own
        return FIELD_LABELS[key][1 if self.lang == "en" else 0] if key in FIELD_LABELS else key

    def value(self, entity: str | None, key: str, value: Any) -> str:
        is_flag = key in FLAG_FIELDS or (entity == "connection_observations" and key == "zspd")
        if is_flag and value in (0, 1, True, False):
            return self.yes if value else self.no
        if isinstance(value, str) and key.endswith("_at"):
            return local_time(value)
        if isinstance(value, str) and (key.endswith("_on") or key == "since"):
            try:
                return date.fromisoformat(value).strftime("%d.%m.%Y")
            except ValueError:
                return value
        return str(value)


def row_words() -> RowWords:
    """Call on the GUI thread."""
    lang = ui_language()
    kinds = {entity: entity_label(entity) for entity in RECORD_KINDS}
    fields = {
        "internet": QCoreApplication.translate("HistoryModel", "Интернет"),
        "connection_observations.zspd": QCoreApplication.translate("HistoryModel", "ЗСПД"),
        "skzi": QCoreApplication.translate("HistoryModel", "СКЗИ"),
        "latency_ms": QCoreApplication.translate("HistoryModel", "задержка, мс"),
        "source": QCoreApplication.translate("HistoryModel", "источник"),
        "user": QCoreApplication.translate("HistoryModel", "пользователь"),
        "units": QCoreApplication.translate("HistoryModel", "подразделений"),
        "pack": QCoreApplication.translate("HistoryModel", "справочник"),
        "version": QCoreApplication.translate("HistoryModel", "версия"),
        "invented": QCoreApplication.translate("HistoryModel", "вымышленные данные"),
        "file": QCoreApplication.translate("HistoryModel", "файл"),
        "server": QCoreApplication.translate("HistoryModel", "сервер"),
        "device": QCoreApplication.translate("HistoryModel", "компьютер"),
        **{key: field_words(key) for key in ("mis_client", "zspd_client", "applicable", "signed")},
    }
    headers = (
        QCoreApplication.translate("HistoryModel", "Время"),
        QCoreApplication.translate("HistoryModel", "Кто"),
        QCoreApplication.translate("HistoryModel", "Действие"),
        QCoreApplication.translate("HistoryModel", "Вид записи"),
        QCoreApplication.translate("HistoryModel", "Подразделение"),
        QCoreApplication.translate("HistoryModel", "Передача"),
        QCoreApplication.translate("HistoryModel", "Подробности"),
    )
    actions = {code: action_label(code, lang) for code in ACTION_LABELS}
    actions["device_enrolled"] = QCoreApplication.translate(
        "HistoryModel", "компьютер подключён к серверу"
    )
    actions["bundle_received"] = QCoreApplication.translate(
        "HistoryModel", "принят пакет для пересылки"
    )
    return RowWords(
        lang=lang,
        vocabulary=Vocabulary(actions, kinds),
        headers=headers,
        fields=fields,
        yes=QCoreApplication.translate("HistoryModel", "да"),
        no=QCoreApplication.translate("HistoryModel", "нет"),
    )


Worded = tuple[Page, list[tuple[str, ...]]]


def load_page(
    reader: HistoryReader, words: RowWords, query: HistoryQuery, after: Cursor | None, job: Job
) -> Worded:
    """On the store lane: one page, already in words."""
    page = reader.page(query, after, cancelled=lambda: job.cancelled)
    return page, [words.cells(row) for row in page.rows]


def cancel_all(jobs: dict[int, Job], *_args: object) -> None:
    for job in jobs.values():
        job.cancel()


class HistoryModel(QAbstractTableModel):
    """Rows arrive a page at a time (``fetchMore``); ``total`` is counted beside them.

    Every read runs on the store lane. A new query, sort or reload cancels the reads in
    flight (a long count is interrupted) and drops any answer that still comes back."""

    changed = Signal()  # rows loaded or the total counted: the status line listens
    failed = Signal(object)  # an Exception, to be shown in words

    def __init__(
        self, store: Store, tasks: Tasks, query: HistoryQuery, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.words = row_words()
        self.reader = HistoryReader(store, self.words.vocabulary)  # used on the lane only
        self._query = query
        self._rows: list[tuple[HistoryRow, tuple[str, ...]]] = []
        self._next: Cursor | None = None
        self._more, self._loading, self.stopped = True, False, False
        self._generation = 0
        self._jobs: dict[int, Job] = {}  # by id(): a Job is not hashable
        self.total: int | None = None
        # Deleted with its window (no close event then): the reads in flight stop too.
        self.destroyed.connect(partial(cancel_all, self._jobs))
        self.reload()

    @property
    def query(self) -> HistoryQuery:
        return self._query

    @property
    def loading(self) -> bool:
        """A page is being read."""
        return self._loading

    def set_query(self, query: HistoryQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        """From the first page again (after a save, or a new query)."""
        self.stop()
        self.stopped = False
        self.beginResetModel()
        self._rows, self._next, self._more, self.total = [], None, True, None
        self.endResetModel()
        self._fetch()
        self._count()
        self.changed.emit()

    def stop(self) -> None:
        """Cancel the reads in flight; their answers, if any, are dropped."""
        self.stopped = True
        self._generation += 1
        self._loading = False
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()

    def row(self, number: int) -> HistoryRow:
        return self._rows[number][0]

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.words.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == UNIT:
                return row.unit
            if index.column() in (DETAILS, ACTION, KIND):
                return cells[index.column()] or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.words.headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # a first click on time: newest first
            newest = section == TIME
            return Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self.stopped

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not parent.isValid() and self._more and not self._loading and not self.stopped:
            self._fetch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in SORT_BY_COLUMN:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(
                replace(self._query, sort_column=SORT_BY_COLUMN[column], descending=descending)
            )

    # -- reads on the store lane ------------------------------------------------------------
    def _fetch(self) -> None:
        self._loading = True
        generation, query, after = self._generation, self._query, self._next
        reader, words = self.reader, self.words
        job = self.tasks.run(
            lambda job: load_page(reader, words, query, after, job),
            lambda result: self._page_arrived(generation, job, result),
            lambda exc: self._read_failed(generation, job, exc),
        )
        self._jobs[id(job)] = job

    def _count(self) -> None:
        generation, query, reader = self._generation, self._query, self.reader
        job = self.tasks.run(
            lambda job: reader.count(query, cancelled=lambda: job.cancelled),
            lambda total: self._counted(generation, job, total),
            lambda exc: self._read_failed(generation, job, exc),
        )
        self._jobs[id(job)] = job

    def _current(self, generation: int, job: Job) -> bool:
        """Whether an answer is still wanted: not stale, and the model not deleted with
        its window while the read ran."""
        self._jobs.pop(id(job), None)
        return isValid(self) and generation == self._generation

    def _page_arrived(self, generation: int, job: Job, result: Worded) -> None:
        if not self._current(generation, job):
            return
        page, cells = result
        self._loading = False
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows += zip(page.rows, cells, strict=True)
            self.endInsertRows()
        self._next, self._more = page.next, page.next is not None
        self.changed.emit()

    def _counted(self, generation: int, job: Job, total: int) -> None:
        if self._current(generation, job):
            self.total = total
            self.changed.emit()

    def _read_failed(self, generation: int, job: Job, exc: Exception) -> None:
        if not self._current(generation, job) or isinstance(exc, Cancelled):
            return
        self._loading = False
        self._more = False  # no retry loop on a broken store; reload() tries again
        self.failed.emit(exc)
