"""Connection status of a unit (Internet, channel, ЗСПД, СКЗИ) and its outages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from desktop.storage import Store
from desktop.storage import validation as v
from desktop.storage.records import ConnectionInput, OutageInput
from desktop.storage.validation import Checker
from desktop.ui.form_kit import (
    FormPanel,
    Lookups,
    catalog_combo,
    optional_text,
)
from desktop.ui.tasks import Tasks

NOTE_HEIGHT = 60


def tri_state(combo: QComboBox) -> bool | None:
    value: bool | None = combo.currentData()
    return value


def note_editor() -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)  # Tab leaves the note, as in every other field
    editor.setFixedHeight(NOTE_HEIGHT)
    return editor


class ConnectionForm(FormPanel):
    """One observation: is there Internet now, over what, with ЗСПД and СКЗИ or not."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.internet = QCheckBox(self.tr("Интернет &есть"))
        self.internet.setChecked(True)
        self.channel = catalog_combo(lookups, "channel", blank=self.tr("— не указан —"))
        self.zspd, self.skzi = self._tri_state(), self._tri_state()
        self.bandwidth, self.provider = QLineEdit(), QLineEdit()
        self.bandwidth.setPlaceholderText(self.tr("например, 2048"))
        self.note = note_editor()
        self.add_field("internet", self.tr("Интернет:"), self.internet)
        self.add_field("channel", self.tr("&Канал связи:"), self.channel)
        self.add_field("zspd", self.tr("&ЗСПД:"), self.zspd)
        self.add_field("skzi", self.tr("&СКЗИ:"), self.skzi)
        self.add_field("bandwidth_kbps", self.tr("С&корость, кбит/с:"), self.bandwidth)
        self.add_field("provider", self.tr("&Провайдер:"), self.provider)
        self.add_field("note", self.tr("При&мечание:"), self.note)

    def _tri_state(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("не указано"), None)
        combo.addItem(self.tr("подключено"), True)
        combo.addItem(self.tr("не подключено"), False)
        return combo

    def make_input(self) -> ConnectionInput:
        assert self.unit is not None
        internet = self.internet.isChecked()
        return ConnectionInput(
            self.unit,
            internet,
            channel=self.channel.currentData(),
            zspd=tri_state(self.zspd),
            skzi=tri_state(self.skzi),
            bandwidth_kbps=self.whole("bandwidth_kbps", self.bandwidth.text()),
            provider=optional_text(self.provider),
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_connection(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.record_connection(record)

    def clear(self) -> None:
        for editor in (self.bandwidth, self.provider):
            editor.clear()
        self.note.clear()
        for combo in (self.channel, self.zspd, self.skzi):
            combo.setCurrentIndex(0)
        self.internet.setChecked(True)


def moment_editor() -> QDateTimeEdit:
    editor = QDateTimeEdit(QDateTime.currentDateTime())
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd.MM.yyyy HH:mm")
    return editor  # a moment still to come is refused by the check, not by a frozen limit


def aware(editor: QDateTimeEdit) -> datetime:
    """The editor shows local time; the store wants a moment with its zone."""
    local: datetime = editor.dateTime().toPython()  # type: ignore[assignment]
    return local.astimezone(UTC)


class OutageForm(FormPanel):
    """A period without a link; the end may be left open while it lasts."""

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__(store, tasks, lookups)
        self.started = moment_editor()
        self.ended_known = QCheckBox(self.tr("Связь &восстановлена"))
        self.ended = moment_editor()
        self.ended.setEnabled(False)
        self.ended_known.toggled.connect(self.ended.setEnabled)
        self.cause = QLineEdit()
        self.cause.setPlaceholderText(self.tr("например, обрыв линии, нет электричества"))
        self.note = note_editor()
        self.add_field("started_at", self.tr("&Начало перерыва:"), self.started)
        self.add_field("ended_known", "", self.ended_known)
        self.add_field("ended_at", self.tr("&Конец перерыва:"), self.ended)
        self.add_field("cause", self.tr("П&ричина:"), self.cause)
        self.add_field("note", self.tr("При&мечание:"), self.note)

    def make_input(self) -> OutageInput:
        assert self.unit is not None
        return OutageInput(
            self.unit,
            aware(self.started),
            aware(self.ended) if self.ended_known.isChecked() else None,
            cause=optional_text(self.cause),
            note=optional_text(self.note),
        )

    def check(self, checker: Checker, record: Any) -> None:
        v.check_outage(checker, record)

    def write(self, store: Store, record: Any) -> str:
        return store.record_outage(record)

    def clear(self) -> None:
        self.cause.clear()
        self.note.clear()
        self.ended_known.setChecked(False)
        now = QDateTime.currentDateTime()  # the next outage is entered from now, not from then
        self.started.setDateTime(now)
        self.ended.setDateTime(now)
