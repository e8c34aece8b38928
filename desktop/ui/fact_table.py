"""A unit's records of one kind as a read-only table (a unit has tens of them, not millions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.timefmt import local_time
from desktop.ui.table_csv import offer_csv

Format = Callable[[Any], str]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    show: Format = str


def plain(value: Any) -> str:
    return "" if value is None else str(value)


def day(value: Any) -> str:
    """2025-03-07 → 07.03.2025."""
    if not value:
        return ""
    year, month, number = str(value)[:10].split("-")
    return f"{number}.{month}.{year}"


def moment(value: Any) -> str:
    return local_time(value) if value else ""


def flag(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("FactTable", "не указано")
    return (
        QCoreApplication.translate("FactTable", "да")
        if value
        else QCoreApplication.translate("FactTable", "нет")
    )


class FactTable(QTableWidget):
    """Rows as dicts; the selected row's dict is emitted (forms load it for editing)."""

    row_chosen = Signal(object)

    def __init__(self, columns: list[Column]) -> None:
        super().__init__(0, len(columns))
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemSelectionChanged.connect(self._chosen)
        offer_csv(self, "records")

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(self.columns):
                item = QTableWidgetItem(column.show(row.get(column.key)))
                item.setData(Qt.ItemDataRole.UserRole, row.get("id"))
                self.setItem(r, c, item)

    def _chosen(self) -> None:
        selected = self.selectionModel().selectedRows()
        if selected:
            self.row_chosen.emit(self.rows[selected[0].row()])
