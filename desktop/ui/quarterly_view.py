"""The quarterly form window: one МО and quarter against targets, overrides, submission, exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.indicators import service
from desktop.indicators.local import NoPack
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import quarter_of
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.storage.receipts import Receipt
from desktop.ui.drill_down import DrillDownDialog, ReceiptDialog, receipt_text
from desktop.ui.progress_chart import OverrideDialog, RowPanel
from desktop.ui.quarterly_model import (
    COMPUTED,
    FITTED,
    FormHeader,
    FormTable,
    ProblemList,
    QuarterlyModel,
    this_quarter,
)
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text, ui_language

ERROR_INK = "#b00020"
Change = tuple[float | None, str] | None


class QuarterlyWindow(QWidget):
    """A top-level window; ``changed`` after a save or a submission (the queue grew)."""

    changed = Signal()

    def __init__(
        self, store: Store, tasks: Tasks, org: str, quarter: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.tasks, self.org = store, tasks, org
        self.period = quarter_of(quarter)
        self.report: QuarterlyReport | None = None
        self.pending: dict[str, Change] = {}  # overrides set here, not yet saved
        self.busy = 0
        self.generation = 0  # results for a quarter no longer shown are dropped
        self.receipt_dialog: ReceiptDialog | None = None
        self.drill_down: DrillDownDialog | None = None
        self.shared = False  # the table and the chart share the width once rows are in
        self.keep_key: str | None = None
        self.model = QuarterlyModel(self)
        self.header = FormHeader(org)
        self.table = FormTable(self.model)
        self.side = RowPanel(store, tasks)
        self.problems = ProblemList()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long a computation takes is not known ahead
        self.progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("м" * 8))
        self.progress.hide()
        self.save_button = QPushButton(self.tr("Сохранить черновик"))
        self.submit_button = QPushButton(self.tr("Отправить в регион…"))
        self.receipt_button = QPushButton(self.tr("Квитанция"))
        self.xlsx_button = QPushButton(self.tr("Экспорт XLSX…"))
        self.pdf_button = QPushButton(self.tr("Экспорт PDF…"))
        self.refresh_button = QPushButton(self.tr("Обновить из фактов"))
        self._layout()
        self._connect()
        self.header.set_period(self.period)
        self.setWindowTitle(self.tr("Квартальная форма"))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1760, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _layout(self) -> None:
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)  # the chart may be dragged away, never the table
        bottom = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.receipt_button):
            bottom.addWidget(button)
        for button in (self.xlsx_button, self.pdf_button, self.refresh_button):
            bottom.addWidget(button)
        bottom.addStretch()
        bottom.addWidget(self.progress)
        box = QVBoxLayout(self)
        box.addWidget(self.header)
        box.addWidget(self.splitter, 1)
        box.addWidget(self.problems)
        box.addWidget(self.message)
        box.addLayout(bottom)

    def _connect(self) -> None:
        self.header.quarter_chosen.connect(self.set_quarter)
        self.table.edit_requested.connect(self.edit_row)
        self.table.drill_requested.connect(self.open_drill_down)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.side.edit_button.clicked.connect(lambda: self.edit_row(self.current_key() or ""))
        self.side.drill_button.clicked.connect(lambda: self.open_drill_down())
        self.problems.chosen.connect(self.table.select_key)
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(lambda: self.submit())
        self.receipt_button.clicked.connect(self.show_receipt)
        self.xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_asking)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)

    def share_width(self) -> None:
        """The table gets what its figures need plus room for the names; the chart the rest,
        if at least a third (a large font would squeeze it): the user may drag the divider."""
        table, width = self.table, self.splitter.width() or self.width()
        figures = sum(
            max(table.sizeHintForColumn(c), table.horizontalHeader().sectionSizeHint(c))
            for c in FITTED
            if not table.isColumnHidden(c)
        )
        names = table.fontMetrics().horizontalAdvance("м" * 40)
        wanted = figures + names + table.verticalScrollBar().sizeHint().width() + 8
        left = max(min(wanted, int(width * 0.75)), int(width * 0.6))
        self.splitter.setSizes([left, width - left])

    # -- background work --------------------------------------------------------------------------
    def run(self, work: Callable[[], Any], done: Callable[[Any], None], busy: bool = True) -> None:
        """Store work on the store lane; its result is dropped if the quarter changed since."""
        generation = self.generation
        self._set_busy(+1 if busy else 0)

        def finished(result: Any) -> None:
            if not isValid(self):
                return  # the window was deleted while the store worked
            self._set_busy(-1 if busy else 0)
            if generation != self.generation:
                return
            if isinstance(result, Exception):
                self._failed(result)
            else:
                done(result)

        self.tasks.run(lambda _job: work(), finished, finished)

    def _set_busy(self, step: int) -> None:
        self.busy += step
        self.progress.setVisible(self.busy > 0)
        computing = self.tr("Считаю показатели…")
        if self.busy > 0:
            self.say(computing)
        elif self.message.text() == computing:
            self.message.clear()
        self._enable()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, NoPack):
            self.say(
                self.tr(
                    "Показатели региона ещё не получены: они приходят с сервера при синхронизации."
                ),
                error=True,
            )
            self.side.chart.show_message("")
        else:
            self.say(error_text(exc), error=True)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_INK};" if error else "")
        self.message.setText(text)

    # -- the report -------------------------------------------------------------------------------
    def reload(self) -> None:
        """«Обновить из фактов»: compute again; overrides not yet saved are kept."""
        org, quarter = self.org, str(self.period)
        self.run(lambda: service.open_report(self.store, org, quarter), self.show_report)

    def show_report(self, report: QuarterlyReport, fresh: bool = True) -> None:
        """Show a report; ``fresh`` from the store (else only overrides changed here)."""
        if fresh and self.pending:
            report = service.override(report, dict(self.pending))
        if fresh:
            self.side.forget()
        chosen = self.current_key() or self.keep_key
        self.report, self.keep_key = report, None
        self.model.set_report(report)
        computed_shown = any(r.overridden for r in report.rows)
        if computed_shown == self.table.isColumnHidden(COMPUTED):
            self.table.setColumnHidden(COMPUTED, not computed_shown)
            self.shared = False  # a column more or less: share the width anew
        self.header.show_report(report, bool(self.pending))
        self.setWindowTitle(
            self.tr("Квартальная форма: %1, %2")
            .replace("%1", report.org.name)
            .replace("%2", self.header.quarters.currentText())
        )
        self.problems.show_problems(report.problems)
        if not self.shared:
            self.shared = True
            self.share_width()
        self.table.editable = report.editable
        self.table.select_key(chosen or (report.rows[0].key if report.rows else ""))
        if chosen is not None and self.model.row_of_key(chosen) >= 0:
            self.side.show_row(report, report.row(chosen))
        self._enable()

    def _enable(self) -> None:
        report, idle = self.report, self.busy == 0
        editable = report is not None and report.editable
        problems = report is not None and bool(report.problems)
        submitted = report is not None and report.form is not None and report.form.submitted_at
        self.save_button.setEnabled(idle and editable)
        self.submit_button.setEnabled(idle and editable and not problems)
        if report is not None and not editable:
            self.submit_button.setToolTip(self.tr("Форма уже отправлена в регион."))
        elif problems:
            self.submit_button.setToolTip(
                self.tr("Сначала исправьте ошибки: их список под таблицей.")
            )
        else:
            self.submit_button.setToolTip(self.tr("Отправить форму в регион на проверку."))
        self.receipt_button.setEnabled(idle and bool(submitted))
        self.receipt_button.setToolTip(
            "" if submitted else self.tr("Квитанция появится после отправки формы.")
        )
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(idle and report is not None)
        self.refresh_button.setEnabled(idle)
        chosen = self.current_key() is not None
        self.side.edit_button.setEnabled(editable and chosen)
        self.side.drill_button.setEnabled(report is not None and chosen)

    # -- quarters ---------------------------------------------------------------------------------
    def set_quarter(self, period: Period) -> None:
        if period == self.period or period > this_quarter():
            self.header.set_period(self.period)
            return
        if self.pending and not self.may_discard():
            self.header.set_period(self.period)  # the chooser back on the quarter still shown
            return
        self.pending.clear()
        self.generation += 1
        self.keep_key = self.current_key()  # the same row in the other quarter
        self.period, self.report = period, None
        self.model.set_report(None)
        self.side.chart.show_message(self.tr("Считаю показатели…"))
        self.header.set_period(period)
        self.reload()

    def may_discard(self) -> bool:
        """Asks before overrides not yet saved are lost."""
        return self._ask(
            self.tr("Несохранённые исправления"),
            self.tr("Исправления в форме не сохранены и будут потеряны. Продолжить?"),
            QMessageBox.StandardButton.Discard,
        )

    def _ask(self, title: str, text: str, yes: QMessageBox.StandardButton) -> bool:
        no = QMessageBox.StandardButton.Cancel
        return QMessageBox.question(self, title, text, yes | no, no) == yes

    # -- rows -------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        return self.table.current_key()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current) if current.isValid() else None
        self.side.show_row(self.report, row)
        self._enable()

    def edit_row(self, key: str) -> bool:
        """The value editor for a row; refused (and said why) once the form is submitted."""
        report = self.report
        if report is None or self.busy or self.model.row_of_key(key) < 0:
            return False
        if not report.editable:
            self.say(self.tr("Форма отправлена в регион: изменить её значения нельзя."), True)
            return False
        row = report.row(key)
        dialog = OverrideDialog(row, row.indicator.method == "manual", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.apply_change(key, None if dialog.removed else dialog.change)
        return True

    def apply_change(self, key: str, change: Change) -> None:
        """Set (value, reason) or, with None, remove a row's override; saved with the draft."""
        if self.report is None or not self.report.editable:
            return
        self.pending[key] = change
        self.show_report(service.override(self.report, {key: change}), fresh=False)

    # -- saving, submitting -----------------------------------------------------------------------
    def save_draft(self) -> None:
        report = self.report
        if report is None or not report.editable or self.busy:
            return
        saved = self.tr("Черновик сохранён. Изменение встало в очередь на отправку.")
        self.run(lambda: service.save_draft(self.store, report), lambda r: self._stored(r, saved))

    def _stored(self, report: QuarterlyReport, text: str) -> None:
        self.pending.clear()
        self.show_report(report)
        self.say(text)
        self.changed.emit()

    def submit(self, ask: bool = True) -> None:
        report = self.report
        if report is None or not report.editable or report.problems or self.busy:
            return
        if ask and not self._confirm_submit():
            return
        sent = self.tr("Форма отправлена. Она уйдёт на сервер при ближайшей синхронизации.")
        self.run(lambda: service.submit(self.store, report), lambda r: self._stored(r, sent))

    def _confirm_submit(self) -> bool:
        return self._ask(
            self.tr("Отправить форму в регион"),
            self.tr(
                "Отправить форму за %1 в регион? После отправки её нельзя изменить,"
                " пока регион не вернёт её на доработку."
            ).replace("%1", self.header.quarters.currentText()),
            QMessageBox.StandardButton.Yes,
        )

    def show_receipt(self) -> None:
        org, quarter = self.org, str(self.period)
        self.run(lambda: self.store.receipt(org, quarter), self._receipt_loaded)

    def _receipt_loaded(self, receipt: Receipt) -> None:
        names = {r.key: r.indicator.name for r in self.report.rows} if self.report else {}
        self.receipt_dialog = ReceiptDialog(receipt_text(receipt, names), self)
        self.receipt_dialog.show()

    # -- exports and drill-down -------------------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"svodka-{self.org}-{self.period}.{kind}"
        filters = {"xlsx": self.tr("Книга Excel (*.xlsx)"), "pdf": self.tr("Документ PDF (*.pdf)")}
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Сохранить форму в файл"), str(suggested), filters[kind]
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{kind}":
                path = Path(f"{name}.{kind}")
            self.export_to(kind, path)

    def export_to(self, kind: str, path: Path) -> None:
        """The form as shown (unsaved overrides included) to an XLSX or PDF file."""
        report, lang = self.report, ui_language()
        if report is None:
            return
        if kind == "xlsx":
            from desktop.exports.xlsx import write_quarterly_xlsx as write  # a heavy import
        else:
            from desktop.ui.pdf_export import write_quarterly_pdf as write
        self.run(
            lambda: write(report, path, lang),
            lambda _result: self.say(self.tr("Форма сохранена в файл %1").replace("%1", str(path))),
        )

    def open_drill_down(self, key: str | None = None) -> None:
        key = key or self.current_key()
        if self.report is None or key is None:
            return
        if self.drill_down is not None and isValid(self.drill_down):
            self.drill_down.close()
        dialog = DrillDownDialog(self.store, self.tasks, self.report, key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drill_down = dialog
        dialog.show()

    def close_asking(self) -> None:
        """Escape: close, asking first if overrides are not saved."""
        if not self.pending or self.may_discard():
            self.pending.clear()
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Only the user's own close asks; a lock or the app quitting closes without a question
        # (a modal one would keep the form on an unattended screen).
        if event.spontaneous() and self.pending and not self.may_discard():
            event.ignore()
            return
        self.generation += 1  # whatever still runs reports to nobody
        super().closeEvent(event)
