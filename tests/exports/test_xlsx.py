"""The quarterly form as XLSX, read back with openpyxl: cells, words, fills, print layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]

from desktop.exports.quarterly_table import STATUS_COLOURS
from desktop.exports.words import PART
from desktop.exports.xlsx import write_quarterly_xlsx
from desktop.indicators import service
from desktop.storage import Store
from tests.conftest import USER
from tests.exports.stavropol import EXPECTED, REASON, draft_report, report_with_problem

VALUE, COMPUTED, NUMERATOR, DENOMINATOR, TARGET_YEAR, STATUS, REASON_COLUMN = 5, 6, 7, 8, 11, 12, 13


def header_row(sheet: Any) -> int:
    return next(r for r in range(1, 30) if sheet.cell(r, 1).value in ("№", "No."))


def rows_by_key(sheet: Any) -> dict[str, int]:
    """Form rows by key (``2.3/tvsp``): the number, then the part's words."""
    suffix = {w: "" if code == "total" else f"/{code}" for code, pair in PART.items() for w in pair}
    found = {}
    for row in range(header_row(sheet) + 1, sheet.max_row + 1):
        found[sheet.cell(row, 1).value + suffix[sheet.cell(row, 3).value]] = row
    return found


def test_form_sheet_holds_the_title_values_and_statuses(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "форма.xlsx"
    write_quarterly_xlsx(draft_report(stavropol), target)
    sheet = load_workbook(target)["Форма"]
    title = [str(sheet.cell(r, c).value) for r in range(1, header_row(sheet)) for c in (1, 3)]
    assert title[0] == "Квартальная форма: показатели регионального проекта"
    assert "ГБУЗ СК «Ковыльная ЦРБ» (демо) (STV-MO-01)" in title
    assert "III квартал 2025 г. (2025Q3)" in title
    assert "черновик" in title
    assert "Ставропольский край" in title
    assert any("исправленные вручную, отмечены «*»" in t for t in title)
    assert any("Год цели раньше года отчёта" in t for t in title)  # 2025 holds 2024's targets
    rows = rows_by_key(sheet)
    assert len(rows) == 40
    for key, (numerator, denominator, value) in EXPECTED.items():
        row = rows[key]
        assert sheet.cell(row, NUMERATOR).value == numerator, key
        assert sheet.cell(row, DENOMINATOR).value == denominator, key
        assert sheet.cell(row, VALUE).value == pytest.approx(value), key
    behind, ahead = rows["2.3/tvsp"], rows["2.5/fap"]
    assert sheet.cell(behind, STATUS).value == "отстаёт от плана"
    assert sheet.cell(behind, STATUS).fill.fgColor.rgb.endswith(STATUS_COLOURS["behind"])
    assert sheet.cell(ahead, STATUS).value == "цель года достигнута"
    assert sheet.cell(ahead, STATUS).fill.fgColor.rgb.endswith(STATUS_COLOURS["ahead"])
    assert sheet.cell(behind, TARGET_YEAR).value == 2024
    assert sheet.cell(behind, VALUE).number_format == "0.0"
    assert "Доля автоматизированных рабочих мест" in sheet.cell(behind, 2).value
    assert sheet.cell(behind, 2).alignment.wrap_text


def test_overridden_value_is_marked_with_its_reason(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.xlsx"
    report = report_with_problem(stavropol)  # 2.4 set by hand to 9; facts give 1
    write_quarterly_xlsx(report, target)
    sheet = load_workbook(target)["Форма"]
    rows = rows_by_key(sheet)
    manual = sheet.cell(rows["1"], VALUE)
    assert manual.value == 12.5
    assert '" *"' in manual.number_format and manual.font.b and manual.font.i
    assert sheet.cell(rows["1"], REASON_COLUMN).value == REASON
    assert sheet.cell(rows["2.4"], VALUE).value == 9
    assert sheet.cell(rows["2.4"], COMPUTED).value == 1  # what the facts give, beside it
    assert sheet.cell(rows["2.4"], REASON_COLUMN).value == "ошибка в подсчёте"
    assert "*" not in sheet.cell(rows["2.3/tvsp"], VALUE).number_format


def test_a_submitted_form_says_when_and_by_whom(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.xlsx"
    write_quarterly_xlsx(service.submit(stavropol, draft_report(stavropol)), target)
    sheet = load_workbook(target)["Форма"]
    facts = {sheet.cell(r, 1).value: sheet.cell(r, 3).value for r in range(2, header_row(sheet))}
    assert facts["Состояние формы"] == "отправлена, ждёт проверки"
    assert facts["Отправлена"].endswith(f", {USER}")


def test_print_layout_is_a4_landscape_one_page_wide(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.xlsx"
    write_quarterly_xlsx(draft_report(stavropol), target)
    sheet = load_workbook(target)["Форма"]
    header = header_row(sheet)
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert str(setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.oddFooter.right.text == "Стр. &P из &N"
    assert sheet.page_margins.left > 0 and sheet.page_margins.bottom > 0
    assert sheet.column_dimensions["B"].width >= 40  # the names column is the wide one


def test_problems_and_notes_sheets(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.xlsx"
    write_quarterly_xlsx(report_with_problem(stavropol), target)
    book = load_workbook(target)
    assert book.sheetnames == ["Форма", "Проблемы", "Примечания"]
    problems = [[c.value for c in row] for row in book["Проблемы"].iter_rows(min_row=4)]
    assert problems == [
        [
            "2.4",
            "Количество ФАП и ФП, подключенных к сети Интернет, ед.",
            "в целом",
            "больше, чем подразделений в реестре (3)",
        ]
    ]
    notes = [[c.value for c in row] for row in book["Примечания"].iter_rows(min_row=4)]
    contradiction = [n for n in notes if n[0] == "2.5" and n[2] == 2021]
    assert contradiction and contradiction[0][1] == "ФАП и ФП"
    assert contradiction[0][3].startswith("Противоречие паспорта")
    assert book["Форма"]["A1"].value and "Найдено проблем: 1" in "".join(
        str(book["Форма"].cell(r, 1).value) for r in range(1, 15)
    )


def test_no_problems_no_problems_sheet_and_english_words(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.xlsx"
    write_quarterly_xlsx(draft_report(stavropol), target, lang="en")
    book = load_workbook(target)
    assert book.sheetnames == ["Form", "Notes"]
    sheet = book["Form"]
    header = header_row(sheet)
    assert sheet.cell(header, 2).value == "Indicator"
    rows = rows_by_key(sheet)
    assert sheet.cell(rows["2.3/tvsp"], STATUS).value == "behind the plan"
    assert sheet.oddFooter.right.text == "Page &P of &N"


def test_a_failed_write_keeps_the_old_file(
    stavropol: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "form.xlsx"
    target.write_bytes(b"old")
    report = draft_report(stavropol)

    def broken_save(_book: Any, _path: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_quarterly_xlsx(report, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["form.xlsx"]
