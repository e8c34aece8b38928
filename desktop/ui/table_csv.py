"""Save what a table shows to CSV: its visible columns in screen order, as displayed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableView, QTreeView

from desktop.exports.csv_table import Cell, write_table

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def visible_columns(view: QTableView | QTreeView) -> list[int]:
    """The model columns a table view shows, in the order the user sees them (sections may
    have been dragged or hidden)."""
    header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
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


def write_view_csv(view: QTableView | QTreeView, path: Path, lang: str = "ru") -> int:
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


def offer_csv(view: QTableView | QTreeView, name: str) -> QAction:
    """A «Сохранить таблицу в CSV…» action on the view (its context menu shows the view's
    actions unless it draws its own menu, which can add the returned action)."""
    action = QAction(QCoreApplication.translate("TableCsv", "Сохранить таблицу в CSV…"), view)
    action.triggered.connect(lambda: save_view_csv(view, name))
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(action)
    return action


def save_view_csv(view: QTableView | QTreeView, name: str) -> None:
    """Ask where, then write what the view shows (small tables: on the GUI thread)."""
    path, _filter = QFileDialog.getSaveFileName(
        view.window(),
        QCoreApplication.translate("TableCsv", "Сохранить таблицу в CSV"),
        f"{name}.csv",
        QCoreApplication.translate("TableCsv", "Таблица CSV (*.csv)"),
    )
    if not path:
        return
    lang = "en" if QLocale().language() == QLocale.Language.English else "ru"
    try:
        write_view_csv(view, Path(path), lang)
    except OSError as exc:
        QMessageBox.warning(
            view.window(),
            QCoreApplication.translate("TableCsv", "Таблица не сохранена"),
            QCoreApplication.translate("TableCsv", "Не удалось записать файл: %1").replace(
                "%1", exc.strerror or str(exc)
            ),
        )
