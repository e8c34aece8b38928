"""What every form shares: reference lookups, fields with their message beside them, checks as
the user types, saving on the store lane."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cli.messages import field_error
from desktop.storage import Store
from desktop.storage.errors import FieldError, ValidationFailed
from desktop.storage.models import CatalogItem
from desktop.storage.validation import Checker
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text, ui_language

CATALOG_KINDS = ("channel", "doc_class", "target_system", "subsystem", "stage", "act_type")
ERROR_STYLE = "color: #b00020;"  # with the text itself, never colour alone
CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "dateTimeChanged", "toggled", "changed")
NO_DATE = QDate(2000, 1, 1)  # the date editors' "special value": shown as the blank text


@dataclass(frozen=True)
class Lookups:
    """Catalogs and unit codes, loaded once on the store lane, so checks run as one types."""

    catalogs: dict[str, list[CatalogItem]]
    units: frozenset[str]

    def codes(self, kind: str) -> set[str]:
        return {item.code for item in self.catalogs.get(kind, [])}

    def name(self, kind: str, code: str | None) -> str:
        for item in self.catalogs.get(kind, []):
            if item.code == code:
                return item.name
        return code or ""

    def checker(self) -> Checker:
        return Checker(self.codes, self.units.__contains__)


def load_lookups(store: Store) -> Lookups:
    """Runs on the store lane."""
    catalogs = {kind: store.catalog(kind) for kind in CATALOG_KINDS}
    return Lookups(catalogs, frozenset(u.code for u in store.units()))


def parse_number(field: str, text: str, required: bool) -> tuple[int | None, FieldError | None]:
    """A whole number typed by hand (spaces allowed), or what is wrong with it."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None, FieldError(field, "required", {}) if required else None
    try:
        return int(text), None
    except ValueError:
        return None, FieldError(field, "not_a_number", {"value": text})


def optional_text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return text.strip() or None


def catalog_combo(lookups: Lookups, kind: str, *, blank: str | None = None) -> QComboBox:
    """A catalog as a drop-down: names shown, codes kept; ``blank`` adds an empty choice."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for item in lookups.catalogs.get(kind, []):
        combo.addItem(item.name, item.code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def select_code(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


def date_edit(*, optional: bool = False) -> QDateEdit:
    """A date typed or picked from a calendar; an optional one may be left blank."""
    editor = QDateEdit()
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd.MM.yyyy")
    # No hard upper limit (it would freeze at the day the form was built): a date still to
    # come is refused by the check beside the field.
    if optional:
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(" ")
        editor.setDate(NO_DATE)
    else:
        editor.setDate(QDate.currentDate())
    return editor


def date_value(editor: QDateEdit) -> date | None:
    if editor.specialValueText() and editor.date() == editor.minimumDate():
        return None
    value: date = editor.date().toPython()  # type: ignore[assignment]
    return value


def set_date(editor: QDateEdit, text: str | None) -> None:
    editor.setDate(QDate.fromString(text[:10], "yyyy-MM-dd") if text else editor.minimumDate())


class FormPanel(QWidget):
    """A form of labelled fields, each with its message beneath it, and a save button.

    Subclasses add fields with ``add_field``, build the typed input in ``make_input`` (numbers
    through ``whole``, which notes text that is not one and stands in a zero, so every other
    rule is still checked), name the storage check in ``check`` and the write in ``write``.
    Messages appear once a field was touched, or for every field when the user tries to
    save."""

    saved = Signal(object)  # what ``write`` returned

    def __init__(self, store: Store, tasks: Tasks, lookups: Lookups) -> None:
        super().__init__()
        self.store, self.tasks, self.lookups = store, tasks, lookups
        self.unit: str | None = None
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.parse_errors: list[FieldError] = []
        self.saving: str | None = None  # the unit a save on its way is for
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.save_button = QPushButton(self.tr("&Записать"))
        self.save_button.clicked.connect(self.save)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.outcome, 1)
        column.addLayout(row)
        column.addStretch()
        for keys in ("Ctrl+S", "Ctrl+Return"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setAutoRepeat(False)  # a key held down is one save
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    # -- building --------------------------------------------------------------------------
    def add_field(self, name: str, label: str, editor: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(editor)  # Alt + the underlined letter jumps to the field
        self.form.addRow(caption, editor)
        # The message gets a row of its own, under the field: a wrapped label inside the
        # field's row would not make the row taller, and its second line would be cut.
        message = QLabel()
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        self.form.addRow(message)
        self.form.setRowVisible(message, False)
        self.editors[name], self.messages[name] = editor, message
        self._watch(name, editor)

    def _watch(self, name: str, editor: QWidget) -> None:
        def changed(*_args: object) -> None:
            self.touched.add(name)
            self.revalidate()

        for signal in (
            "textChanged",
            "currentIndexChanged",
            "dateTimeChanged",
            "toggled",
            "changed",
        ):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(changed)
                return

    # -- for subclasses -------------------------------------------------------------------
    def make_input(self) -> Any:
        raise NotImplementedError

    def whole(self, field: str, text: str, required: bool = False) -> int | None:
        value, error = parse_number(field, text, required)
        if error is not None:
            self.parse_errors.append(error)
            return 0 if required else None
        return value

    def check(self, checker: Checker, record: Any) -> None:
        raise NotImplementedError

    def write(self, store: Store, record: Any) -> Any:
        raise NotImplementedError

    def clear(self) -> None:
        """Back to an empty form after a save (subclasses reset their editors)."""

    # -- checking and saving ----------------------------------------------------------------
    def set_unit(self, code: str) -> None:
        """Another unit: what was typed for the one before is not carried over to it."""
        if code != self.unit:
            self.clear()
        self.unit = code
        self.outcome.clear()
        self.touched.clear()
        self.revalidate()

    def problems(self) -> list[FieldError]:
        if self.unit is None:
            return [FieldError("unit", "required", {})]
        self.parse_errors = []
        record = self.make_input()
        checker = self.lookups.checker()
        self.check(checker, record)
        unparsed = {err.field for err in self.parse_errors}
        return self.parse_errors + [e for e in checker.errors if e.field not in unparsed]

    def revalidate(self, show_all: bool = False) -> list[FieldError]:
        found = self.problems()
        by_field: dict[str, list[str]] = {}
        for err in found:
            name = err.field.split("[", 1)[0].split(".")[-1]
            by_field.setdefault(name, []).append(field_error(err, ui_language()))
        for name, label in self.messages.items():
            shown = (show_all or name in self.touched) and name in by_field
            label.setText("\n".join(by_field.get(name, [])))
            self.form.setRowVisible(label, shown)
        self.save_button.setEnabled(self.unit is not None and self.saving is None)
        return found

    def save(self) -> None:
        if self.saving is not None:
            return  # the one on its way is enough
        found = self.revalidate(show_all=True)
        if found:
            name = found[0].field.split("[", 1)[0].split(".")[-1]
            if name in self.editors:
                self.editors[name].setFocus()
                self.outcome.setText(self.tr("Исправьте отмеченные поля"))
            else:  # a problem no field shows (an unknown unit): say it here
                self.outcome.setText(field_error(found[0], ui_language()))
            return
        record = self.make_input()
        self.saving = self.unit
        self.save_button.setEnabled(False)
        self.tasks.run(lambda _job: self.write(self.store, record), self._written, self._failed)

    def _written(self, result: Any) -> None:
        unit, self.saving = self.saving, None
        self.save_button.setEnabled(self.unit is not None)
        if unit != self.unit:
            self.saved.emit(result)  # saved for the unit chosen before; this one's draft stays
            return
        self.outcome.setText(self.tr("Записано. Изменение встало в очередь на отправку."))
        self.touched.clear()
        self.clear()
        self.revalidate()
        self.saved.emit(result)

    def _failed(self, exc: Exception) -> None:
        unit, self.saving = self.saving, None
        self.save_button.setEnabled(self.unit is not None)
        if unit != self.unit:
            return  # about a unit no longer shown
        if isinstance(exc, ValidationFailed):
            for err in exc.errors:
                self.touched.add(err.field)
            self.revalidate(show_all=True)
        self.outcome.setText(error_text(exc))
