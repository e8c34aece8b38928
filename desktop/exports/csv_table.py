"""One CSV writer for every table Svodka saves: UTF-8 with a BOM, formulas kept as text, atomic."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.exports.files import replacing
from desktop.exports.words import format_number

# A cell starting with one of these is a formula to Excel; a leading apostrophe keeps it text.
# A minus is left alone: negative numbers stay numbers (the cost: «-1+2» would compute).
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")

Cell = str | int | float | None


def delimiter_for(lang: str) -> str:
    """Russian Excel splits on «;» (its decimal mark is the comma); English on «,»."""
    return "," if lang == "en" else ";"


def text_cell(value: Cell, lang: str = "ru") -> str:
    """A cell as written: numbers with the language's decimal mark and no grouping (Excel
    reads them as numbers), texts guarded against formula injection, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, lang, grouped=False)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_table(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    lang: str = "ru",
    delimiter: str | None = None,
) -> int:
    """Write ``header`` and ``rows`` to ``path``; returns the number of rows.

    UTF-8 with a BOM (Excel then reads Cyrillic). The rows go to a temporary file beside
    ``path``, renamed over it only when complete: an exception raised by ``rows`` (a cancel),
    an error or a crash never leaves a half-written file under the chosen name."""
    count = 0
    with replacing(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter or delimiter_for(lang))
        writer.writerow([text_cell(h, lang) for h in header])
        for row in rows:
            writer.writerow([text_cell(c, lang) for c in row])
            count += 1
    return count
