"""Every records table offers «Сохранить таблицу в CSV…», and it writes what the table shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.fact_table import Column, FactTable
from desktop.ui.table_csv import offer_csv


def test_a_records_table_saves_what_it_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = FactTable([Column("when", "Когда"), Column("note", "Примечание")])
    qtbot.addWidget(table)
    table.show_rows(
        [{"when": "01.08.2025", "note": "=СУММ(A1)"}, {"when": "02.08.2025", "note": "связь есть"}]
    )
    actions = [a for a in table.actions() if "CSV" in a.text()]
    assert len(actions) == 1
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    target = tmp_path / "таблица.csv"
    # The save dialog is the one thing not driven here: it answers with the path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    actions[0].trigger()
    text = target.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "Когда;Примечание"
    assert lines[1] == "01.08.2025;'=СУММ(A1)"  # a formula is never run by Excel
    assert lines[2] == "02.08.2025;связь есть"


def test_a_cancelled_dialog_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = FactTable([Column("when", "Когда")])
    qtbot.addWidget(table)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    offer_csv(table, "x").trigger()
    assert list(tmp_path.iterdir()) == []
