"""The send queue view: real outbox rows, the state filter, refused rows and opening a record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.storage.outbox_query import outbox_counts, outbox_page
from desktop.storage.records import ArmCountsInput, ConnectionInput
from desktop.ui import outbox_view
from desktop.ui.outbox_view import REASON, STATE, WHAT, OutboxWindow
from desktop.ui.tasks import Tasks
from tests.ui.conftest import on_lane

FAP = "DEMO-FAP-012"
REASON_RAW = "bandwidth_kbps: Input should be greater than or equal to 0"


def item_at(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    found = tree.topLevelItem(index)
    assert found is not None
    return found


def fill(store: Store) -> list[int]:
    """Three changes: the first refused by the server, the second held, the third queued."""
    store.record_connection(ConnectionInput(FAP, True, "mobile"))
    store.record_connection(ConnectionInput(FAP, False))
    store.record_arm_counts(ArmCountsInput(FAP, "2025Q3", total=3, mis=2, zspd=1))
    seqs = [row.seq for row in reversed(outbox_page(store))]
    store.mark_sent(seqs[:2])
    store.apply_push_result(seqs[1], {seqs[0]: REASON_RAW})
    return seqs


def opened(qtbot: QtBot, tasks: Tasks, store: Store) -> OutboxWindow:
    window = OutboxWindow(store, tasks)
    qtbot.addWidget(window)
    window.show()
    assert tasks.wait()
    return window


def texts(window: OutboxWindow, column: int) -> list[str]:
    tree = window.tree
    return [item_at(tree, i).text(column) for i in range(tree.topLevelItemCount())]


def test_rows_newest_first_with_states_in_words(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    seqs = on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    assert texts(window, 0) == [str(s) for s in reversed(seqs)]
    assert texts(window, STATE) == ["в очереди", "на сервере", "не принято сервером"]
    assert texts(window, WHAT)[0] == "число АРМ за квартал — новая запись"
    assert texts(window, 3)[0] == "ФАП с. Берёзовка (демо)"
    status = window.status.text()
    assert "В очереди: 1" in status and "принято сервером: 1" in status
    assert "не принято: 1" in status


def test_refused_row_stands_out_with_its_reason(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    refused = item_at(window.tree, 2)
    assert refused.text(REASON).startswith("скорость канала, кбит/с: значение не принято")
    assert refused.toolTip(REASON) == REASON_RAW
    assert not refused.icon(STATE).isNull()
    assert refused.background(0).color() == outbox_view.REFUSED_BACK
    assert item_at(window.tree, 0).icon(STATE).isNull()
    assert window.banner.isVisible() and "Не принято сервером: 1" in window.banner.text()
    window.tree.setCurrentItem(refused)
    assert window.detail.text().endswith(
        "не принято сервером\nПричина: скорость канала, кбит/с: значение не принято"
        " (сервер: Input should be greater than or equal to 0)"
    )


def test_filter_shows_one_state(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    seqs = on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    window.filter.setCurrentIndex(window.filter.findData("quarantined"))
    assert tasks.wait()
    assert texts(window, 0) == [str(seqs[0])]
    window.filter.setCurrentIndex(window.filter.findData("queued"))
    assert tasks.wait()
    assert texts(window, 0) == [str(seqs[2])]
    assert "В очереди: 1" in window.status.text()  # counts stay for every state


def test_enter_and_double_click_ask_to_open_the_record(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    asked: list[tuple[str, str, str]] = []
    window.edit_requested.connect(lambda *a: asked.append(a))
    refused = item_at(window.tree, 2)
    window.tree.setCurrentItem(refused)
    window.tree.setFocus()
    QTest.keyClick(window.tree, Qt.Key.Key_Return)
    row = window.rows[int(refused.text(0))]
    assert asked == [(FAP, "connection_observations", row.entity_id)]
    arm = item_at(window.tree, 0)
    centre = window.tree.visualItemRect(arm).center()
    QTest.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert len(asked) == 2 and asked[1][:2] == (FAP, "arm_counts")


def test_copy_reason_only_for_refused(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    window.tree.setCurrentItem(item_at(window.tree, 0))
    assert not window.copy_button.isEnabled()
    window.tree.setCurrentItem(item_at(window.tree, 2))
    assert window.copy_button.isEnabled()
    QGuiApplication.clipboard().clear()
    window.copy_button.click()
    assert QGuiApplication.clipboard().text() == REASON_RAW


def test_corrected_refusal_says_so(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    def refuse_then_correct() -> None:
        demo_store.record_arm_counts(ArmCountsInput(FAP, "2025Q3", total=3, mis=3, zspd=1))
        seq = outbox_page(demo_store)[0].seq
        demo_store.mark_sent([seq])
        demo_store.apply_push_result(
            seq, {seq: "record x belongs to Y, outside this device's scope"}
        )
        demo_store.record_arm_counts(ArmCountsInput(FAP, "2025Q3", total=3, mis=2, zspd=1))

    on_lane(qtbot, tasks, refuse_then_correct)
    window = opened(qtbot, tasks, demo_store)
    assert texts(window, STATE) == ["в очереди", "не принято сервером; исправлено"]
    assert texts(window, WHAT)[0].endswith("исправление")
    assert texts(window, REASON)[1] == "данные относятся к подразделению вне зоны этого устройства"


def test_pages_and_more(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_view, "PAGE_SIZE", 2)
    seqs = on_lane(qtbot, tasks, lambda: fill(demo_store))
    window = opened(qtbot, tasks, demo_store)
    assert texts(window, 0) == [str(seqs[2]), str(seqs[1])]
    assert window.more_button.isEnabled()
    window.more_button.click()
    assert tasks.wait()
    assert texts(window, 0) == [str(s) for s in reversed(seqs)]
    assert not window.more_button.isEnabled()  # a short page: nothing more to show


def test_reload_shows_new_changes(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    window = opened(qtbot, tasks, demo_store)
    assert window.tree.topLevelItemCount() == 0 and not window.banner.isVisible()
    on_lane(qtbot, tasks, lambda: demo_store.record_connection(ConnectionInput(FAP, True, "adsl")))
    window.reload()
    assert tasks.wait()
    assert texts(window, STATE) == ["в очереди"]


def test_query_keyset_and_counts(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    seqs = on_lane(qtbot, tasks, lambda: fill(demo_store))
    page = on_lane(qtbot, tasks, lambda: outbox_page(demo_store, before_seq=seqs[2], limit=1))
    assert [r.seq for r in page] == [seqs[1]]
    counts = on_lane(qtbot, tasks, lambda: outbox_counts(demo_store))
    assert counts == {"queued": 1, "sent": 0, "synced": 1, "quarantined": 1}
    with pytest.raises(ValueError):
        on_lane(qtbot, tasks, lambda: outbox_page(demo_store, "lost"))
