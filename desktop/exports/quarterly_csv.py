"""The quarterly form's table as CSV: one row per form row, numbers as numbers."""

from __future__ import annotations

from pathlib import Path

from desktop.exports.csv_table import write_table
from desktop.exports.quarterly_table import quarterly_table
from desktop.indicators.service import QuarterlyReport


def write_quarterly_csv(report: QuarterlyReport, path: Path, lang: str = "ru") -> None:
    """The table alone (the title block and notes belong to the XLSX and the PDF): a value set
    by hand has the computed value and the reason beside it."""
    table = quarterly_table(report, lang)
    write_table(path, table.headers, (line.cells() for line in table.lines), lang=lang)
