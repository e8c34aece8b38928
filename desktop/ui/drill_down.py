"""«Из чего получено» (the units behind a form row's number and the facts that decided each),
and the receipt of a submitted form."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.cli.messages import field_label, sync_state_label
from desktop.indicators.engine import UnitEvidence
from desktop.indicators.periods import Period
from desktop.indicators.service import QuarterlyReport
from desktop.indicators.unit_state import FactRef
from desktop.storage import Store
from desktop.storage.fact_lookup import FactDetail, catalog_names, fact_details
from desktop.storage.receipts import Receipt
from desktop.sync.pack_rules import ArmRule, UnitsRule
from desktop.timefmt import local_time
from desktop.ui.report_words import (
    computed_text,
    counted_words,
    fact_text,
    form_status_words,
    key_label,
    number_text,
    quarter_long,
    row_label,
    source_words,
    value_text,
)
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text, ui_language

UNIT, COUNTED, ABOVE, BELOW, SOURCE = range(5)
PART_ORDER = {"tvsp": 1, "fap": 2}
NAME_CUT = 60  # a receipt line fits a printed page


@dataclass(frozen=True)
class Details:
    facts: dict[tuple[str, str], FactDetail]
    names: dict[str, dict[str, str]]


def load_details(store: Store, refs: list[FactRef]) -> Details:
    """Runs on the store lane: the facts by id, and the catalog names to word them."""
    return Details(fact_details(store, [(r.entity, r.id) for r in refs]), catalog_names(store))


# -- the dialog -------------------------------------------------------------------------------
class DrillDownDialog(QDialog):
    """Non-modal; the fact details arrive from the store lane after it opens."""

    def __init__(
        self,
        store: Store,
        tasks: Tasks,
        report: QuarterlyReport,
        key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.tasks, self.report = store, tasks, report
        self.row = report.row(key)
        number = self.row.indicator.number
        self.rule = next(i.rule for i in report.pack.indicators if i.number == number)
        self.loaded = False
        self.unit_items: dict[str, QTreeWidgetItem] = {}
        self.setWindowTitle(
            self.tr("Из чего получено: %1").replace(
                "%1", row_label(self.row.indicator.number, self.row.part.part)
            )
        )
        self.tree = QTreeWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        for text in self._intro():
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(label)
        box.addWidget(self.tree, 1)
        box.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        box.addWidget(buttons)
        self._fill_units()
        self.resize(
            self.fontMetrics().horizontalAdvance("м" * 90), self.fontMetrics().lineSpacing() * 30
        )
        self._load()

    def _intro(self) -> list[str]:
        row = self.row
        lines = [
            f"<b>{row_label(row.indicator.number, row.part.part)}</b> — {row.indicator.name}",
            self.tr("В форме: %1").replace("%1", value_text(row)),
        ]
        if row.overridden:
            lines.append(
                self.tr("Исправлено вручную (%1); по фактам: %2.")
                .replace("%1", row.reason or "")
                .replace("%2", computed_text(row))
            )
        form = self.report.form
        if form is not None and form.locked:
            lines.append(
                self.tr(
                    "Форма отправлена: в ней значение на момент отправки,"
                    " ниже — что дают факты сейчас."
                )
            )
        lines.append(self._method())
        comment = getattr(self.rule, "comment", None)
        if comment:
            lines.append(self.tr("Как считается: %1").replace("%1", comment))
        return lines

    def _method(self) -> str:
        part = self.row.part
        if isinstance(self.rule, UnitsRule):
            return (
                self.tr("Учтено подразделений: %1 из %2.")
                .replace("%1", number_text(part.numerator))
                .replace("%2", number_text(part.denominator))
            )
        if isinstance(self.rule, ArmRule):
            lang = ui_language()
            text = (
                self.tr("Сумма по подразделениям: %1 — %2")
                .replace("%1", field_label(self.rule.numerator, lang))
                .replace("%2", number_text(part.numerator))
            )
            if self.rule.denominator:
                text += (
                    self.tr("; %1 — %2")
                    .replace("%1", field_label(self.rule.denominator, lang))
                    .replace("%2", number_text(part.denominator))
                )
            return text + "."
        return self.tr("Значение вносит сотрудник: в фактах учреждений его нет.")

    def _fill_units(self) -> None:
        tree = self.tree
        tree.setHeaderLabels(
            [
                self.tr("Подразделение"),
                self.tr("Учтено"),
                self.tr("В числителе"),
                self.tr("В знаменателе"),
                self.tr("Откуда"),
            ]
        )
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        evidence = self.row.part.evidence
        tree.setVisible(bool(evidence))
        units = self.report.facts.units
        for e in evidence:
            unit = units.get(e.unit)
            item = QTreeWidgetItem(tree, self._unit_texts(e, unit.name if unit else e.unit))
            item.setToolTip(UNIT, e.unit)
            for column in (ABOVE, BELOW):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)  # apart from words
            self.unit_items[e.unit] = item
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        for column in (COUNTED, ABOVE, BELOW, SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if not evidence:
            self.status.setText(self.tr("Подразделений за этим числом нет."))

    def _unit_texts(self, e: UnitEvidence, name: str) -> list[str]:
        units_rule = isinstance(self.rule, UnitsRule)
        return [
            name,
            counted_words(e, units_rule),
            number_text(e.numerator, 2),
            number_text(e.denominator, 2),
            source_words(e),
        ]

    def _load(self) -> None:
        refs = [ref for e in self.row.part.evidence for ref in e.facts]
        if not refs:
            self.loaded = True
            return
        self.status.setText(self.tr("Загружаю записи…"))
        self.tasks.run(lambda _job: load_details(self.store, refs), self._loaded, self._failed)

    def _loaded(self, details: Details) -> None:
        if not isValid(self):
            return
        for e in self.row.part.evidence:
            item = self.unit_items[e.unit]
            for ref in e.facts:
                text = fact_text(details.facts.get((ref.entity, ref.id)), details.names)
                child = QTreeWidgetItem(item, [text])
                child.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.status.clear()
        self.loaded = True

    def _failed(self, exc: Exception) -> None:
        if isValid(self):
            self.status.setText(error_text(exc))
            self.loaded = True

    def facts_of(self, unit: str) -> list[str]:
        """The fact lines under a unit, as shown."""
        item = self.unit_items[unit]
        return [child.text(0) for i in range(item.childCount()) if (child := item.child(i))]


# -- the receipt ------------------------------------------------------------------------------
def receipt_text(receipt: Receipt, names: dict[str, str]) -> str:
    """The receipt as plain lines: prints on any printer, pastes into any e-mail.
    ``names`` gives each row key its indicator's short name (may be empty)."""
    r = receipt
    lines = [
        QCoreApplication.translate("Receipt", "КВИТАНЦИЯ о представлении квартальной формы"),
        "",
        QCoreApplication.translate("Receipt", "Организация: %1 (%2)")
        .replace("%1", r.org_name)
        .replace("%2", r.org),
        QCoreApplication.translate("Receipt", "Квартал: %1").replace(
            "%1", quarter_long(Period.parse(r.quarter))
        ),
        QCoreApplication.translate("Receipt", "Отправлена: %1, %2")
        .replace("%1", local_time(r.submitted_at))
        .replace("%2", r.submitted_by),
        QCoreApplication.translate("Receipt", "Состояние: %1").replace(
            "%1", form_status_words(r.status)
        ),
        "",
        QCoreApplication.translate("Receipt", "Показатели:"),
    ]
    lines += list(_receipt_rows(r, names))
    lines += [
        "",
        QCoreApplication.translate("Receipt", "Контрольная сумма: %1").replace("%1", r.fingerprint),
        QCoreApplication.translate("Receipt", "Доставка на сервер: %1").replace("%1", _delivery(r)),
        QCoreApplication.translate("Receipt", "Компьютер: %1").replace(
            "%1", r.device_id or QCoreApplication.translate("Receipt", "не подключён к серверу")
        ),
    ]
    if r.reviewed_at:
        lines.append(
            QCoreApplication.translate("Receipt", "Проверена регионом: %1").replace(
                "%1", local_time(r.reviewed_at)
            )
        )
    if r.review_comment:
        lines.append(
            QCoreApplication.translate("Receipt", "Замечание региона: %1").replace(
                "%1", r.review_comment
            )
        )
    return "\n".join(lines) + "\n"


def _receipt_rows(r: Receipt, names: dict[str, str]) -> Iterable[str]:
    for key, value in sorted(r.values.items(), key=lambda item: _sort_key(item[0])):
        line = f"  {key_label(key):<16} {number_text(value, 2):>10}"
        name = names.get(key, "")
        if name:
            line += "  " + (name if len(name) <= NAME_CUT else name[: NAME_CUT - 1] + "…")
        yield line
        reason = r.overrides.get(key)
        if reason:
            yield "      " + QCoreApplication.translate(
                "Receipt", "исправлено вручную: %1"
            ).replace("%1", reason)


def _sort_key(key: str) -> tuple[tuple[int, ...], int]:
    """As the form orders its rows: by number, the whole, then «ТВСП МО», then «ФАП и ФП»."""
    number, _, part = key.partition("/")
    return tuple(int(n) for n in number.split(".") if n.isdigit()), PART_ORDER.get(part, 0)


def _delivery(r: Receipt) -> str:
    state = sync_state_label(r.delivery, ui_language())
    when = f" {local_time(r.delivered_at)}" if r.delivered_at else ""
    change = (
        QCoreApplication.translate("Receipt", "изменение № %1").replace("%1", str(r.seq))
        if r.seq is not None
        else ""
    )
    return f"{state}{when}" + (f" ({change})" if change else "")


class ReceiptDialog(QDialog):
    """The receipt of a submitted form as plain text, to read, copy or paste into an e-mail."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Квитанция об отправке формы"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Копировать"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(buttons)
        metrics = self.text.fontMetrics()
        self.resize(metrics.horizontalAdvance("0" * 100), metrics.lineSpacing() * 32)
