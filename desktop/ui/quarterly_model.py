"""What the form window shows: its header (МО, quarter, state) and the table of its rows, with
statuses in colour and words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.indicators.periods import Period
from desktop.indicators.quarterly import FormRow, Problem
from desktop.indicators.service import QuarterlyReport
from desktop.ui.report_words import (
    computed_text,
    form_status_note,
    form_status_words,
    held_target_note,
    held_years_differ,
    number_text,
    part_words,
    problem_text,
    quarter_long,
    row_label,
    row_status_words,
    target_text,
    target_tip,
    value_text,
)
from desktop.ui.table_csv import offer_csv

NUMBER, NAME, PART, VALUE, COMPUTED, TARGET, STATUS = range(7)
KEY_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
# Light fills with dark text: readable on any theme's text colour, and always with words.
STATUS_FILL = {
    "behind": "#f6d3d1",
    "on": "#fcecb8",
    "ahead": "#cfe8cd",
    "no_target": "#e6e9ec",
    "no_data": "#e6e9ec",
}
PROBLEM_FILL = "#f6d3d1"
INK = "#1a1a1a"
BADGE_FILL = {
    "new": "#e6e9ec",
    "draft": "#d6e4f5",
    "submitted": "#fcecb8",
    "accepted": "#cfe8cd",
    "returned": "#f6d3d1",
}
RECENT_QUARTERS = 8
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class QuarterlyModel(QAbstractTableModel):
    """Rows of one report; ``set_rows`` replaces them all (a form has a few dozen)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FormRow] = []
        self.period: Period | None = None
        self.mark_held = False
        self.problems: dict[str, list[str]] = {}
        self.comments: dict[str, str] = {}  # indicator number → how the pack computes it
        self.headers = (
            self.tr("№"),
            self.tr("Показатель"),
            self.tr("Строка"),
            self.tr("Значение"),
            self.tr("По фактам"),
            self.tr("Цель на год"),
            self.tr("Состояние"),
        )

    def set_report(self, report: QuarterlyReport | None) -> None:
        """The report's rows (none: an empty table while another quarter is computed)."""
        self.beginResetModel()
        rows = report.rows if report is not None else []
        self.rows, self.period = rows, report.period if report is not None else None
        pack = report.pack.indicators if report is not None else []
        self.comments = {i.number: getattr(i.rule, "comment", None) or "" for i in pack}
        self.mark_held = report is not None and held_years_differ(rows, report.period)
        self.problems = {}
        for problem in report.problems if report is not None else []:
            # АРМ sub-count problems name the indicator; mark each of its rows.
            for row in rows:
                if problem.key in (row.key, row.indicator.number):
                    self.problems.setdefault(row.key, []).append(problem_text(problem))
        self.endResetModel()

    def row_at(self, index: AnyIndex) -> FormRow:
        return self.rows[index.row()]

    def row_of_key(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, COMPUTED, TARGET):
            return NUMERIC
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._fill(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._fill(row, column) is not None:
            return QBrush(QColor(INK))
        if role == Qt.ItemDataRole.FontRole and column == VALUE and row.overridden:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: FormRow, column: int) -> str:
        if column == NUMBER:
            return ("⚠ " if row.key in self.problems else "") + row.indicator.number
        if column == NAME:
            return row.indicator.name
        if column == PART:
            return part_words(row.part.part)
        if column == VALUE:
            return value_text(row) + (" ✎" if row.overridden else "")
        if column == COMPUTED:
            return computed_text(row) if row.overridden else ""
        if column == TARGET:
            return target_text(row, self.period, self.mark_held) if self.period else ""
        return row_status_words(row.status)

    def _tip(self, row: FormRow, column: int) -> str:
        lines = []
        if column in (NUMBER, NAME, PART):
            lines = [row_label(row.indicator.number, row.part.part), row.indicator.name]
            lines.append(self.tr("Единица: %1").replace("%1", row.indicator.measure))
            comment = self.comments.get(row.indicator.number)
            if comment:
                lines.append(self.tr("Как считается: %1").replace("%1", comment))
        elif column in (VALUE, COMPUTED):
            if row.overridden:
                lines.append(
                    self.tr("Исправлено вручную: %1 (по фактам %2)")
                    .replace("%1", row.reason or "")
                    .replace("%2", computed_text(row))
                )
            if row.part.numerator is not None:
                lines.append(
                    self.tr("По фактам: %1 из %2")
                    .replace("%1", number_text(row.part.numerator, 2))
                    .replace("%2", number_text(row.part.denominator, 2))
                )
        elif column == TARGET and self.period is not None:
            lines.append(target_tip(row, self.period))
        elif column == STATUS:
            lines.append(row_status_words(row.status))
        lines += self.problems.get(row.key, [])
        return "\n".join(lines)

    def _fill(self, row: FormRow, column: int) -> QBrush | None:
        if column == STATUS:
            return QBrush(QColor(STATUS_FILL.get(row.status, STATUS_FILL["no_data"])))
        if column in (NUMBER, VALUE) and row.key in self.problems:
            return QBrush(QColor(PROBLEM_FILL))
        return None


def this_quarter() -> Period:
    today = date.today()
    return Period(today.year, (today.month - 1) // 3 + 1)


def next_quarter(period: Period) -> Period:
    quarter = period.quarter or 4
    return Period(period.year + 1, 1) if quarter == 4 else Period(period.year, quarter + 1)


class FormHeader(QWidget):
    """The МО, the quarter chooser and the form's state in words and colour, with the
    region's comment on a returned form; ``quarter_chosen`` carries the Period picked."""

    quarter_chosen = Signal(object)

    def __init__(self, org: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period: Period | None = None
        self.title = QLabel(org)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.prev_button.setToolTip(self.tr("Предыдущий квартал"))
        self.next_button.setToolTip(self.tr("Следующий квартал"))
        self.quarters = QComboBox()
        self.badge, self.state_note, self.target_note, self.comment = (QLabel() for _ in range(4))
        for label in (self.state_note, self.target_note, self.comment):
            label.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment.setStyleSheet(
            f"background: #fdecea; color: {INK}; border: 2px solid #b00020;"
            " border-radius: 4px; padding: 8px;"
        )
        self.comment.hide()
        self.target_note.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Квартал:")))
        for widget in (self.prev_button, self.quarters, self.next_button):
            top.addWidget(widget)
        state = QHBoxLayout()
        state.addWidget(self.badge)
        state.addWidget(self.state_note, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(state)
        box.addWidget(self.comment)
        box.addWidget(self.target_note)
        self.prev_button.clicked.connect(lambda: self._step(back=True))
        self.next_button.clicked.connect(lambda: self._step(back=False))
        self.quarters.activated.connect(
            lambda i: self.quarter_chosen.emit(Period.parse(str(self.quarters.itemData(i))))
        )

    def set_period(self, period: Period) -> None:
        """Show ``period`` as chosen: the recent quarters up to this one, and it if older."""
        self.period = period
        shown = set(this_quarter().quarters_back(RECENT_QUARTERS)) | {period}
        self.quarters.clear()
        for each in sorted(shown, reverse=True):
            self.quarters.addItem(quarter_long(each), str(each))
        self.quarters.setCurrentIndex(self.quarters.findData(str(period)))
        self.next_button.setEnabled(period < this_quarter())

    def _step(self, back: bool) -> None:
        if self.period is not None:
            chosen = self.period.quarters_back(2)[0] if back else next_quarter(self.period)
            self.quarter_chosen.emit(chosen)

    def show_report(self, report: QuarterlyReport, unsaved: bool) -> None:
        self.title.setText(report.org.name)
        form, status = report.form, report.status
        self.badge.setText(form_status_words(status).upper())
        self.badge.setStyleSheet(
            f"background: {BADGE_FILL.get(status, BADGE_FILL['new'])}; color: {INK};"
            " border: 1px solid #8a8f94; border-radius: 4px; padding: 3px 10px; font-weight: bold;"
        )
        note = form_status_note(
            status, form.submitted_at if form else None, form.reviewed_at if form else None
        )
        if unsaved:
            note += " " + self.tr("Есть несохранённые исправления.")
        self.state_note.setText(note)
        comment = form.review_comment if form is not None else None
        self.comment.setText(self.tr("Замечание региона: %1").replace("%1", comment or ""))
        self.comment.setVisible(status == "returned" and bool(comment))
        held = held_target_note(report.rows, report.period)
        self.target_note.setText(held)
        self.target_note.setVisible(bool(held))


FITTED = (NUMBER, PART, VALUE, COMPUTED, TARGET, STATUS)  # a form has a few dozen rows


class FormTable(QTableView):
    """The rows; double-click or Enter asks to edit one, the context menu also to explain it."""

    edit_requested = Signal(str)
    drill_requested = Signal(str)

    def __init__(self, model: QuarterlyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_model = model
        self.editable = False
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in FITTED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(lambda index: self.edit_requested.emit(model.row_at(index).key))
        self.customContextMenuRequested.connect(self._menu)
        self.csv_action = offer_csv(self, "quarterly-form")
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self._edit_current)

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return self.form_model.row_at(index).key if index.isValid() else None

    def select_key(self, key: str) -> None:
        number = self.form_model.row_of_key(key)
        if number >= 0:
            self.selectRow(number)
            self.scrollTo(self.form_model.index(number, NUMBER))

    def _edit_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self.edit_requested.emit(key)

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        key = self.form_model.row_at(index).key
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Исправить значение…"), lambda: self.edit_requested.emit(key))
        edit.setEnabled(self.editable)
        menu.addAction(self.tr("Из чего получено…"), lambda: self.drill_requested.emit(key))
        menu.addSeparator()
        menu.addAction(self.csv_action)
        menu.exec(self.viewport().mapToGlobal(position))


class ProblemList(QGroupBox):
    """Every check across rows that fails, in words; a click selects the row (``chosen``)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ошибки в форме: отправить её нельзя, пока они есть"), parent)
        self.setStyleSheet("QGroupBox { color: #b00020; font-weight: bold; }")
        self.list = QListWidget()
        QVBoxLayout(self).addWidget(self.list)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(KEY_ROLE)))
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem("⚠ " + problem_text(problem))
            item.setData(KEY_ROLE, problem.key)
            self.list.addItem(item)
        # As tall as its lines, up to four; more scroll.
        line = self.list.sizeHintForRow(0) if problems else 1
        lines = min(max(len(problems), 1), 4)
        self.list.setFixedHeight(lines * line + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(problems))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
