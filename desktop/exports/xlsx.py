"""The quarterly form as an Excel workbook: the form, its problems and the pack's notes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.page import PageMargins  # type: ignore[import-untyped]

from desktop.exports.files import replacing
from desktop.exports.quarterly_table import STATUS_COLOURS, Line, QuarterlyTable, quarterly_table
from desktop.exports.words import TITLE, pick
from desktop.indicators.service import QuarterlyReport

# Column widths in characters, in the order of ``words.COLUMNS``.
WIDTHS = (5, 42, 9, 8, 9, 11, 10, 12, 8, 9, 6, 12, 24)
PROBLEM_WIDTHS = (12, 70, 12, 60)
NOTE_WIDTHS = (7, 11, 7, 130)
TEXT_COLUMNS = {2, 3, 4, 12, 13}  # wrapped, left-aligned; the rest are numbers
# Arial is on every Windows and, as Liberation Sans (same widths), on Linux: the row heights
# estimated below hold wherever the file is opened. A Font without a name prints in serif.
FONT = "Arial"
PLAIN = Font(name=FONT, size=10)
BOLD = Font(name=FONT, size=10, bold=True)
ITALIC = Font(name=FONT, size=10, italic=True)
MARKED = Font(name=FONT, size=10, bold=True, italic=True)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 12.75  # points per line of 10-pt Arial


def write_quarterly_xlsx(report: QuarterlyReport, path: Path, lang: str = "ru") -> None:
    """Write the form to ``path`` (replaced atomically: never a half-written workbook)."""
    table = quarterly_table(report, lang)
    book = Workbook()
    _form_sheet(book.active, table, report)
    if table.problems:
        sheet = book.create_sheet(table.text("sheet_problems"))
        rows: list[list[Any]] = [list(p) for p in table.problems]
        _list_sheet(sheet, table, "problems_heading", table.problem_headers, rows, PROBLEM_WIDTHS)
    if table.notes:
        sheet = book.create_sheet(table.text("sheet_notes"))
        rows = [[n.number, n.part, n.year, n.text] for n in table.notes]
        _list_sheet(sheet, table, "notes_heading", table.note_headers, rows, NOTE_WIDTHS)
    book.properties.title = f"{table.heading}: {report.org.code} {report.period}"
    book.properties.creator = "Svodka"
    with replacing(path) as temp:
        book.save(temp)


def _form_sheet(sheet: Any, table: QuarterlyTable, report: QuarterlyReport) -> None:
    sheet.title = table.text("sheet_form")
    last = get_column_letter(len(WIDTHS))
    sheet["A1"] = table.heading
    sheet["A1"].font = Font(name=FONT, bold=True, size=14)
    sheet.merge_cells(f"A1:{last}1")
    row = 2
    for label, value in table.facts:
        sheet.cell(row, 1, label).font = BOLD
        sheet.cell(row, 1).alignment = TOP_WRAP
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        sheet.cell(row, 3, value).alignment = TOP_WRAP
        sheet.cell(row, 3).font = PLAIN
        sheet.merge_cells(start_row=row, start_column=3, end_row=row, end_column=len(WIDTHS))
        row += 1
    remarks = list(table.remarks)
    if table.problems:
        remarks.append(table.text("problems_found").format(count=len(table.problems)))
    for remark in remarks:
        sheet.cell(row, 1, remark).alignment = TOP_WRAP
        sheet.cell(row, 1).font = ITALIC
        sheet.merge_cells(f"A{row}:{last}{row}")
        sheet.row_dimensions[row].height = _height(remark, sum(WIDTHS))
        row += 1
    header = row + 1
    _header(sheet, header, table.headers, WIDTHS)
    for offset, line in enumerate(table.lines, start=1):
        _line(sheet, header + offset, line)
    end = header + len(table.lines)
    sheet.freeze_panes = f"A{header + 1}"
    sheet.auto_filter.ref = f"A{header}:{last}{end}"
    _page(sheet, header, f"{report.org.code} {report.period}", table.lang)


def _header(sheet: Any, row: int, headers: Sequence[str], widths: Sequence[int]) -> None:
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row, column, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[row].height = _fit(dict(enumerate(headers, start=1)), widths)


def _line(sheet: Any, row: int, line: Line) -> None:
    for column, value in enumerate(line.cells(), start=1):
        cell = sheet.cell(row, column, value)
        cell.font = PLAIN
        cell.border = GRID
        cell.alignment = TOP_WRAP if column in TEXT_COLUMNS else Alignment(vertical="top")
    texts = {column: str(value or "") for column, value in enumerate(line.cells(), start=1)}
    sheet.row_dimensions[row].height = _fit(texts, WIDTHS)
    value = sheet.cell(row, 5)
    value.number_format = _number_format(line.value, line.is_percent, line.overridden)
    if line.overridden:
        value.font = MARKED
    sheet.cell(row, 6).number_format = _number_format(line.computed, line.is_percent, False)
    for column in (7, 8, 10):
        sheet.cell(row, column).number_format = _number_format(
            sheet.cell(row, column).value, False, False
        )
    sheet.cell(row, 9).number_format = _number_format(line.target_pct, False, False)
    sheet.cell(row, 11).number_format = "0"
    colour = STATUS_COLOURS.get(line.status)
    if colour is not None:
        sheet.cell(row, 12).fill = PatternFill("solid", fgColor=colour)


def _number_format(value: float | None, percent: bool, marked: bool) -> str:
    """Shares to one decimal, counts whole (two decimals when the count has a fraction);
    a value set by hand carries «*» while staying a number."""
    if percent:
        shown = "0.0"
    elif value is not None and not float(value).is_integer():
        shown = "#,##0.00"
    else:
        shown = "#,##0"
    return f'{shown}" *"' if marked else shown


def _list_sheet(
    sheet: Any,
    table: QuarterlyTable,
    heading: str,
    headers: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[int],
) -> None:
    sheet["A1"] = table.text(heading)
    sheet["A1"].font = Font(name=FONT, bold=True, size=12)
    _header(sheet, 3, headers, widths)
    for offset, values in enumerate(rows, start=4):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(offset, column, value)
            cell.font = PLAIN
            cell.border = GRID
            cell.alignment = TOP_WRAP
        texts = {column: str(value or "") for column, value in enumerate(values, start=1)}
        sheet.row_dimensions[offset].height = _fit(texts, widths)
    sheet.freeze_panes = "A4"
    _page(sheet, 3, sheet.title, table.lang)


def _page(sheet: Any, header: int, label: str, lang: str) -> None:
    """A4 landscape, one page wide (as many long as needed), the header row on every page."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header}:{header}"
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.25)
    sheet.oddFooter.left.text = label
    sheet.oddFooter.right.text = pick(TITLE["footer"], lang)


def _height(text: str, width_chars: float) -> float:
    """Lines of wrapped text a column ``width_chars`` wide needs, in points; a little
    generous, as words do not fill each line (Excel and LibreOffice do not grow rows
    written by openpyxl, nor ever rows of merged cells)."""
    per_line = max(1.0, width_chars * 1.15 - 2)
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
    return LINE_HEIGHT * lines + 3


def _fit(texts: dict[int, str], widths: Sequence[int]) -> float:
    return max(_height(text, widths[column - 1]) for column, text in texts.items())
