"""The send queue: every change recorded here and how far it got; refused ones stand out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.outbox_query import OutboxRow, outbox_counts, outbox_page
from desktop.timefmt import local_time
from desktop.ui.sync_words import entity_label, op_label, reason_text, state_label
from desktop.ui.table_csv import offer_csv
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text

PAGE_SIZE = 200
SEQ_ROLE = Qt.ItemDataRole.UserRole
# Refused rows: dark red on pale red, set together so a dark palette cannot hide the text.
REFUSED_TEXT, REFUSED_BACK = QColor("#8b1a1a"), QColor("#fde4e2")
CORRECTED_TEXT = QColor("#6b4a00")
COLUMNS = 6
SEQ, WHEN, WHAT, UNIT, STATE, REASON = range(COLUMNS)


@dataclass(frozen=True)
class OutboxPage:
    rows: list[OutboxRow]
    counts: dict[str, int]
    appended: bool


def load_page(store: Store, state: str | None, before_seq: int | None) -> OutboxPage:
    """Runs on the store lane: one page and the counts, read together."""
    rows = outbox_page(store, state, before_seq=before_seq, limit=PAGE_SIZE)
    return OutboxPage(rows, outbox_counts(store), appended=before_seq is not None)


class OutboxWindow(QWidget):
    """A top-level window; ``edit_requested(unit, entity, entity_id)`` opens a record."""

    edit_requested = Signal(str, str, str)

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.tasks = store, tasks
        self.rows: dict[int, OutboxRow] = {}
        self.counts: dict[str, int] = {}
        self._generation = 0  # a reload outdates pages still on their way
        self.setWindowTitle(self.tr("Очередь отправки"))
        self._build()
        self.resize(1000, 600)
        self.restoreGeometry(QSettings().value("outbox/geometry", b""))  # type: ignore[arg-type]
        self.reload()

    def _build(self) -> None:
        self.explain = QLabel(
            self.tr(
                "Здесь все изменения, записанные на этом компьютере, и где они сейчас. "
                "«Не принято сервером» значит: сервер получил изменение, но не принял его — "
                "в записи ошибка. На этом компьютере запись сохранена. Откройте её "
                "(двойной щелчок или Enter), исправьте, и исправление уйдёт на сервер "
                "при следующей синхронизации."
            )
        )
        self.explain.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"QLabel {{ color: {REFUSED_TEXT.name()}; background: {REFUSED_BACK.name()};"
            " padding: 6px; border-radius: 3px; }"
        )
        self.banner.hide()
        self.filter = QComboBox()
        for label, state in (
            (self.tr("Все"), None),
            (self.tr("В очереди"), "queued"),
            (self.tr("Отправлено"), "sent"),
            (self.tr("Принято сервером"), "synced"),
            (self.tr("Не принято"), "quarantined"),
        ):
            self.filter.addItem(label, state)
        self.filter.currentIndexChanged.connect(self.reload)
        self.refresh_button = QPushButton(self.tr("Обновить"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        shown = QLabel(self.tr("Показать:"))
        shown.setBuddy(self.filter)
        top.addWidget(shown)
        top.addWidget(self.filter)
        top.addStretch()
        top.addWidget(self.refresh_button)
        self.tree = self._make_tree()
        self.more_button = QPushButton(self.tr("Показать ещё"))
        self.more_button.clicked.connect(self.load_more)
        self.copy_button = QPushButton(self.tr("Скопировать причину"))
        self.copy_button.clicked.connect(self.copy_reason)
        self.detail = QLabel()  # the selected change in full: a long reason never clips
        self.detail.setWordWrap(True)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 8)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.more_button)
        box = QVBoxLayout(self)
        box.addWidget(self.explain)
        box.addWidget(self.banner)
        box.addLayout(top)
        box.addWidget(self.tree, 1)
        box.addWidget(self.detail)
        box.addLayout(bottom)
        self._selection_changed()

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels(
            [
                self.tr("№"),
                self.tr("Записано"),
                self.tr("Что"),
                self.tr("Учреждение"),
                self.tr("Состояние"),
                self.tr("Причина (от сервера)"),
            ]
        )
        header = tree.header()
        header.setStretchLastSection(True)
        for column, width in ((SEQ, 45), (WHEN, 120), (WHAT, 250), (UNIT, 180), (STATE, 200)):
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree.itemActivated.connect(self._activated)  # Enter and double-click alike
        tree.currentItemChanged.connect(self._selection_changed)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("Скопировать причину"), tree)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_reason)
        tree.addAction(self.copy_action)
        offer_csv(tree, "outbox")
        return tree

    # -- loading --------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the first page again (after a sync, a new record, another filter)."""
        self._generation += 1
        self._load(before_seq=None)

    @Slot()
    def load_more(self) -> None:
        if self.rows:
            self._load(before_seq=min(self.rows))

    def _load(self, before_seq: int | None) -> None:
        generation, state = self._generation, self.filter.currentData()
        self.more_button.setEnabled(False)
        self.tasks.run(
            lambda _job: load_page(self.store, state, before_seq),
            lambda page: self._loaded(page, generation),
            self._failed,
        )

    def _loaded(self, page: OutboxPage, generation: int) -> None:
        if generation != self._generation:
            return
        if not page.appended:
            self.tree.clear()
            self.rows.clear()
        for row in page.rows:
            self.rows[row.seq] = row
            self.tree.addTopLevelItem(self._item(row))
        self.counts = page.counts
        self.more_button.setEnabled(len(page.rows) == PAGE_SIZE)
        self._show_counts()
        first = self.tree.topLevelItem(0)
        if not page.appended and first is not None:
            self.tree.setCurrentItem(first)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    # -- rows -----------------------------------------------------------------------------
    def _item(self, row: OutboxRow) -> QTreeWidgetItem:
        state = state_label(row.state)
        if row.corrected:
            state = self.tr("%1; исправлено").replace("%1", state)
        item = QTreeWidgetItem(
            [
                str(row.seq),
                local_time(row.created_at),
                f"{entity_label(row.entity)} — {op_label(row.op)}",
                row.unit_name or row.unit or "",
                state,
                reason_text(row.error),
            ]
        )
        item.setData(SEQ, SEQ_ROLE, row.seq)
        item.setTextAlignment(SEQ, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(UNIT, row.unit or "")
        if row.error:
            item.setToolTip(REASON, row.error)  # the server's exact words, for support
        if row.state == "quarantined":
            self._mark_refused(item, row)
        return item

    def _mark_refused(self, item: QTreeWidgetItem, row: OutboxRow) -> None:
        """Colour, a warning icon and the words in the state column: never colour alone."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        item.setIcon(STATE, icon)
        text = CORRECTED_TEXT if row.corrected else REFUSED_TEXT
        bold = QFont(item.font(STATE))
        bold.setBold(not row.corrected)
        for column in range(COLUMNS):
            item.setForeground(column, QBrush(text))
            item.setBackground(column, QBrush(REFUSED_BACK))
        item.setFont(STATE, bold)
        item.setToolTip(
            STATE,
            self.tr("Исправление этой записи уже в очереди")
            if row.corrected
            else self.tr("Откройте запись и исправьте её"),
        )

    def _show_counts(self) -> None:
        c = self.counts
        self.status.setText(
            self.tr("В очереди: %1 · отправлено: %2 · принято сервером: %3 · не принято: %4")
            .replace("%1", str(c.get("queued", 0)))
            .replace("%2", str(c.get("sent", 0)))
            .replace("%3", str(c.get("synced", 0)))
            .replace("%4", str(c.get("quarantined", 0)))
            + " · "
            + self.tr("показано: %1").replace("%1", str(len(self.rows)))
        )
        refused = c.get("quarantined", 0)
        self.banner.setVisible(refused > 0)
        self.banner.setText(
            self.tr(
                "⚠ Не принято сервером: %1 — откройте каждую такую запись и исправьте её."
            ).replace("%1", str(refused))
        )

    def current_row(self) -> OutboxRow | None:
        item = self.tree.currentItem()
        return None if item is None else self.rows.get(int(item.data(SEQ, SEQ_ROLE)))

    def _selection_changed(self, *_items: object) -> None:
        row = self.current_row()
        enabled = row is not None and bool(row.error)
        self.copy_button.setEnabled(enabled)
        self.copy_action.setEnabled(enabled)
        self.detail.setText("" if row is None else self._detail_text(row))

    def _detail_text(self, row: OutboxRow) -> str:
        head = " · ".join(
            [
                self.tr("№ %1").replace("%1", str(row.seq)),
                f"{entity_label(row.entity)} — {op_label(row.op)}",
                row.unit_name or row.unit or "",
                state_label(row.state),
            ]
        )
        if not row.error:
            return head
        return head + "\n" + self.tr("Причина: %1").replace("%1", reason_text(row.error))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.rows.get(int(item.data(SEQ, SEQ_ROLE)))
        if row is not None:
            self.edit_requested.emit(row.unit or "", row.entity, row.entity_id)

    @Slot()
    def copy_reason(self) -> None:
        """The server's reason as it gave it (what the region's support needs)."""
        row = self.current_row()
        if row is not None and row.error:
            QGuiApplication.clipboard().setText(row.error)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("outbox/geometry", self.saveGeometry())
        super().closeEvent(event)
