"""The selected unit's forms, one tab each, every form beside the records it has made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.queries import FACT_TABLES
from desktop.ui.arm_form import ArmCountsForm, WorkstationForm
from desktop.ui.connection_form import ConnectionForm, OutageForm
from desktop.ui.fact_table import Column, FactTable, day, flag, moment, plain
from desktop.ui.form_kit import FormPanel, Lookups
from desktop.ui.paper_forms import ActForm, DocumentForm, SubsystemForm
from desktop.ui.scan_viewer import open_scan
from desktop.ui.status_card import quarter_label
from desktop.ui.tasks import Tasks
from desktop.ui.timeline import OutageTimeline

F = TypeVar("F", bound=FormPanel)


@dataclass(frozen=True)
class UnitFacts:
    unit: str
    rows: dict[str, list[dict[str, Any]]]


def load_unit_facts(store: Store, unit: str) -> UnitFacts:
    """Runs on the store lane: every fact table of one unit, newest first."""
    return UnitFacts(unit, {table: store.facts(table, unit) for table in FACT_TABLES})


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def titled(title: str, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    caption = QLabel(f"<b>{title}</b>")
    column.addWidget(caption)
    for widget in widgets:
        column.addWidget(widget)
    return holder


def side_by_side(form: QWidget, records: QWidget) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(scrolled(form))
    splitter.addWidget(records)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([470, 460])
    splitter.setChildrenCollapsible(False)
    return splitter


class UnitForms(QTabWidget):
    """Emits ``changed`` with the unit's code after any save (the card and queue refresh)."""

    changed = Signal(str)

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__()
        self.store, self.tasks, self.lookups = store, tasks, lookups
        self.unit: str | None = None
        self.forms: list[FormPanel] = []
        self.tables: dict[str, FactTable] = {}
        self._connection_tab()
        self._arm_tab()
        self._documents_tab()
        self._subsystems_tab()
        self._acts_tab()
        self.setEnabled(False)

    def _form(self, form: F) -> F:
        form.saved.connect(lambda _result: self._saved())
        self.forms.append(form)
        return form

    def _table(self, table: str, columns: list[Column]) -> FactTable:
        self.tables[table] = FactTable(columns)
        return self.tables[table]

    def _connection_tab(self) -> None:
        name = self.lookups.name
        self.connection = self._form(ConnectionForm(self.store, self.tasks, self.lookups))
        self.outage = self._form(OutageForm(self.store, self.tasks, self.lookups))
        self.timeline = OutageTimeline()
        observations = self._table(
            "connection_observations",
            [
                Column("observed_at", self.tr("Когда"), moment),
                Column("internet", self.tr("Интернет"), flag),
                Column("channel", self.tr("Канал"), lambda c: name("channel", c)),
                Column("zspd", self.tr("ЗСПД"), flag),
                Column("source", self.tr("Кто отметил"), self.source_name),
                Column("note", self.tr("Примечание"), plain),
            ],
        )
        outages = self._table(
            "outages",
            [
                Column("started_at", self.tr("Начало"), moment),
                Column("ended_at", self.tr("Конец"), lambda v: moment(v) or self.tr("идёт")),
                Column("cause", self.tr("Причина"), plain),
            ],
        )
        forms = QWidget()
        column = QVBoxLayout(forms)
        column.addWidget(titled(self.tr("Состояние связи сейчас"), self.connection))
        column.addWidget(titled(self.tr("Перерыв связи"), self.outage))
        records = titled(self.tr("Связь за 90 дней"), self.timeline, observations, outages)
        self.addTab(side_by_side(forms, records), self.tr("&Связь"))

    def source_name(self, source: Any) -> str:
        if source == "monitor":
            return self.tr("проверка связи")
        return self.tr("вручную") if source == "manual" else plain(source)

    def _arm_tab(self) -> None:
        self.arm = self._form(ArmCountsForm(self.store, self.tasks, self.lookups))
        self.workstation = self._form(WorkstationForm(self.store, self.tasks, self.lookups))
        counts = self._table(
            "arm_counts",
            [
                Column("quarter", self.tr("Квартал"), quarter_label),
                Column("total", self.tr("Всего"), plain),
                Column("mis", self.tr("В МИС"), plain),
                Column("zspd", self.tr("В ЗСПД"), plain),
                Column("certified", self.tr("С аттестатом"), plain),
            ],
        )
        inventory = self._table(
            "workstations",
            [
                Column("inventory_no", self.tr("Инв. номер"), plain),
                Column("room", self.tr("Кабинет"), plain),
                Column("mis_client", self.tr("МИС"), flag),
                Column("zspd_client", self.tr("ЗСПД"), flag),
                Column("retired_on", self.tr("Списан"), day),
            ],
        )
        inventory.row_chosen.connect(self.workstation.edit)
        forms = QWidget()
        column = QVBoxLayout(forms)
        column.addWidget(titled(self.tr("АРМ за квартал"), self.arm))
        column.addWidget(titled(self.tr("Рабочее место (АРМ)"), self.workstation))
        records = titled(self.tr("Внесённые количества и инвентарь"), counts, inventory)
        self.addTab(side_by_side(forms, records), self.tr("&АРМ"))

    def _documents_tab(self) -> None:
        name = self.lookups.name
        self.document = self._form(DocumentForm(self.store, self.tasks, self.lookups))
        table = self._table(
            "documents",
            [
                Column("sent_on", self.tr("Дата"), day),
                Column("doc_class", self.tr("Вид"), lambda c: name("doc_class", c)),
                Column("count", self.tr("Кол-во"), plain),
                Column("target_system", self.tr("Куда"), lambda c: name("target_system", c)),
                Column("status", self.tr("Статус"), self.document.status_name),
            ],
        )
        forms = titled(self.tr("Отправленные документы"), self.document)
        self.addTab(side_by_side(forms, titled(self.tr("Записи"), table)), self.tr("&Документы"))

    def _subsystems_tab(self) -> None:
        name = self.lookups.name
        self.subsystem = self._form(SubsystemForm(self.store, self.tasks, self.lookups))
        matrix = self._table(
            "subsystem_connections",
            [
                Column("subsystem", self.tr("Подсистема"), lambda c: name("subsystem", c)),
                Column("applicable", self.tr("Применяется"), flag),
                Column(
                    "stage", self.tr("Этап"), lambda c: name("stage", c) or self.tr("нет записи")
                ),
                Column("since", self.tr("С какого числа"), day),
            ],
        )
        matrix.row_chosen.connect(self.subsystem.edit)
        forms = titled(self.tr("Подключение к подсистеме"), self.subsystem)
        records = titled(self.tr("Матрица подсистем"), matrix)
        self.addTab(side_by_side(forms, records), self.tr("&Подсистемы"))

    def _acts_tab(self) -> None:
        self.act = self._form(ActForm(self.store, self.tasks, self.lookups))
        acts = self._table(
            "acts",
            [
                Column("signed_on", self.tr("Дата"), day),
                Column("act_type", self.tr("Вид"), lambda c: self.lookups.name("act_type", c)),
                Column("number", self.tr("Номер"), plain),
                Column("attachment_id", self.tr("Скан"), lambda a: self.tr("есть") if a else ""),
            ],
        )
        self.open_scan_button = QPushButton(self.tr("&Открыть скан выбранного акта"))
        self.open_scan_button.clicked.connect(self._open_scan)
        forms = titled(self.tr("Подтверждающий акт"), self.act)
        records = titled(self.tr("Акты"), acts, self.open_scan_button)
        self.addTab(side_by_side(forms, records), self.tr("Ак&ты"))

    # -- loading -----------------------------------------------------------------------------
    def set_lookups(self, lookups: Lookups) -> None:
        """Units and catalog codes pulled since: the checks know them at once."""
        self.lookups = lookups
        for form in self.forms:
            form.lookups = lookups

    def show_unit(self, code: str) -> None:
        self.unit = code
        for form in self.forms:
            form.set_unit(code)
        self.setEnabled(True)
        self.reload()

    def reload(self, on_loaded: Callable[[], None] | None = None) -> None:
        code = self.unit
        if code is None:
            return

        def loaded(facts: UnitFacts) -> None:
            self._show_facts(facts)
            if on_loaded is not None:
                on_loaded()

        self.tasks.run(lambda _job: load_unit_facts(self.store, code), loaded)

    def _show_facts(self, facts: UnitFacts) -> None:
        if facts.unit != self.unit:
            return  # another unit was chosen meanwhile
        for table, widget in self.tables.items():
            widget.show_rows(facts.rows[table])
        self.tables["subsystem_connections"].show_rows(self.matrix(facts))
        self.timeline.show_facts(facts.rows["outages"], facts.rows["connection_observations"])
        self.arm.show_known(facts.rows["arm_counts"])
        self.subsystem.show_acts(facts.rows["acts"])

    def matrix(self, facts: UnitFacts) -> list[dict[str, Any]]:
        """Every subsystem of the catalog, recorded or not: the gaps are what one fills."""
        recorded = {row["subsystem"]: row for row in facts.rows["subsystem_connections"]}
        return [
            recorded.get(item.code, {"subsystem": item.code, "applicable": None, "stage": None})
            for item in self.lookups.catalogs.get("subsystem", [])
        ]

    def _saved(self) -> None:
        if self.unit is not None:
            self.reload()
            self.changed.emit(self.unit)

    def _open_scan(self) -> None:
        table = self.tables["acts"]
        selected = table.selectionModel().selectedRows()
        if not selected:
            self.act.outcome.setText(self.tr("Выберите акт в списке"))
            return
        row = table.rows[selected[0].row()]
        if not row.get("attachment_id"):
            self.act.outcome.setText(self.tr("У этого акта нет скана"))
            return
        open_scan(self, self.store, self.tasks, row["attachment_id"])
