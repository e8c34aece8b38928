"""АРМ of a unit: the counts per quarter and the per-workstation inventory."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop.storage import Store
from desktop.storage import validation as v
from desktop.storage.records import ArmCountsInput, Quarter, WorkstationInput
from desktop.storage.validation import Checker
from desktop.ui.connection_form import note_editor
from desktop.ui.form_kit import (
    FormPanel,
    Lookups,
    date_edit,
    date_value,
    optional_text,
    set_date,
)
from desktop.ui.status_card import quarter_label
from desktop.ui.tasks import Tasks

QUARTERS_BACK = 8
COUNT_FIELDS = ("total", "mis", "zspd", "certified", "workers_need", "workers_provided")


def recent_quarters(today: date | None = None) -> list[str]:
    """This quarter and the eight before it, newest first."""
    current = Quarter.of(today or date.today())
    found, year, number = [], current.year, current.number
    for _ in range(QUARTERS_BACK + 1):
        found.append(str(Quarter(year, number)))
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return found


class ArmCountsForm(FormPanel):
    """How many АРМ the unit has in a quarter, and how many reach the МИС and the ЗСПД."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.quarter = QComboBox()
        for quarter in recent_quarters():
            self.quarter.addItem(quarter_label(quarter), quarter)
        self.counts = {name: QLineEdit() for name in COUNT_FIELDS}
        self.note = note_editor()
        self.add_field("quarter", self.tr("&Квартал:"), self.quarter)
        labels = (
            self.tr("&Всего АРМ:"),
            self.tr("Подключено к &МИС:"),
            self.tr("Подключено к &ЗСПД:"),
            self.tr("С &аттестатом:"),
            self.tr("Медработников, &нуждающихся в АРМ:"),
            self.tr("Медработников, &обеспеченных АРМ:"),
        )
        for name, label in zip(COUNT_FIELDS, labels, strict=True):
            self.add_field(name, label, self.counts[name])
        self.add_field("note", self.tr("При&мечание:"), self.note)
        self.known: dict[str, dict[str, Any]] = {}
        self.quarter.currentIndexChanged.connect(self._fill_known)

    def show_known(self, rows: list[dict[str, Any]]) -> None:
        """Counts already recorded: choosing their quarter puts them in the fields (not over
        what the user is typing: the records reload after a save in any form)."""
        self.known = {row["quarter"]: row for row in rows}
        if not self.touched:
            self._fill_known()

    def _fill_known(self) -> None:
        row = self.known.get(self.quarter.currentData(), {})
        for name, editor in self.counts.items():
            value = row.get(name)
            editor.setText("" if value is None else str(value))
        self.note.setPlainText(row.get("note") or "")
        self.touched.clear()
        self.revalidate()

    def make_input(self) -> ArmCountsInput:
        assert self.unit is not None
        required = ("total", "mis", "zspd")
        n = {
            name: self.whole(name, self.counts[name].text(), name in required)
            for name in COUNT_FIELDS
        }
        return ArmCountsInput(
            self.unit,
            self.quarter.currentData(),
            n["total"] or 0,
            n["mis"] or 0,
            n["zspd"] or 0,
            certified=n["certified"],
            workers_need=n["workers_need"],
            workers_provided=n["workers_provided"],
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_arm_counts(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.record_arm_counts(record)


class WorkstationForm(FormPanel):
    """One workstation, by its inventory number: choosing a row of the list edits it."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.inventory_no, self.room, self.os = QLineEdit(), QLineEdit(), QLineEdit()
        self.certificate = QLineEdit()
        self.mis_client = QCheckBox(self.tr("работает в &МИС"))
        self.zspd_client = QCheckBox(self.tr("подключён к &ЗСПД"))
        self.in_service, self.retired = date_edit(optional=True), date_edit(optional=True)
        self.note = note_editor()
        self.add_field("inventory_no", self.tr("&Инвентарный номер:"), self.inventory_no)
        self.add_field("room", self.tr("&Кабинет:"), self.room)
        self.add_field("os", self.tr("&Операционная система:"), self.os)
        self.add_field("mis_client", "", self.mis_client)
        self.add_field("zspd_client", "", self.zspd_client)
        self.add_field("certificate", self.tr("&Аттестат:"), self.certificate)
        self.add_field("in_service_on", self.tr("&Введён в работу:"), self.in_service)
        self.add_field("retired_on", self.tr("&Списан:"), self.retired)
        self.add_field("note", self.tr("При&мечание:"), self.note)

    def edit(self, row: dict[str, Any]) -> None:
        self.inventory_no.setText(row["inventory_no"])
        for editor, key in (
            (self.room, "room"),
            (self.os, "os"),
            (self.certificate, "certificate"),
        ):
            editor.setText(row.get(key) or "")
        self.mis_client.setChecked(bool(row["mis_client"]))
        self.zspd_client.setChecked(bool(row["zspd_client"]))
        set_date(self.in_service, row.get("in_service_on"))
        set_date(self.retired, row.get("retired_on"))
        self.note.setPlainText(row.get("note") or "")

    def make_input(self) -> WorkstationInput:
        assert self.unit is not None
        return WorkstationInput(
            self.unit,
            self.inventory_no.text().strip(),
            self.mis_client.isChecked(),
            self.zspd_client.isChecked(),
            room=optional_text(self.room),
            os=optional_text(self.os),
            certificate=optional_text(self.certificate),
            in_service_on=date_value(self.in_service),
            retired_on=date_value(self.retired),
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_workstation(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.save_workstation(record)

    def clear(self) -> None:
        for editor in (self.inventory_no, self.room, self.os, self.certificate):
            editor.clear()
        self.mis_client.setChecked(False)
        self.zspd_client.setChecked(False)
        self.note.clear()
        set_date(self.in_service, None)
        set_date(self.retired, None)
