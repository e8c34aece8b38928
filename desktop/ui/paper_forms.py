"""Documents the unit sent, its subsystem connections, and the acts that prove them."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.storage import Store
from desktop.storage import validation as v
from desktop.storage.records import (
    DOCUMENT_STATUSES,
    STAGE_NONE,
    ActInput,
    AttachmentInput,
    DocumentInput,
    SubsystemInput,
)
from desktop.storage.validation import Checker
from desktop.ui.connection_form import note_editor
from desktop.ui.form_kit import (
    FormPanel,
    Lookups,
    catalog_combo,
    date_edit,
    date_value,
    optional_text,
    select_code,
    set_date,
)
from desktop.ui.tasks import Tasks


class DocumentForm(FormPanel):
    """How many documents of a class went where on a day; never patient data."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.doc_class = catalog_combo(lookups, "doc_class", blank=self.tr("— выберите —"))
        self.target = catalog_combo(lookups, "target_system", blank=self.tr("— не указана —"))
        self.sent_on = date_edit()
        self.count = QLineEdit("1")
        self.signed = QCheckBox(self.tr("подписаны &ЭП"))
        self.status = QComboBox()
        for code, name in zip(DOCUMENT_STATUSES, self.status_names(), strict=True):
            self.status.addItem(name, code)
        self.registry_no = QLineEdit()
        self.note = note_editor()
        self.add_field("doc_class", self.tr("&Вид документа:"), self.doc_class)
        self.add_field("target_system", self.tr("&Куда отправлены:"), self.target)
        self.add_field("sent_on", self.tr("&Дата отправки:"), self.sent_on)
        self.add_field("count", self.tr("&Количество:"), self.count)
        self.add_field("signed", "", self.signed)
        self.add_field("status", self.tr("&Статус:"), self.status)
        self.add_field("registry_no", self.tr("&Регистрационный номер:"), self.registry_no)
        self.add_field("note", self.tr("При&мечание:"), self.note)

    def status_names(self) -> list[str]:
        return [self.tr("отправлены"), self.tr("зарегистрированы"), self.tr("отклонены")]

    def status_name(self, code: Any) -> str:
        names = dict(zip(DOCUMENT_STATUSES, self.status_names(), strict=True))
        return names.get(code, str(code or ""))

    def make_input(self) -> DocumentInput:
        assert self.unit is not None
        sent_on = date_value(self.sent_on)
        assert sent_on is not None
        return DocumentInput(
            self.unit,
            self.doc_class.currentData() or "",
            sent_on,
            self.whole("count", self.count.text(), required=True) or 0,
            target_system=self.target.currentData(),
            signed=self.signed.isChecked(),
            status=self.status.currentData(),
            registry_no=optional_text(self.registry_no),
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_document(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.record_document(record)

    def clear(self) -> None:
        self.count.setText("1")
        self.registry_no.clear()
        self.note.clear()


class SubsystemForm(FormPanel):
    """One row of the subsystem matrix: chosen in the table, changed here."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.subsystem = catalog_combo(lookups, "subsystem", blank=self.tr("— выберите —"))
        self.applicable = QCheckBox(self.tr("&применяется в этом подразделении"))
        self.applicable.setChecked(True)
        self.stage = catalog_combo(lookups, "stage")
        self.since = date_edit(optional=True)
        self.act = QComboBox()
        self.note = note_editor()
        self.add_field("subsystem", self.tr("&Подсистема:"), self.subsystem)
        self.add_field("applicable", "", self.applicable)
        self.add_field("stage", self.tr("&Этап:"), self.stage)
        self.add_field("since", self.tr("&С какого числа:"), self.since)
        self.add_field("act_id", self.tr("Подтверждающий &акт:"), self.act)
        self.add_field("note", self.tr("При&мечание:"), self.note)
        self.applicable.toggled.connect(self._applicable_changed)

    def _applicable_changed(self, applicable: bool) -> None:
        if not applicable:
            select_code(self.stage, STAGE_NONE)

    def show_acts(self, acts: list[dict[str, Any]]) -> None:
        chosen = self.act.currentData()  # a reload must not drop the act being linked
        self.act.blockSignals(True)
        self.act.clear()
        self.act.addItem(self.tr("— без акта —"), None)
        for act in acts:
            kind = self.lookups.name("act_type", act["act_type"])
            self.act.addItem(f"№ {act['number']} ({kind})", act["id"])
        select_code(self.act, chosen)
        self.act.blockSignals(False)

    def edit(self, row: dict[str, Any]) -> None:
        select_code(self.subsystem, row["subsystem"])
        self.applicable.setChecked(
            row.get("applicable") is not False and row.get("applicable") != 0
        )
        select_code(self.stage, row.get("stage") or STAGE_NONE)
        set_date(self.since, row.get("since"))
        select_code(self.act, row.get("act_id"))
        self.note.setPlainText(row.get("note") or "")

    def make_input(self) -> SubsystemInput:
        assert self.unit is not None
        return SubsystemInput(
            self.unit,
            self.subsystem.currentData() or "",
            self.stage.currentData() or "",
            applicable=self.applicable.isChecked(),
            since=date_value(self.since),
            act_id=self.act.currentData(),
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_subsystem(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.set_subsystem(record)


class ScanPicker(QWidget):
    """A file for the act: chosen from disk, read when the act is saved."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.label = QLabel(self.tr("файл не выбран"))
        self.label.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Выбрать файл…"))
        self.forget = QPushButton(self.tr("Убрать"))
        self.choose.clicked.connect(self._choose)
        self.forget.clicked.connect(lambda: self.set_path(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose)
        row.addWidget(self.forget)
        row.addWidget(self.label, 1)
        self.forget.setEnabled(False)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Скан акта"), "", self.tr("Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.label.setText(path.name if path else self.tr("файл не выбран"))
        self.forget.setEnabled(path is not None)
        self.choose.setText(self.tr("&Другой файл…") if path else self.tr("&Выбрать файл…"))
        self.changed.emit()


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # gone or unreadable: "the file is empty" says enough


def media_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class ActForm(FormPanel):
    """An evidence act with its scan; the scan is kept inside the encrypted store."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.act_type = catalog_combo(lookups, "act_type", blank=self.tr("— выберите —"))
        self.number = QLineEdit()
        self.signed_on = date_edit()
        self.scan = ScanPicker()
        self.note = note_editor()
        self.add_field("act_type", self.tr("&Вид акта:"), self.act_type)
        self.add_field("number", self.tr("&Номер:"), self.number)
        self.add_field("signed_on", self.tr("&Дата акта:"), self.signed_on)
        self.add_field("attachment", self.tr("&Скан:"), self.scan)
        self.add_field("note", self.tr("При&мечание:"), self.note)

    def make_input(self) -> tuple[ActInput, Path | None]:
        """The act, and its scan's path: the file is read on the store lane when saving."""
        assert self.unit is not None
        signed_on = date_value(self.signed_on)
        assert signed_on is not None
        act = ActInput(
            self.unit,
            self.act_type.currentData() or "",
            self.number.text(),
            signed_on,
            note=optional_text(self.note),
        )
        return act, self.scan.path

    def check(self, checker: Checker, record: Any) -> None:
        act, path = record
        v.check_act(checker, act)
        if path is not None:
            v.check_attachment(checker, media_type(path), file_size(path))

    def write(self, store: Store, record: Any) -> str:
        act, path = record
        if path is not None:
            scan = AttachmentInput(path.name, media_type(path), path.read_bytes())
            act = replace(act, attachment=scan)
        return store.record_act(act)

    def clear(self) -> None:
        self.number.clear()
        self.note.clear()
        self.scan.set_path(None)
