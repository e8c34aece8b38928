"""One CSV writer for every table: BOM, separators, numbers, formula guard, atomic writes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.exports.csv_table import Cell, write_table
from desktop.exports.quarterly_csv import write_quarterly_csv
from desktop.storage import Store
from desktop.ui.table_csv import visible_columns, write_model_csv, write_view_csv
from tests.exports.stavropol import REASON, draft_report


def read(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Cyrillic only with the BOM
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=delimiter))


def test_russian_excel_gets_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    target = tmp_path / "таблица.csv"
    rows: list[list[Cell]] = [["Ковыльная ЦРБ", 75.5, 22, None], ["ФАП; ФП", 1234.25, 0, ""]]
    assert write_table(target, ["Название", "Доля", "Число", "Пусто"], rows) == 2
    assert read(target) == [
        ["Название", "Доля", "Число", "Пусто"],
        ["Ковыльная ЦРБ", "75,5", "22", ""],
        ["ФАП; ФП", "1234,25", "0", ""],  # no grouping: Excel reads it as a number
    ]


def test_english_gets_commas_and_decimal_points(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    write_table(target, ["Name", "Share"], [["Kovyl, CRH", 75.5]], lang="en")
    assert read(target, ",") == [["Name", "Share"], ["Kovyl, CRH", "75.5"]]


def test_formulas_stay_text_and_negative_numbers_stay_numbers(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_table(target, ["=a"], [["=1+1", "+7", "@SUM(A1)", "-5", -5.5, "\tx"]])
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "'=a"
    assert lines[1] == "'=1+1;'+7;'@SUM(A1);-5;-5,5;'\tx"


def test_a_failure_midway_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_text("прежний файл", encoding="utf-8")

    def rows() -> Iterator[list[Cell]]:
        yield ["первая строка"]
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        write_table(target, ["x"], rows())
    assert target.read_text(encoding="utf-8") == "прежний файл"
    assert [p.name for p in folder.iterdir()] == ["out.csv"]


def test_quarterly_csv_has_every_row_with_reasons(stavropol: Store, tmp_path: Path) -> None:
    target = tmp_path / "form.csv"
    write_quarterly_csv(draft_report(stavropol), target)
    table = read(target)
    assert table[0][:5] == ["№", "Показатель", "Строка", "Ед. изм.", "Значение"]
    assert len(table) == 41
    by_key = {(r[0], r[2]): r for r in table[1:]}
    assert by_key[("1", "в целом")][4] == "12,5"
    assert by_key[("1", "в целом")][12] == REASON
    tvsp = by_key[("2.3", "ТВСП МО")]
    assert (tvsp[4], tvsp[6], tvsp[7], tvsp[10], tvsp[11]) == (
        "75",
        "15",
        "20",
        "2024",
        "отстаёт от плана",
    )


def model() -> QStandardItemModel:
    found = QStandardItemModel(0, 3)
    found.setHorizontalHeaderLabels(["Код", "Название", "Скрыто"])
    for code, name in (("STV-FAP-012", "=ФАП х. Солончаковый"), ("STV-FP-014", "ФП пос. Отарный")):
        found.appendRow([QStandardItem(code), QStandardItem(name), QStandardItem("секрет")])
    return found


def test_model_csv_writes_header_texts_and_display_values(tmp_path: Path) -> None:
    target = tmp_path / "model.csv"
    assert write_model_csv(model(), target, columns=[1, 0]) == 2
    assert read(target) == [
        ["Название", "Код"],
        ["'=ФАП х. Солончаковый", "STV-FAP-012"],
        ["ФП пос. Отарный", "STV-FP-014"],
    ]


def test_view_csv_keeps_visible_columns_in_screen_order(qtbot: QtBot, tmp_path: Path) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model())
    view.setColumnHidden(2, True)
    view.horizontalHeader().moveSection(1, 0)  # the user dragged «Название» first
    assert visible_columns(view) == [1, 0]
    target = tmp_path / "view.csv"
    write_view_csv(view, target)
    assert [row[:2] for row in read(target)] == [
        ["Название", "Код"],
        ["'=ФАП х. Солончаковый", "STV-FAP-012"],
        ["ФП пос. Отарный", "STV-FP-014"],
    ]
    assert all(len(row) == 2 for row in read(target))
