"""The quarterly form as a PDF: real PDF, Cyrillic text, page numbers, coloured statuses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.exports.quarterly_table import STATUS_COLOURS
from desktop.storage import Store
from desktop.ui.pdf_export import write_quarterly_pdf
from tests.exports.conftest import stavropol
from tests.exports.stavropol import draft_report, report_with_problem

__all__ = ["stavropol"]

NO_POPPLER = "pdftotext/pdftoppm (poppler-utils) are not installed: the PDF's text goes unread"


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip(NO_POPPLER)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def test_pdf_has_cyrillic_words_and_page_numbers(
    qtbot: QtBot, stavropol: Store, tmp_path: Path
) -> None:
    del qtbot  # the QApplication the fonts need
    target = tmp_path / "форма.pdf"
    write_quarterly_pdf(report_with_problem(stavropol), target)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Квартальная форма: показатели регионального проекта" in text
    assert "ГБУЗ СК «Ковыльная ЦРБ» (демо) (STV-MO-01)" in text
    assert "III квартал 2025 г. (2025Q3)" in text
    assert "отстаёт от" in text  # «отстаёт от плана», wrapped in its cell
    assert "По данным ЕПГУ" in text  # the officer's reason
    assert "12,5 *" in text  # the value set by hand, marked
    assert "больше, чем подразделений в реестре (3)" in text  # the problems at the end
    assert "Противоречие паспорта" in text  # the pack's notes
    pages = text.count("\f")
    assert pages >= 2
    assert "стр. 1 из" in text and f"стр. {pages} из {pages}" in text


def test_pdf_in_english(qtbot: QtBot, stavropol: Store, tmp_path: Path) -> None:
    del qtbot
    target = tmp_path / "form.pdf"
    write_quarterly_pdf(draft_report(stavropol), target, lang="en")
    text = pdf_text(target)
    assert "Quarterly form: indicators of the regional project" in text
    assert "behind the" in text  # «behind the plan», wrapped in its cell
    assert "page 1 of" in text
    assert "12.5 *" in text


def test_pdf_is_a4_landscape_with_coloured_statuses(
    qtbot: QtBot, stavropol: Store, tmp_path: Path
) -> None:
    del qtbot
    target = tmp_path / "form.pdf"
    write_quarterly_pdf(draft_report(stavropol), target)
    if shutil.which("pdftoppm") is None:
        pytest.skip(NO_POPPLER)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "2", str(target), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    colours: set[str] = set()
    for page in sorted(tmp_path.glob("p*.png")):
        image = QImage(str(page))
        assert image.width() / image.height() == pytest.approx(297 / 210, rel=0.02)  # landscape
        colours |= {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
    assert any(near(c, STATUS_COLOURS["behind"]) for c in colours)
    assert any(near(c, STATUS_COLOURS["ahead"]) for c in colours)


def near(colour: str, hex_rgb: str) -> bool:
    a, b = QColor(colour), QColor(f"#{hex_rgb}")
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 6


def test_a_failed_write_leaves_no_file(qtbot: QtBot, stavropol: Store, tmp_path: Path) -> None:
    del qtbot
    with pytest.raises(FileNotFoundError):
        write_quarterly_pdf(draft_report(stavropol), tmp_path / "нет папки" / "form.pdf")
    assert list(tmp_path.iterdir()) == [tmp_path / "profile"]
