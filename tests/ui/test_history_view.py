"""The history window on a real store: pages on scroll, sort by header, search, CSV export."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.storage.history_query import PAGE_SIZE
from desktop.storage.records import ConnectionInput
from desktop.ui.history_model import ACTION, TIME, UNIT, WHO
from desktop.ui.history_view import HistoryWindow
from desktop.ui.tasks import Tasks
from tests.storage.test_history_query import fill_audit
from tests.ui.conftest import on_lane

ROWS = 1_500
WAIT_MS = 20_000


def history_store(qtbot: QtBot, tasks: Tasks, store: Store) -> int:
    """A thousand and a half entries plus one real record; returns the entry count."""

    def fill() -> int:
        fill_audit(store, ROWS)
        store.record_connection(ConnectionInput("DEMO-FAP-012", True, "mobile", note="модем"))
        return store.history_count()

    total: int = on_lane(qtbot, tasks, fill)
    return total


def open_window(qtbot: QtBot, tasks: Tasks, store: Store, unit: str | None = None) -> HistoryWindow:
    window = HistoryWindow(store, tasks, unit)
    qtbot.addWidget(window)
    window.resize(1200, 600)
    window.show()
    qtbot.waitExposed(window)
    settled(qtbot, window)
    return window


def settled(qtbot: QtBot, window: HistoryWindow) -> None:
    """The first page is in and the total counted."""
    model = window.model
    qtbot.waitUntil(lambda: model.total is not None and not model.loading, timeout=WAIT_MS)


def column(window: HistoryWindow, number: int) -> list[str]:
    model = window.model
    return [model.index(r, number).data() for r in range(model.rowCount())]


def click_header(window: HistoryWindow, section: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_opens_newest_first_and_fetches_more_on_scroll(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    total = history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    model = window.model
    assert model.rowCount() == PAGE_SIZE and model.total == total
    assert window.status.text() == (
        f"Показано {QLocale().toString(PAGE_SIZE)} из {QLocale().toString(total)}"
    )
    newest = model.index(0, ACTION).data(), model.index(0, UNIT).data()
    assert newest == ("отмечено состояние связи", "ФАП с. Берёзовка (демо)")
    assert "модем" in model.index(0, model.columnCount() - 1).data()
    window.table.scrollToBottom()  # the view asks the model for more
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=WAIT_MS)
    seqs = [model.row(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(set(seqs), reverse=True)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE_SIZE, timeout=WAIT_MS)


def test_a_header_click_sorts_and_only_sortable_columns_sort(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    words = window.model.words.vocabulary
    actions = {words.action(a) for a in stored_actions(qtbot, tasks, demo_store)}
    click_header(window, ACTION)  # first click: A to Я
    qtbot.waitUntil(lambda: window.model.query.sort_column == "action", timeout=WAIT_MS)
    settled(qtbot, window)
    first = min(actions, key=str.casefold)
    assert column(window, ACTION)[0] == first and not window.model.query.descending
    click_header(window, ACTION)  # second click: Я to A
    qtbot.waitUntil(lambda: window.model.query.descending, timeout=WAIT_MS)
    settled(qtbot, window)
    assert column(window, ACTION)[0] == max(actions, key=str.casefold)
    click_header(window, WHO)  # not sortable: nothing changes, the arrow stays
    assert window.model.query.sort_column == "action"
    assert window.table.horizontalHeader().sortIndicatorSection() == ACTION
    click_header(window, TIME)  # newest first on the first click
    qtbot.waitUntil(lambda: window.model.query.sort_column == "time", timeout=WAIT_MS)
    assert window.model.query.descending


def stored_actions(qtbot: QtBot, tasks: Tasks, store: Store) -> list[str]:
    def read() -> list[str]:
        return [r[0] for r in store.conn.execute("SELECT DISTINCT action FROM audit_log")]

    found: list[str] = on_lane(qtbot, tasks, read)
    return found


def test_search_filters_rows_and_says_when_nothing_is_found(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    window.search.setText("БЕРЁЗОВКА")  # Cyrillic in any case, matched on the unit's name
    qtbot.waitUntil(lambda: window.model.query.text == "БЕРЁЗОВКА", timeout=WAIT_MS)
    settled(qtbot, window)
    units = {window.model.row(r).unit for r in range(window.model.rowCount())}
    expected = on_lane(qtbot, tasks, lambda: demo_store.history_count("DEMO-FAP-012"))
    assert units == {"DEMO-FAP-012"} and window.model.total == expected
    window.search.setText("нет такого")
    qtbot.waitUntil(lambda: window.model.query.text == "нет такого", timeout=WAIT_MS)
    settled(qtbot, window)
    assert window.model.rowCount() == 0 and window.status.text() == "Ничего не найдено"


def test_a_units_window_shows_that_unit_and_can_show_all(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    total = history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store, unit="DEMO-FAP-012")
    qtbot.waitUntil(lambda: "Берёзовка" in window.windowTitle(), timeout=WAIT_MS)
    assert {window.model.row(r).unit for r in range(window.model.rowCount())} == {"DEMO-FAP-012"}
    assert window.table.isColumnHidden(UNIT) and "Берёзовка" in window.only_unit.text()
    window.only_unit.setChecked(False)
    settled(qtbot, window)
    assert window.model.total == total and not window.table.isColumnHidden(UNIT)


def test_reload_shows_a_new_record_first(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    on_lane(
        qtbot,
        tasks,
        lambda: demo_store.record_connection(ConnectionInput("DEMO-FP-014", False, note="гроза")),
    )
    window.reload()
    settled(qtbot, window)
    unit = on_lane(qtbot, tasks, lambda: demo_store.unit("DEMO-FP-014"))
    assert window.model.row(0).unit == "DEMO-FP-014"
    assert window.model.index(0, UNIT).data() == (unit.short_name or unit.name)


def test_ctrl_f_focuses_search_and_escape_closes(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    window = open_window(qtbot, tasks, demo_store)
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    QTest.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_csv_export_writes_the_filtered_set(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, tmp_path: Path
) -> None:
    history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    window.search.setText("обрыв")
    window.search.returnPressed.emit()  # at once, without the typing pause
    settled(qtbot, window)
    target = tmp_path / "журнал.csv"
    with qtbot.waitSignal(window.exported, timeout=WAIT_MS) as written:
        window.export_csv(target)
    assert written.args == [target]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert table[0][:3] == ["№ записи", "Время", "Кто"]
    assert len(table) - 1 == window.model.total  # all of it, not only the rows loaded
    assert window.model.total > window.model.rowCount() == PAGE_SIZE
    assert all("обрыв" in line[-1] for line in table[1:])
    assert "Сохранено строк" in window.note.text() and window.export_button.isEnabled()


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, tmp_path: Path
) -> None:
    history_store(qtbot, tasks, demo_store)
    window = open_window(qtbot, tasks, demo_store)
    gate = threading.Event()
    tasks.run(lambda _job: gate.wait(WAIT_MS / 1000))  # the lane is busy: the export waits
    folder = tmp_path / "export"
    folder.mkdir()
    try:
        job = window.export_csv(folder / "out.csv")
        assert not window.export_button.isEnabled()
        assert window.export_dialog is not None
        cancel = window.export_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Отменить"
        cancel.click()
        assert job.cancelled
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.export_button.isEnabled(), timeout=WAIT_MS)
    assert "отменено" in window.note.text()
    assert list(folder.iterdir()) == []
