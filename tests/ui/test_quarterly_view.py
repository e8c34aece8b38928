"""The quarterly form window on a real store with the Stavropol pack: rows, overrides, checks,
save and submit, a returned form, drill-down and the progress chart."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.indicators.periods import Period
from desktop.paths import resource
from desktop.storage import Store
from desktop.storage.records import (
    ArmCountsInput,
    ConnectionInput,
    DocumentInput,
    SubsystemInput,
    WorkstationInput,
)
from desktop.ui.drill_down import DrillDownDialog
from desktop.ui.progress_chart import OverrideDialog
from desktop.ui.quarterly_model import COMPUTED, NAME, NUMBER, PART, STATUS, TARGET, VALUE
from desktop.ui.quarterly_view import QuarterlyWindow
from desktop.ui.tasks import Tasks
from tests.ui.conftest import on_lane

MO = "DEMO-MO-01"
QUARTER = "2026Q3"
WAIT_MS = 20_000


def fill(store: Store) -> None:
    """The Stavropol pack and a few quarters of facts for the demo МО «Северная ЦРБ»: the ТВСП
    and one ФАП report АРМ counts, the other ФАП keeps a workstation inventory, the ФП has no
    Internet; the ТВСП sends СЭМД to РЭМД, the МО is on РЭМД in production."""
    pack = json.loads(resource("region-packs", "stavropol.json").read_text(encoding="utf-8"))
    store.load_pack(pack)
    seen = datetime(2026, 8, 3, 9, 30, tzinfo=UTC)
    store.record_connection(
        ConnectionInput("DEMO-TVSP-011", True, "fibre", zspd=True, observed_at=seen)
    )
    store.record_connection(
        ConnectionInput("DEMO-FAP-012", True, "mobile", zspd=False, observed_at=seen)
    )
    store.record_connection(
        ConnectionInput("DEMO-FAP-013", True, "mobile", zspd=False, observed_at=seen)
    )
    store.record_connection(ConnectionInput("DEMO-FP-014", False, observed_at=seen))
    for number, quarter in enumerate(Period.parse(QUARTER).quarters_back(4)):
        store.record_arm_counts(
            ArmCountsInput(
                "DEMO-TVSP-011",
                str(quarter),
                total=21 + number,
                mis=18 + number,
                zspd=14 + 2 * number,
                certified=15,
                workers_need=30,
                workers_provided=21 + number,
            )
        )
    store.record_arm_counts(
        ArmCountsInput(
            "DEMO-FAP-012", QUARTER, total=2, mis=1, zspd=0, workers_need=2, workers_provided=2
        )
    )
    for inventory, zspd in (("0001", False), ("0002", True)):
        store.save_workstation(
            WorkstationInput(
                "DEMO-FAP-013", inventory, True, zspd, room="1", in_service_on=date(2025, 3, 1)
            )
        )
    store.record_document(
        DocumentInput("DEMO-TVSP-011", "semd", date(2026, 8, 14), 140, target_system="remd")
    )
    store.set_subsystem(SubsystemInput(MO, "remd", "production", since=date(2025, 1, 20)))


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with unsaved overrides asks first; a test's window just closes."""
    monkeypatch.setattr(QuarterlyWindow, "may_discard", lambda _self: True)


@pytest.fixture
def form_store(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> Store:
    QLocale.setDefault(QLocale(QLocale.Language.Russian))  # as the app sets it for Russian
    on_lane(qtbot, tasks, lambda: fill(demo_store))
    return demo_store


def open_form(qtbot: QtBot, tasks: Tasks, store: Store, quarter: str = QUARTER) -> QuarterlyWindow:
    window = QuarterlyWindow(store, tasks, MO, quarter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.report is not None and window.busy == 0, timeout=WAIT_MS)
    return window


def cell(window: QuarterlyWindow, key: str, column: int) -> str:
    model = window.model
    return str(model.index(model.row_of_key(key), column).data())


def test_rows_show_values_targets_and_statuses_in_words(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    assert window.header.title.text() == "ГБУЗ «Северная ЦРБ» (демо)"
    assert window.header.badge.text() == "НОВАЯ"
    # АРМ in the ЗСПД: ТВСП 20 of 24 (counts), ФАП 0 of 2 (counts) + 1 of 2 (inventory).
    assert cell(window, "2.3/tvsp", VALUE) == "83,3\u00a0%"
    assert cell(window, "2.3/tvsp", PART) == "ТВСП МО"
    assert cell(window, "2.3/fap", VALUE) == "25\u00a0%"
    assert cell(window, "2.3/fap", PART) == "ФАП и ФП"
    assert cell(window, "2.3/fap", STATUS) == "отстаёт"
    # The passport ends in 2024: its last target holds, and the window says so.
    assert cell(window, "2.3/fap", TARGET) == "100\u00a0%"
    assert window.header.target_note.text() == (
        "Паспорт задаёт цели до 2024 г.: в 2026 г. цель 2024 г. действует."
    )
    # ФАП и ФП with Internet: two of three.
    assert cell(window, "2.4", VALUE) == "2 (66,7\u00a0%)"
    assert cell(window, "2.4", STATUS) == "без цели"
    assert cell(window, "1", STATUS) == "нет данных"
    assert window.table.isColumnHidden(COMPUTED)
    name = window.model.index(window.model.row_of_key("2.3/tvsp"), NAME)
    tip = name.data(Qt.ItemDataRole.ToolTipRole)
    assert name.data().startswith("Доля автоматизированных рабочих мест")
    assert tip.startswith("2.3 (ТВСП МО)\nДоля") and "Как считается: АРМ, подключённые" in tip


def test_override_needs_a_reason_and_shows_the_computed_value(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    report = window.report
    assert report is not None
    dialog = OverrideDialog(report.row("1"), True)
    qtbot.addWidget(dialog)
    dialog.value.setText("12,5")
    dialog.confirm()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "причину" in dialog.message.text()
    dialog.reason.setPlainText("Отчёт ЕПГУ за квартал")
    dialog.confirm()
    assert dialog.change == (12.5, "Отчёт ЕПГУ за квартал")

    window.apply_change("2.4", (3, "Связь на ФП появилась в сентябре"))
    assert cell(window, "2.4", VALUE) == "3 (100\u00a0%) ✎"
    assert cell(window, "2.4", COMPUTED) == "2"
    assert not window.table.isColumnHidden(COMPUTED)
    assert "несохранённые" in window.header.state_note.text()


def test_problems_are_listed_in_words_and_block_submission(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    assert window.submit_button.isEnabled()
    window.apply_change("2.4", (9, "ошибка"))
    assert window.problems.isVisibleTo(window)
    assert window.problems.texts() == [
        "⚠ Строка 2.4: больше, чем подходящих подразделений в реестре (3)."
    ]
    assert cell(window, "2.4", NUMBER).startswith("⚠")
    assert not window.submit_button.isEnabled()
    assert "ошибки" in window.submit_button.toolTip()
    window.submit(ask=False)  # refused without a word to the store
    assert window.busy == 0 and window.report is not None and window.report.status == "new"


def test_save_makes_a_draft_then_submit_locks_the_form(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    changed: list[bool] = []
    window.changed.connect(lambda: changed.append(True))
    window.apply_change("1", (12.5, "Отчёт ЕПГУ за квартал"))
    window.save_draft()
    qtbot.waitUntil(
        lambda: window.report is not None and window.report.status == "draft", timeout=WAIT_MS
    )
    assert window.pending == {} and changed == [True]
    assert window.header.badge.text() == "ЧЕРНОВИК"
    assert cell(window, "1", VALUE) == "12,5 ✎"
    stored = on_lane(qtbot, tasks, lambda: form_store.form(MO, QUARTER))
    assert stored is not None and stored.overrides == {"1": "Отчёт ЕПГУ за квартал"}

    window.submit(ask=False)
    qtbot.waitUntil(
        lambda: window.report is not None and window.report.status == "submitted", timeout=WAIT_MS
    )
    report = window.report
    assert report is not None and not report.editable
    assert not window.save_button.isEnabled() and not window.submit_button.isEnabled()
    assert window.edit_row("2.4") is False  # the editor refuses
    assert "изменить её значения нельзя" in window.message.text()
    assert window.receipt_button.isEnabled()
    window.show_receipt()
    qtbot.waitUntil(lambda: window.receipt_dialog is not None, timeout=WAIT_MS)
    assert window.receipt_dialog is not None
    text = window.receipt_dialog.text.toPlainText()
    assert "КВИТАНЦИЯ" in text and "3 кв. 2026" in text and "исправлено вручную" in text


def test_a_returned_form_shows_the_region_comment(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    def returned() -> None:
        form_store.save_form(MO, QUARTER, {"1": 10.0}, {"1": "по ЕПГУ"})
        form_store.submit_form(MO, QUARTER)
        comment = "Строка 2.4: уточните число ФАП с Интернетом"
        form_store.apply_form_review(MO, QUARTER, "returned", comment, "2026-10-05T08:00:00Z")

    on_lane(qtbot, tasks, returned)
    window = open_form(qtbot, tasks, form_store)
    assert window.header.badge.text() == "ВОЗВРАЩЕНА"
    assert window.header.comment.isVisibleTo(window)
    assert "уточните число ФАП" in window.header.comment.text()
    assert window.report is not None and window.report.editable
    assert window.save_button.isEnabled()


def drill_down(qtbot: QtBot, window: QuarterlyWindow, key: str) -> DrillDownDialog:
    window.open_drill_down(key)
    found = window.drill_down
    assert found is not None
    dialog: DrillDownDialog = found
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    return dialog


def test_drill_down_lists_the_units_and_their_facts(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    dialog = drill_down(qtbot, window, "2.3/fap")
    rows = {code: [item.text(c) for c in range(5)] for code, item in dialog.unit_items.items()}
    assert rows == {
        "DEMO-FAP-012": ["ФАП с. Берёзовка (демо)", "учтено", "0", "2", "по счёту АРМ за квартал"],
        "DEMO-FAP-013": ["ФАП х. Луговой (демо)", "учтено", "1", "2", "по перечню АРМ"],
        "DEMO-FP-014": ["ФП пос. Ключи (демо)", "нет данных", "0", "0", "нет данных"],
    }
    # For an inventory, the workstations counted above the line, by inventory number.
    assert [t.split(":")[0] for t in dialog.facts_of("DEMO-FAP-013")] == ["АРМ инв. № 0002"]
    assert dialog.facts_of("DEMO-FAP-012")[0].startswith("Счёт АРМ за 3 кв. 2026: всего 2")

    dialog = drill_down(qtbot, window, "2.4")
    assert dialog.unit_items["DEMO-FP-014"].text(1) == "не учтено"
    assert dialog.unit_items["DEMO-FP-014"].text(4) == "не выполняет условие"
    assert "Интернета нет" in dialog.facts_of("DEMO-FP-014")[0]


def test_chart_shows_the_row_over_eight_quarters(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    window.table.select_key("2.3/tvsp")
    chart = window.side.chart
    qtbot.waitUntil(lambda: len(chart.points) == 8, timeout=WAIT_MS)
    assert [str(p.period) for p in chart.points][-2:] == ["2026Q2", "2026Q3"]
    values = [p.value for p in chart.points]
    assert values[:4] == [None] * 4  # no АРМ counted before 2025Q4
    assert values[-1] == pytest.approx(100 * 20 / 24)
    assert all(p.target == 100 for p in chart.points)
    xs, ys = chart.value_curve.getData()
    assert len(xs) == 8 and ys[-1] == pytest.approx(100 * 20 / 24)
    ticks = chart.tick_texts()  # «2026 К3», or on two lines where the chart is narrow
    assert len(ticks) == 8 and "К3" in ticks[-1] and any("2026" in t for t in ticks)


def test_another_quarter_is_computed_for_its_own_year(
    qtbot: QtBot, tasks: Tasks, form_store: Store
) -> None:
    window = open_form(qtbot, tasks, form_store)
    window.table.select_key("2.3/tvsp")
    window.header.prev_button.click()
    qtbot.waitUntil(lambda: window.report is not None and window.busy == 0, timeout=WAIT_MS)
    assert window.report is not None and str(window.report.period) == "2026Q2"
    assert window.header.quarters.currentText() == "2 кв. 2026"
    assert window.current_key() == "2.3/tvsp"  # the same row in the other quarter
    assert cell(window, "2.3/tvsp", VALUE) == "78,3\u00a0%"  # 18 of 23 АРМ that quarter
    assert window.header.next_button.isEnabled()  # 2026Q3 and 2026Q4 are still ahead

    window.set_quarter(Period(2024, 4))  # the passport's own last year: no target held over
    qtbot.waitUntil(lambda: window.report is not None and window.busy == 0, timeout=WAIT_MS)
    assert cell(window, "2.3/tvsp", VALUE) == "—"
    assert cell(window, "2.3/tvsp", TARGET) == "100\u00a0%"
    assert not window.header.target_note.isVisibleTo(window)


def test_export_writes_the_form_in_the_background(
    qtbot: QtBot, tasks: Tasks, form_store: Store, tmp_path: Path
) -> None:
    window = open_form(qtbot, tasks, form_store)
    target = tmp_path / "форма.xlsx"
    window.export_to("xlsx", target)
    qtbot.waitUntil(lambda: window.busy == 0, timeout=WAIT_MS)
    assert target.read_bytes()[:2] == b"PK"  # a zip: an XLSX workbook
    assert str(target) in window.message.text()


def test_without_a_pack_the_window_says_where_indicators_come_from(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    window = QuarterlyWindow(demo_store, tasks, MO, QUARTER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.busy == 0, timeout=WAIT_MS)
    assert window.report is None
    assert "приходят с сервера при синхронизации" in window.message.text()
    assert not window.save_button.isEnabled() and not window.xlsx_button.isEnabled()


def test_a_lock_closes_the_window_without_asking_about_unsaved_overrides(
    qtbot: QtBot, tasks: Tasks, form_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def cancel(_window: QuarterlyWindow) -> bool:
        asked.append(True)
        return False  # «Cancel»

    monkeypatch.setattr(QuarterlyWindow, "may_discard", cancel)
    window = open_form(qtbot, tasks, form_store)
    window.apply_change("1", (12.5, "Отчёт ЕПГУ"))
    window.close_asking()  # Escape: asked, and «Cancel» keeps the window
    assert asked == [True] and window.isVisible()
    assert window.close()  # as lock_session closes windows: no question
    assert asked == [True] and not window.isVisible()
