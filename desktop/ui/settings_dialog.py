"""The settings dialog: server, pinned CA, link checks, auto-lock, language, data and backups."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cli.messages import field_error
from desktop.storage import Store, ValidationFailed
from desktop.storage.settings import StoreSettings
from desktop.ui import i18n
from desktop.ui.data_box import DataBox, button_row, documents, grow_to_fit
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text, ui_language

LANGUAGE_KEY = "ui/language"
ERROR_STYLE = "color: #b00020"


def ui_settings() -> QSettings:
    """The app's QSettings (tests put their own in its place)."""
    return QSettings()


def save_and_read(store: Store, settings: StoreSettings) -> StoreSettings:
    """On the store lane: save, then read back what the store now holds."""
    store.save_settings(settings)
    return store.settings()


class SettingsDialog(QDialog):
    """Loads and saves on the store lane; ``saved`` carries the new ``StoreSettings``.

    ``store_closed``: a restore from a backup has closed the store (see ``DataBox``); the
    dialog closes and the app must show the unlock dialog for the same folder."""

    saved = Signal(object)
    store_closed = Signal()

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self.loaded: StoreSettings | None = None
        self.setWindowTitle(self.tr("Настройки"))
        self._fields()
        self._layout()
        self._connect()
        self._set_busy(True)
        self._say(self.tr("Загружаю настройки…"))
        self.tasks.run(lambda _job: store.settings(), self._loaded, self._failed)

    # -- building ------------------------------------------------------------------------
    def _fields(self) -> None:
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("не задан — сертификаты системы"))
        self.ca_choose = QPushButton(self.tr("&Выбрать…"))
        self.ca_clear = QPushButton(self.tr("Без &файла"))
        self.monitor = QSpinBox()
        self.monitor.setRange(1, 999_999)  # validate() tells the real range in words
        self.monitor.setSuffix(self.tr(" с"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 99_999)
        self.auto_lock.setSuffix(self.tr(" мин"))
        self.auto_lock.setSpecialValueText(self.tr("никогда"))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.start_language = str(ui_settings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
        self.language.setCurrentIndex(max(0, self.language.findData(self.start_language)))
        self.data = DataBox(self.store, self.tasks)
        names = ("server_url", "ca_file", "monitor_interval_s", "auto_lock_min")
        self.errors = {name: hint_label(ERROR_STYLE) for name in names}
        self.language_note = hint_label("")
        self.message = hint_label("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _layout(self) -> None:
        link = QFormLayout(link_group := QGroupBox(self.tr("Связь с сервером")))
        add_row(link, self.tr("&Адрес сервера:"), self.server_url, self.errors["server_url"])
        ca_row = button_row(self.ca_file, self.ca_choose, self.ca_clear)
        add_row(link, self.tr("Сертификат &УЦ:"), ca_row, self.errors["ca_file"], self.ca_file)
        every = self.tr("&Проверять связь каждые:")
        add_row(link, every, self.monitor, self.errors["monitor_interval_s"])
        work = QFormLayout(work_group := QGroupBox(self.tr("Работа")))
        add_row(work, self.tr("&Блокировать через:"), self.auto_lock, self.errors["auto_lock_min"])
        add_row(work, self.tr("&Язык:"), self.language, self.language_note)
        box = QVBoxLayout(self)
        for widget in (link_group, work_group, self.data, self.message, self.buttons):
            box.addWidget(widget)
        # Only now is Save inside the dialog: Enter in any field means Save (a focused
        # button still takes Enter itself).
        self.ok.setDefault(True)
        order: list[QWidget] = [self.server_url, self.ca_file, self.ca_choose, self.ca_clear]
        order += [self.monitor, self.auto_lock, self.language, *self.data.tab_order()]
        for first, second in pairwise([*order, self.buttons]):
            QWidget.setTabOrder(first, second)
        # Widths in characters, so a larger font widens the dialog instead of clipping it.
        chars = self.fontMetrics().averageCharWidth()
        self.server_url.setMinimumWidth(36 * chars)
        placeholder = self.fontMetrics().horizontalAdvance(self.ca_file.placeholderText())
        self.ca_file.setMinimumWidth(placeholder + 2 * chars)

    def _connect(self) -> None:
        for edit in (self.server_url, self.ca_file):
            edit.textChanged.connect(self.check)
        for spin in (self.monitor, self.auto_lock):
            spin.valueChanged.connect(self.check)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.ca_choose.clicked.connect(self.choose_ca_file)
        self.ca_clear.clicked.connect(self.ca_file.clear)
        self.data.busy.connect(self._set_busy)
        self.data.store_closed.connect(self._store_closed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- values and checks ---------------------------------------------------------------
    def _loaded(self, settings: StoreSettings) -> None:
        self.loaded = settings
        self.server_url.setText(settings.server_url)
        self.ca_file.setText(settings.ca_file)
        self.monitor.setValue(settings.monitor_interval_s)
        self.auto_lock.setValue(settings.auto_lock_min)
        self.message.hide()
        self._set_busy(False)
        self.server_url.setFocus()

    def entered(self) -> StoreSettings:
        """The settings as the fields show them (not yet checked)."""
        return replace(
            self.loaded or StoreSettings(),
            server_url=self.server_url.text().strip(),
            ca_file=self.ca_file.text().strip(),
            monitor_interval_s=self.monitor.value(),
            auto_lock_min=self.auto_lock.value(),
        )

    def problems(self) -> dict[str, str]:
        """Field name → what is wrong with it, in words; empty when all is well."""
        settings, lang = self.entered(), ui_language()
        found: dict[str, str] = {}
        try:
            settings.validate()
        except ValidationFailed as failed:
            for err in failed.errors:
                found.setdefault(err.field, field_error(err, lang))
        if settings.ca_file and not Path(settings.ca_file).is_file():
            found["ca_file"] = self.tr("Такого файла нет: укажите файл сертификата УЦ (.pem, .crt)")
        return found

    def check(self) -> bool:
        """Show each field's problem beside it; Save only when there is none."""
        found = self.problems()
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.ok.setEnabled(self.loaded is not None and not found)
        grow_to_fit(self)
        return not found

    def _language_changed(self) -> None:
        # Live switching would need every open window to retranslate itself; a restart does.
        changed = self.language.currentData() != self.start_language
        self.language_note.setText(self.tr("Язык сменится после перезапуска программы."))
        self.language_note.setVisible(changed)
        grow_to_fit(self)

    def choose_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Файл сертификата УЦ"),
            self.ca_file.text() or documents(),
            self.tr("Сертификаты (*.pem *.crt *.cer);;Все файлы (*)"),
        )
        if name:
            self.ca_file.setText(name)

    # -- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        """Save on the store lane; the dialog closes only once the store holds the values."""
        if self.loaded is None or not self.check():
            return
        settings = self.entered()
        self._set_busy(True)
        self._say(self.tr("Сохраняю…"))
        self.tasks.run(lambda _job: save_and_read(self.store, settings), self._saved, self._failed)

    def _saved(self, settings: StoreSettings) -> None:
        ui_settings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.loaded = settings
        self._set_busy(False)
        self.saved.emit(settings)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._say(error_text(exc), ERROR_STYLE)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        for group in self.findChildren(QGroupBox):
            group.setEnabled(not busy)
        if busy:
            self.ok.setEnabled(False)
        else:
            self.check()

    def _store_closed(self) -> None:
        self.store_closed.emit()
        super().reject()


def hint_label(style: str) -> QLabel:
    """A message in words under a field, hidden while there is nothing to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(style)
    label.setVisible(False)
    return label


def add_row(
    form: QFormLayout, text: str, field: QWidget, hint: QLabel, buddy: QWidget | None = None
) -> None:
    """A labelled row with its message beneath the field (a row of its own, so the form
    gives a message that wraps its full height); the label's mnemonic moves the focus to
    ``buddy`` (the field itself unless the field is a row of widgets)."""
    label = QLabel(text)
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    row = form.rowCount()
    form.setWidget(row, QFormLayout.ItemRole.FieldRole, hint)
