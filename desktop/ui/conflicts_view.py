"""Values that lost a concurrent edit, kept so a value typed on another computer is not lost."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.conflict_query import ConflictRow, conflict_rows, mark_seen, unseen_count
from desktop.timefmt import local_time
from desktop.ui.sync_words import device_text, entity_label, field_words, value_text
from desktop.ui.table_csv import offer_csv
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text

LIMIT = 500
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 7
NEW, WHEN, RECORD, FIELD, KEPT, LOST, DEVICE = range(COLUMNS)


@dataclass(frozen=True)
class ConflictPage:
    rows: list[ConflictRow]
    unseen: int
    own_device: str | None


def load_conflicts(store: Store, unseen_only: bool) -> ConflictPage:
    """Runs on the store lane."""
    rows = conflict_rows(store, unseen_only=unseen_only, limit=LIMIT)
    return ConflictPage(rows, unseen_count(store), store.meta("device_id"))


def _quoted(value: object, field: str) -> str:
    """A value in «quotes» within a sentence; "empty" is a word, not a value, so bare."""
    text = value_text(value, field)
    return text if value is None or value == "" else f"«{text}»"


class ConflictsWindow(QWidget):
    """A top-level window; ``unseen_changed(n)`` after every load and marking."""

    unseen_changed = Signal(int)
    edit_requested = Signal(str, str, str)  # unit, entity, entity_id: to re-enter a value

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.tasks = store, tasks
        self.rows: dict[int, ConflictRow] = {}
        self.unseen = 0
        self.own_device: str | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Одновременные изменения"))
        self._build()
        self.resize(1000, 600)
        self.restoreGeometry(QSettings().value("conflicts/geometry", b""))  # type: ignore[arg-type]
        self.reload()

    def _build(self) -> None:
        explain = QLabel(
            self.tr(
                "Если одно и то же поле изменили на двух компьютерах, пока они не были на "
                "связи, сохраняется более позднее изменение. Другое значение показано здесь, "
                "чтобы ничего не потерялось: если верным было оно, откройте запись "
                "(двойной щелчок или Enter) и внесите его снова."
            )
        )
        explain.setWordWrap(True)
        self.unseen_only = QCheckBox(self.tr("Только новые"))
        self.unseen_only.toggled.connect(self.reload)
        self.mark_button = QPushButton(self.tr("Отметить все как просмотренные"))
        self.mark_button.clicked.connect(self.mark_all_seen)
        refresh = QPushButton(self.tr("Обновить"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.unseen_only)
        top.addStretch()
        top.addWidget(self.mark_button)
        top.addWidget(refresh)
        self.tree = self._make_tree()
        self._two_lines = 2 * self.tree.fontMetrics().lineSpacing() + 8  # air between rows
        self.detail = QLabel()  # the selected conflict in a sentence: long values never clip
        self.detail.setWordWrap(True)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 8)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(explain)
        box.addLayout(top)
        box.addWidget(self.tree, 1)
        box.addWidget(self.detail)
        box.addWidget(self.status)

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels(
            [
                "",
                self.tr("Когда"),
                self.tr("Запись, учреждение"),
                self.tr("Поле"),
                self.tr("Оставлено"),
                self.tr("Не вошло"),
                self.tr("Откуда «не вошло»"),
            ]
        )
        header = tree.header()
        header.setStretchLastSection(True)
        widths = ((NEW, 50), (WHEN, 130), (RECORD, 190), (FIELD, 160), (KEPT, 110))
        for column, width in (*widths, (LOST, 110)):
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree.itemActivated.connect(self._activated)
        tree.currentItemChanged.connect(self._selection_changed)
        offer_csv(tree, "conflicts")
        return tree

    # -- loading --------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation, unseen_only = self._generation, self.unseen_only.isChecked()
        self.tasks.run(
            lambda _job: load_conflicts(self.store, unseen_only),
            lambda page: self._loaded(page, generation),
            self._failed,
        )

    def _loaded(self, page: ConflictPage, generation: int) -> None:
        if generation != self._generation:
            return
        self.tree.clear()
        self.rows = {row.id: row for row in page.rows}
        self.own_device = page.own_device
        self.tree.addTopLevelItems([self._item(row) for row in page.rows])
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.detail.clear()
        self._set_unseen(page.unseen)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    @Slot()
    def mark_all_seen(self) -> None:
        """Marks the conflicts shown (up to the newest listed): one logged since stays new."""
        if not self.rows:
            return
        up_to = max(self.rows)
        self.mark_button.setEnabled(False)
        self.tasks.run(
            lambda _job: mark_seen(self.store, up_to), lambda _marked: self.reload(), self._failed
        )

    def _set_unseen(self, unseen: int) -> None:
        self.unseen = unseen
        self.mark_button.setEnabled(unseen > 0 and bool(self.rows))
        self.status.setText(
            self.tr("Показано: %1 · новых: %2")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(unseen))
        )
        self.unseen_changed.emit(unseen)

    # -- rows -----------------------------------------------------------------------------
    def _item(self, row: ConflictRow) -> QTreeWidgetItem:
        unit = row.unit_name or row.unit or ""
        kept, lost = value_text(row.kept_value, row.field), value_text(row.lost_value, row.field)
        item = QTreeWidgetItem(
            [
                "" if row.seen else self.tr("новое"),
                local_time(row.detected_at),
                f"{entity_label(row.entity)}\n{unit}",  # two lines: kind over unit
                field_words(row.field),
                kept,
                lost,
                device_text(row.lost_device, self.own_device),
            ]
        )
        item.setData(NEW, ID_ROLE, row.id)
        item.setSizeHint(RECORD, QSize(0, self._two_lines))
        item.setToolTip(RECORD, row.unit or "")
        item.setToolTip(KEPT, kept)
        item.setToolTip(LOST, lost)
        if not row.seen:
            for column in range(COLUMNS):
                bold = QFont(item.font(column))
                bold.setBold(True)
                item.setFont(column, bold)
        return item

    def _detail_text(self, row: ConflictRow) -> str:
        return (
            self.tr("%1, %2, поле «%3»: оставлено %4 (%5); не вошло %6 (%7).")
            .replace("%1", row.unit_name or row.unit or "")
            .replace("%2", entity_label(row.entity))
            .replace("%3", field_words(row.field))
            .replace("%4", _quoted(row.kept_value, row.field))
            .replace("%5", device_text(row.kept_device, self.own_device))
            .replace("%6", _quoted(row.lost_value, row.field))
            .replace("%7", device_text(row.lost_device, self.own_device))
        )

    def current_row(self) -> ConflictRow | None:
        item = self.tree.currentItem()
        return None if item is None else self.rows.get(int(item.data(NEW, ID_ROLE)))

    def _selection_changed(self, *_items: object) -> None:
        row = self.current_row()
        self.detail.setText("" if row is None else self._detail_text(row))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.rows.get(int(item.data(NEW, ID_ROLE)))
        if row is not None:
            self.edit_requested.emit(row.unit or "", row.entity, row.entity_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("conflicts/geometry", self.saveGeometry())
        super().closeEvent(event)
