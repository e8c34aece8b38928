"""The chosen form row beside the table: its quarters against the path to its target (a
pyqtgraph chart), and the editor of its value with the reason for it."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.indicators.progress import ProgressPoint, point_of, progress
from desktop.indicators.quarterly import FormRow
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.ui.form_kit import ERROR_STYLE
from desktop.ui.report_words import (
    computed_text,
    number_text,
    quarter_only,
    quarter_short,
    row_label,
    value_text,
)
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text


def pyqtgraph() -> Any:
    """pyqtgraph, imported when a chart is first made: with numpy it takes most of a second,
    which start-up should not pay."""
    import pyqtgraph  # type: ignore[import-untyped]  # ships no type hints

    return pyqtgraph


VALUE_INK, PATH_INK, TARGET_INK, SENT_INK = "#1f5fa8", "#b35c00", "#2e7d32", "#6a1b9a"
AXIS_INK = "#1a1a1a"
CHART_QUARTERS = 8
TITLE_CUT = 90
PERCENT_TOP = 105.0  # a little above 100 %, so a reached target is not on the frame


class ProgressChart(QWidget):
    """``show_points`` draws; ``show_message`` says why there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = pyqtgraph()
        self.points: list[ProgressPoint] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)  # a report, not a tool to pan and zoom
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._style_axes()
        self.value_curve = self.plot.plot(
            pen=pg.mkPen(VALUE_INK, width=2.5),
            symbol="o",
            symbolSize=9,
            symbolBrush=VALUE_INK,
            symbolPen=VALUE_INK,
            connect="finite",
        )
        self.sent_dots = self.plot.plot(
            pen=None,
            symbol="s",
            symbolSize=12,
            symbolBrush=None,
            symbolPen=pg.mkPen(SENT_INK, width=2),
        )
        self.path_curve = self.plot.plot(
            pen=pg.mkPen(PATH_INK, width=2, style=Qt.PenStyle.DashLine), connect="finite"
        )
        self.target_curve = self.plot.plot(
            pen=pg.mkPen(TARGET_INK, width=2, style=Qt.PenStyle.DotLine), connect="finite"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.plot, 1)
        box.addWidget(self.legend)
        box.addWidget(self.message)
        self.show_message(self.tr("Выберите строку формы, чтобы увидеть её динамику."))

    def _style_axes(self) -> None:
        pg, font = pyqtgraph(), QFont(self.font())
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_INK))
            axis.setTextPen(pg.mkPen(AXIS_INK))
            axis.setStyle(tickFont=font)
        # Room for two lines of quarter names, as the font is (a 14 pt font gets more).
        self.plot.getAxis("bottom").setHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.plot.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("0000") + 16)

    # -- public -----------------------------------------------------------------------------------
    def show_points(self, title: str, points: list[ProgressPoint], measure: str) -> None:
        """Draw the row's quarters; ``measure`` names the unit of a count («ед.», «чел.»)."""
        self.points = points
        # The name in full is in the table's tooltip; here a few lines leave room to the chart.
        cut = title if len(title) <= TITLE_CUT else title[: TITLE_CUT - 1].rstrip() + "…"
        self.title.setText(cut)
        self.title.setToolTip(title)
        self.plot.setVisible(True)
        xs = list(range(len(points)))
        _draw(self.value_curve, xs, [p.value for p in points])
        sent = [(x, p.value) for x, p in zip(xs, points, strict=True) if p.submitted]
        _draw(self.sent_dots, [x for x, _ in sent], [v for _, v in sent])
        # Once the passport's targets end, the path is the held target: one line says it.
        path = any(p.expected is not None and p.expected != p.target for p in points)
        _draw(self.path_curve, xs, [p.expected if path else None for p in points])
        _draw(self.target_curve, xs, [p.target for p in points])
        percent = any(p.percent for p in points)
        goal = any(p.target is not None for p in points)
        self.plot.getAxis("left").setLabel("%" if percent else measure)
        self.plot.setXRange(-0.5, len(points) - 0.5, padding=0)
        self.plot.setYRange(0, PERCENT_TOP if percent else _top(points), padding=0)
        self._label_quarters()
        self.legend.setText(self._legend(percent and goal, path, bool(sent)))
        self.legend.setVisible(True)
        empty = all(p.value is None for p in points)
        self.message.setText(self.tr("Ни за один из этих кварталов нет данных.") if empty else "")
        self.message.setVisible(empty)

    def show_message(self, text: str) -> None:
        """Nothing to draw (no row chosen, still computing, no pack): say so instead."""
        self.points = []
        self.title.clear()
        self.plot.setVisible(False)
        self.legend.setVisible(False)
        self.message.setText(text)
        self.message.setVisible(True)

    # -- drawing ----------------------------------------------------------------------------------
    def _legend(self, goal: bool, path: bool, sent: bool) -> str:
        items = [(VALUE_INK, "━●", self.tr("значение формы"))]
        if sent:
            items.append((SENT_INK, "□", self.tr("из отправленной формы")))
        if path:
            items.append((PATH_INK, "╍╍", self.tr("план: путь к цели года")))
        if goal:
            items.append((TARGET_INK, "┈┈", self.tr("цель на год")))
        else:
            items.append(
                ("#555555", "", self.tr("цели паспорта даны по региону: для МО не сравниваются"))
            )
        return "&nbsp;&nbsp; ".join(
            f"<span style='color:{ink}; font-weight:bold'>{mark}</span>&nbsp;{text}"
            for ink, mark, text in items
        )

    def _label_quarters(self) -> None:
        """«2025 К3» on one line where the quarters have room; else the year above the quarter;
        where even a year does not fit, the year only under the first quarter and each К1."""
        if not self.points:
            return
        # The view box is laid out later than this widget: measure from the plot's own width.
        room = self.plot.width() - self.plot.getAxis("left").width() - 16
        slot = room / max(len(self.points), 1)
        metrics = self.fontMetrics()
        one_line = max(metrics.horizontalAdvance(quarter_short(p.period)) for p in self.points)
        year = metrics.horizontalAdvance("0000")
        ticks = []
        for x, point in enumerate(self.points):
            if one_line + 12 <= slot:
                text = quarter_short(point.period)
            elif year + 8 <= slot or point.period.quarter == 1:
                text = f"{quarter_only(point.period)}\n{point.period.year}"
            else:
                text = quarter_only(point.period)
            ticks.append((x, text))
        self.plot.getAxis("bottom").setTicks([ticks])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label_quarters()

    def tick_texts(self) -> list[str]:
        """The quarter names under the axis (for tests and screen readers' descriptions)."""
        ticks = self.plot.getAxis("bottom")._tickLevels
        return [text for _x, text in ticks[0]] if ticks else []


def _draw(item: Any, xs: list[int], ys: list[float | None]) -> None:
    """A line with gaps where a quarter has no figure; nothing at all without any figure."""
    if all(y is None for y in ys):
        item.setData([], [])
    else:
        item.setData(xs, [math.nan if y is None else float(y) for y in ys])


def _top(points: list[ProgressPoint]) -> float:
    values = [p.value for p in points if p.value is not None]
    return max(values, default=1.0) * 1.15 or 1.0


class RowPanel(QWidget):
    """Beside the table: the chosen row's chart (computed on the store lane), its override in
    words, and its two buttons."""

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self.row: FormRow | None = None
        self.wanted: tuple[str, str, str] | None = None  # (МО, quarter, row) being loaded
        self.loaded: tuple[str, str, str] | None = None
        self.cached: list[ProgressPoint] = []
        self.chart = ProgressChart()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Исправить…"))
        self.edit_button.setToolTip(self.tr("Исправить значение строки (Enter или двойной щелчок)"))
        self.drill_button = QPushButton(self.tr("Из чего получено…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.drill_button)
        buttons.addStretch()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.chart, 1)
        box.addWidget(self.note)
        box.addLayout(buttons)

    def forget(self) -> None:
        """The stored forms or facts changed: the next row shown is computed anew."""
        self.loaded, self.wanted, self.cached = None, None, []

    def show_row(self, report: QuarterlyReport | None, row: FormRow | None) -> None:
        self.row = row
        self._show_note(row)
        if report is None or row is None:
            self.chart.show_message(self.tr("Выберите строку формы, чтобы увидеть её динамику."))
            return
        key = (report.org.code, str(report.period), row.key)
        if key == self.loaded:
            self._draw()
            return
        if key == self.wanted:
            return
        self.wanted = key
        self.chart.show_message(self.tr("Считаю, как менялся показатель…"))
        quarters = report.period.quarters_back(CHART_QUARTERS)
        self.tasks.run(
            lambda _job: progress(self.store, key[0], key[2], quarters),
            lambda points: self._loaded(key, points),
            lambda exc: self._failed(key, exc),
        )

    def _loaded(self, key: tuple[str, str, str], points: list[ProgressPoint]) -> None:
        if not isValid(self) or key != self.wanted:
            return  # another row was chosen meanwhile
        self.wanted, self.loaded, self.cached = None, key, points
        self._draw()

    def _failed(self, key: tuple[str, str, str], exc: Exception) -> None:
        if isValid(self) and key == self.wanted:
            self.wanted = None
            self.chart.show_message(error_text(exc))

    def _draw(self) -> None:
        row = self.row
        if row is None or not self.cached:
            return
        # The shown quarter as the table has it, overrides not yet saved included.
        last = self.cached[-1]
        points = [*self.cached[:-1], point_of(row, last.period, last.percent, last.submitted)]
        title = f"{row_label(row.indicator.number, row.part.part)} — {row.indicator.name}"
        self.chart.show_points(title, points, row.indicator.measure)

    def _show_note(self, row: FormRow | None) -> None:
        if row is None or not row.overridden:
            self.note.clear()
            self.note.hide()
            return
        if row.indicator.method == "manual":
            text = self.tr("Значение внесено вручную: %1. Откуда: %2").replace(
                "%2", row.reason or ""
            )
        else:
            text = (
                self.tr("Значение исправлено вручную: %1 (по фактам %2). Причина: %3")
                .replace("%2", computed_text(row))
                .replace("%3", row.reason or "")
            )
        self.note.setText(text.replace("%1", value_text(row)))
        self.note.show()


def parse_value(text: str) -> float | None:
    """A figure typed by hand: spaces allowed, a comma or a point before the fraction."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    cleaned = cleaned.removesuffix("%")
    try:
        return float(cleaned)
    except ValueError:
        return None


class OverrideDialog(QDialog):
    """A new value for one row with the reason for it, or back to what the facts give.

    After ``exec()``: ``change`` is (value, reason) to set, or ``removed`` is set."""

    def __init__(self, row: FormRow, manual: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.removed = False
        self.change: tuple[float, str] | None = None
        self.setWindowTitle(self.tr("Значение строки %1").replace("%1", row.key))
        title = QLabel(f"<b>{row_label(row.indicator.number, row.part.part)}</b>")
        name = QLabel(row.indicator.name)
        name.setWordWrap(True)
        facts = QLabel(
            self.tr("Значение вносит сотрудник: в фактах учреждений его нет.")
            if manual
            else self.tr("По фактам: %1").replace("%1", computed_text(row))
        )
        facts.setWordWrap(True)
        self.value = QLineEdit(number_text(row.value, 2) if row.value is not None else "")
        self.value.setPlaceholderText(self.tr("число, например 12,5"))
        self.reason = QPlainTextEdit(row.reason or "")
        self.reason.setPlaceholderText(
            self.tr("Откуда взято значение или почему расчёт неверен (обязательно)")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            self.tr("Новое значение (%1):").replace("%1", row.indicator.measure), self.value
        )
        form.addRow(self.tr("Причина:"), self.reason)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Записать в форму"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove = QPushButton(self.tr("Вернуть расчёт по фактам"))
        self.remove.setVisible(row.overridden)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.confirm)
        self.remove.clicked.connect(self.drop)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for widget in (title, name, facts):
            box.addWidget(widget)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.value.selectAll()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("м" * 42))

    def problem(self) -> tuple[str, QWidget] | None:
        """What stops the value from being written, in words, and the field to fix."""
        value = parse_value(self.value.text())
        if value is None:
            return self.tr("Введите число, например 12,5."), self.value
        if value < 0:
            return self.tr("Значение не может быть меньше нуля."), self.value
        if not self.reason.toPlainText().strip():
            return self.tr("Напишите причину: без неё исправление не сохранить."), self.reason
        return None

    def confirm(self) -> None:
        found = self.problem()
        if found is not None:
            text, field = found
            self.message.setText(text)
            field.setFocus()
            return
        value = parse_value(self.value.text())
        assert value is not None
        self.change = (value, self.reason.toPlainText().strip())
        self.accept()

    def drop(self) -> None:
        self.removed = True
        self.accept()
