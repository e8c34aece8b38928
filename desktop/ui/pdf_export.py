"""The quarterly form as a PDF by Qt's own writer: A4 landscape, coloured statuses, page numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from desktop.exports.files import replacing
from desktop.exports.quarterly_table import (
    OVERRIDE_MARK,
    STATUS_COLOURS,
    Line,
    QuarterlyTable,
    quarterly_table,
)
from desktop.exports.words import format_number
from desktop.indicators.service import QuarterlyReport

RESOLUTION = 300  # dots per inch of the layout and the painter
MM = RESOLUTION / 25.4
MARGINS_MM = QMarginsF(12, 10, 12, 10)
BODY_POINTS = 7.5
HEADER_POINTS = 6.5
TITLE_POINTS = 11.0
# Share of the table's width per column, in the order of ``words.COLUMNS``.
COLUMN_PERCENT = (3, 28, 6, 5, 6, 6, 6, 7, 5, 6, 4, 7, 11)
PROBLEM_PERCENT = (8, 47, 10, 35)
NOTE_PERCENT = (5, 8, 5, 82)
NUMBER_COLUMNS = range(4, 11)
STATUS_COLUMN = 11
GRID = QColor("#8C8C8C")
GRID_WIDTH = 0.25 * MM
PADDING = 0.7 * MM
HEADER_FILL = "#E7E6E6"
HEADING_SPACE = 5 * MM
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter


@dataclass(frozen=True)
class Cell:
    html: str
    align: Qt.AlignmentFlag = LEFT
    fill: str | None = None  # background, "#RRGGBB"


@dataclass
class Block:
    """A piece placed whole on one page: free text, or one table row (rows never break)."""

    height: float
    text: QTextDocument | None = None  # free text across the page
    cells: list[tuple[float, float, QTextDocument, str | None]] = field(default_factory=list)
    header: Block | None = None  # the row heading its table, repeated on each page
    keep_with_next: bool = False  # a heading stays with what follows it
    space_above: float = 0.0


_APPLICATION: list[QGuiApplication] = []  # kept alive for the process (command-line use)


def ensure_gui_application() -> None:
    """For the command line: a QGuiApplication for the fonts when none runs yet (set
    QT_QPA_PLATFORM=offscreen first where there is no display)."""
    if QGuiApplication.instance() is None:
        _APPLICATION.append(QGuiApplication([]))


def write_quarterly_pdf(report: QuarterlyReport, path: Path, lang: str = "ru") -> None:
    """Write the form to ``path`` (replaced atomically). Needs a QGuiApplication (fonts); paints
    no widget, so it may run on a worker thread."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_quarterly_pdf needs a QGuiApplication for its fonts")
    table = quarterly_table(report, lang)
    label = f"{report.org.code} {report.period}"
    with replacing(path) as temp:
        _print(table, temp, label, f"{table.heading}: {label}")


def _print(table: QuarterlyTable, target: Path, label: str, title: str) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Svodka")
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = _font(BODY_POINTS - 0.5)
    footer_height = 2 * QFontMetricsF(footer_font, writer).height()
    body_height = page.height() - footer_height
    pages = _paginate(_blocks(table, _Maker(writer, page.width())), body_height)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write a PDF to {target}")
    try:
        for index, placed in enumerate(pages):
            if index:
                writer.newPage()
            for top, block in placed:
                _paint(painter, block, top)
            footer = QRectF(0, body_height, page.width(), footer_height)
            _footer(painter, footer, footer_font, label, table.page(index + 1, len(pages)))
    finally:
        painter.end()


def _font(points: float) -> QFont:
    """The system's own sans font (DejaVu on Linux, Segoe UI on Windows): both have Cyrillic."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(points)
    return font


class _Maker:
    """Lays out text at the PDF's own resolution: free text across the page, table rows
    cell by cell."""

    def __init__(self, device: QPagedPaintDevice, width: float) -> None:
        self.device, self.width = device, width

    def document(
        self,
        html: str,
        width: float,
        points: float,
        align: Qt.AlignmentFlag = LEFT,
    ) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(_font(points))
        document.setDocumentMargin(0)
        document.setDefaultTextOption(QTextOption(align))
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def text(self, html: str, space_above: float = 0.0) -> Block:
        """Free text; Qt drops a first paragraph's top margin, so space above is the block's."""
        document = self.document(html, self.width, BODY_POINTS)
        height = document.size().height() + space_above
        return Block(height, text=document, keep_with_next=True, space_above=space_above)

    def row(self, cells: Sequence[Cell], widths: Sequence[int], points: float) -> Block:
        placed, left = [], 0.0
        for cell, percent in zip(cells, widths, strict=True):
            width = self.width * percent / 100
            inner = max(1.0, width - 2 * PADDING)
            document = self.document(cell.html, inner, points, cell.align)
            placed.append((left, width, document, cell.fill))
            left += width
        height = max(doc.size().height() for _, _, doc, _ in placed) + 2 * PADDING
        return Block(height, cells=placed)

    def table(
        self, headers: Sequence[str], rows: list[list[Cell]], widths: Sequence[int]
    ) -> list[Block]:
        head = self.row(
            [Cell(f"<b>{escape(h)}</b>", CENTRE, HEADER_FILL) for h in headers],
            widths,
            HEADER_POINTS,
        )
        found = [self.row(cells, widths, BODY_POINTS) for cells in rows]
        for block in found:
            block.header = head
        return found


def _blocks(table: QuarterlyTable, make: _Maker) -> list[Block]:
    remarks = list(table.remarks)
    if table.problems:
        remarks.append(table.text("problems_below").format(count=len(table.problems)))
    facts = "".join(
        f"<tr><td><b>{escape(label)}:</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in table.facts
    )
    title = (
        f'<p style="font-size: {TITLE_POINTS}pt"><b>{escape(table.heading)}</b></p>'
        f'<table cellspacing="0" cellpadding="0">{facts}</table>'
        '<p style="margin-top: 10px; margin-bottom: 12px"><i>'
        + "<br/>".join(escape(r) for r in remarks)
        + "</i></p>"
    )
    blocks = [make.text(title)]
    rows = [_cells(line, table.lang) for line in table.lines]
    blocks += make.table(table.headers, rows, COLUMN_PERCENT)
    if table.problems:
        blocks.append(make.text(_subheading(table.text("problems_heading")), HEADING_SPACE))
        found = [[Cell(escape(text)) for text in problem] for problem in table.problems]
        blocks += make.table(table.problem_headers, found, PROBLEM_PERCENT)
    if table.notes:
        blocks.append(make.text(_subheading(table.text("notes_heading")), HEADING_SPACE))
        notes = [
            [Cell(escape(text)) for text in (n.number, n.part, str(n.year or ""), n.text)]
            for n in table.notes
        ]
        blocks += make.table(table.note_headers, notes, NOTE_PERCENT)
    return blocks


def _subheading(text: str) -> str:
    return f'<p style="margin-bottom: 6px"><b>{escape(text)}</b></p>'


def _paginate(blocks: list[Block], height: float) -> list[list[tuple[float, Block]]]:
    """Where each block goes: (top, block) per page. A row that does not fit starts a page,
    its table's header row above it; a heading moves along with the block after it."""
    pages: list[list[tuple[float, Block]]] = [[]]
    top = 0.0
    header_here: Block | None = None
    for index, block in enumerate(blocks):
        lead = [block.header] if block.header and block.header is not header_here else []
        need = sum(b.height for b in lead) + block.height
        if block.keep_with_next and index + 1 < len(blocks):
            after = blocks[index + 1]
            need += after.height + (after.header.height if after.header else 0)
        if top + need > height and pages[-1]:
            pages.append([])
            top = 0.0
            lead = [block.header] if block.header else []
        for placed in (*lead, block):
            pages[-1].append((top, placed))
            top += placed.height
        header_here = block.header
    return pages


def _paint(painter: QPainter, block: Block, top: float) -> None:
    if block.text is not None:
        painter.save()
        painter.translate(0, top + block.space_above)
        block.text.drawContents(painter)
        painter.restore()
        return
    for left, width, _document, fill in block.cells:
        if fill is not None:
            painter.fillRect(QRectF(left, top, width, block.height), QColor(fill))
    for left, _width, document, _fill in block.cells:
        painter.save()
        painter.translate(QPointF(left + PADDING, top + PADDING))
        document.drawContents(painter)
        painter.restore()
    painter.save()
    painter.setPen(QPen(GRID, GRID_WIDTH))
    for left, width, _document, _fill in block.cells:
        painter.drawRect(QRectF(left, top, width, block.height))
    painter.restore()


def _footer(painter: QPainter, rect: QRectF, font: QFont, label: str, page: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#404040"))
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | bottom), label)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | bottom), page)
    painter.restore()


def _number(value: float | int | None, lang: str, percent: bool = False) -> str:
    """Shares to one decimal, counts as they are; empty when there is none."""
    return format_number(value, lang, decimals=1 if percent else None)


def _cells(line: Line, lang: str) -> list[Cell]:
    value = _number(line.value, lang, line.is_percent)
    if line.overridden:
        value = f"<b><i>{value}&nbsp;{OVERRIDE_MARK}</i></b>"
    texts = [
        escape(line.number),
        escape(line.name),
        escape(line.part),
        escape(line.measure),
        value,
        _number(line.computed, lang, line.is_percent),
        _number(line.numerator, lang),
        _number(line.denominator, lang),
        _number(line.target_pct, lang),
        _number(line.target_abs, lang),
        str(line.target_year or ""),
        escape(line.status_text),
        escape(line.reason),
    ]
    colour = STATUS_COLOURS.get(line.status)
    return [
        Cell(
            text,
            align=RIGHT if column in NUMBER_COLUMNS else LEFT,
            fill=f"#{colour}" if column == STATUS_COLUMN and colour else None,
        )
        for column, text in enumerate(texts)
    ]
