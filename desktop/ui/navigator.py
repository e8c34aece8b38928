"""The facility navigator: МО → subdivisions, filtered by type and district, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.models import Unit

CODE_ROLE = Qt.ItemDataRole.UserRole


class Navigator(QWidget):
    unit_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[Unit] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Поиск по названию или коду"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Все типы"), "")
        for code, label in (
            ("mo", self.tr("МО")),
            ("tvsp", self.tr("ТВСП")),
            ("fap", self.tr("ФАП")),
            ("fp", self.tr("ФП")),
        ):
            self.kind.addItem(label, code)
        self.district = QComboBox()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.district, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addLayout(filters)
        box.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._refill)
        self.kind.currentIndexChanged.connect(self._refill)
        self.district.currentIndexChanged.connect(self._refill)
        self.tree.currentItemChanged.connect(self._selected)

    def set_units(self, units: list[Unit]) -> None:
        """New registry (first load, after a sync): the filters and the chosen unit stay."""
        chosen, district = self.current_code(), self.district.currentData()
        self.units = units
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("Все районы"), "")
        for name in sorted({u.district for u in units if u.district}):
            self.district.addItem(name, name)
        self.district.setCurrentIndex(max(0, self.district.findData(district)))
        self.district.blockSignals(False)
        self.tree.blockSignals(True)  # the same unit again is no new choice
        self._refill()
        if chosen is not None:
            self.select(chosen)
        self.tree.blockSignals(False)

    def _visible(self, unit: Unit) -> bool:
        text = self.search.text().strip().casefold()
        kind, district = self.kind.currentData(), self.district.currentData()
        return (
            (not text or text in unit.name.casefold() or text in unit.code.casefold())
            and (not kind or unit.type == kind)
            and (not district or unit.district == district)
        )

    def _refill(self) -> None:
        self.tree.clear()
        by_code = {u.code: u for u in self.units}
        items: dict[str, QTreeWidgetItem] = {}
        for unit in self.units:
            if unit.parent in by_code or not self._has_visible(unit, by_code):
                continue
            items[unit.code] = self._item(unit, self.tree.invisibleRootItem())
        for unit in self.units:
            parent = items.get(unit.parent or "")
            if parent is not None and self._visible(unit):
                self._item(unit, parent)
        self.tree.expandAll()

    def _has_visible(self, top: Unit, by_code: dict[str, Unit]) -> bool:
        children = [u for u in self.units if u.parent == top.code]
        return self._visible(top) or any(self._visible(c) for c in children)

    def _item(self, unit: Unit, parent: QTreeWidgetItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [unit.short_name or unit.name])
        item.setToolTip(0, f"{unit.name}\n{unit.code}")
        item.setData(0, CODE_ROLE, unit.code)
        return item

    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.unit_selected.emit(str(item.data(0, CODE_ROLE)))

    def select(self, code: str) -> None:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, CODE_ROLE) == code:
                self.tree.setCurrentItem(item)
                return

    def current_code(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, CODE_ROLE))
