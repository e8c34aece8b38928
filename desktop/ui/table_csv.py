"""Save what a table shows to CSV: its visible columns in screen order, as displayed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop.exports.csv_table import Cell, write_table

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def visible_columns(view: QTableView) -> list[int]:
    """The model columns a table view shows, in the order the user sees them (sections may
    have been dragged or hidden)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return []
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [c for c in logical if c >= 0 and not header.isSectionHidden(c)]


def write_model_csv(
    model: QAbstractItemModel,
    path: Path,
    *,
    columns: Sequence[int] | None = None,
    lang: str = "ru",
) -> int:
    """Write the model's top-level rows (only those it holds: a lazily fetched model is saved
    as far as it has fetched) to ``path``; returns the row count. Numbers stay numbers; texts
    are written as shown. Call on the GUI thread, which owns the model."""
    chosen = list(range(model.columnCount())) if columns is None else list(columns)
    header = [str(model.headerData(c, HORIZONTAL, DISPLAY) or "") for c in chosen]
    return write_table(path, header, _rows(model, chosen), lang=lang)


def write_view_csv(view: QTableView, path: Path, lang: str = "ru") -> int:
    """What ``view`` shows (after its proxy's sorting and filtering), visible columns only."""
    model = view.model()
    if model is None:
        return write_table(path, [], [], lang=lang)
    return write_model_csv(model, path, columns=visible_columns(view), lang=lang)


def _rows(model: QAbstractItemModel, columns: list[int]) -> Iterator[list[Cell]]:
    root = QModelIndex()
    for row in range(model.rowCount(root)):
        yield [_cell(model.data(model.index(row, c, root), DISPLAY)) for c in columns]


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)
