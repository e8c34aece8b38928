"""The conflicts view: conflicts logged as a pull page logs them, shown in words, marked seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.storage.conflict_query import conflict_rows, mark_seen, unseen_count
from desktop.storage.records import ArmCountsInput
from desktop.ui.conflicts_view import DEVICE, FIELD, KEPT, LOST, NEW, RECORD, ConflictsWindow
from desktop.ui.tasks import Tasks
from tests.ui.conftest import on_lane

FAP, QUARTER = "DEMO-FAP-012", "2025Q3"
OTHER, WINNER = "bbbbbbbb-0000-4000-8000-000000000002", "cccccccc-0000-4000-8000-000000000003"


def item_at(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    found = tree.topLevelItem(index)
    assert found is not None
    return found


def conflict(field: str, kept: Any, lost: Any) -> dict[str, Any]:
    return {
        "field": field,
        "kept_value": kept,
        "lost_value": lost,
        "kept_clock": "2025-09-30T10:00:00.000Z-0001",
        "lost_clock": "2025-09-30T09:00:00.000Z-0001",
        "lost_device": OTHER,
        "kept_device": WINNER,
    }


def pull_with_conflicts(store: Store, *conflicts: dict[str, Any]) -> str:
    """The post recorded counts; the server sends the merged record back with the values
    that lost, as ``apply_pull_page`` receives them in a sync round."""
    record_id = store.record_arm_counts(ArmCountsInput(FAP, QUARTER, total=12, mis=5, zspd=2))
    row = store.facts("arm_counts", FAP)[0]
    data = {**row, "total": 14, "note": "проверено"}
    item = {"entity": "arm_counts", "id": record_id, "version": 3, "data": data}
    store.apply_pull_page([{"kind": "record", "data": {**item, "conflicts": list(conflicts)}}], 7)
    return record_id


def opened(qtbot: QtBot, tasks: Tasks, store: Store) -> tuple[ConflictsWindow, list[int]]:
    window = ConflictsWindow(store, tasks)
    qtbot.addWidget(window)
    unseen: list[int] = []
    window.unseen_changed.connect(unseen.append)  # the first load reports back after this
    window.show()
    assert tasks.wait()
    return window, unseen


def row_texts(window: ConflictsWindow, index: int) -> list[str]:
    item = item_at(window.tree, index)
    return [item.text(c) for c in (NEW, RECORD, FIELD, KEPT, LOST, DEVICE)]


def test_conflicts_in_words(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    on_lane(
        qtbot,
        tasks,
        lambda: pull_with_conflicts(
            demo_store,
            conflict("total", 14, 12),
            conflict("note", "проверено", None),
        ),
    )
    window, unseen = opened(qtbot, tasks, demo_store)
    assert unseen == [2]
    assert window.tree.topLevelItemCount() == 2
    assert row_texts(window, 0) == [
        "новое",
        "число АРМ за квартал\nФАП с. Берёзовка (демо)",
        "примечание",
        "проверено",
        "пусто",
        "другой компьютер · bbbbbbbb",
    ]
    assert row_texts(window, 1)[2:5] == ["всего АРМ", "14", "12"]
    assert item_at(window.tree, 0).font(FIELD).bold()
    assert "новых: 2" in window.status.text()
    assert window.detail.text() == (
        "ФАП с. Берёзовка (демо), число АРМ за квартал, поле «примечание»: оставлено"
        " «проверено» (другой компьютер · cccccccc); не вошло пусто"
        " (другой компьютер · bbbbbbbb)."
    )


def test_mark_all_seen(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    on_lane(qtbot, tasks, lambda: pull_with_conflicts(demo_store, conflict("total", 14, 12)))
    window, unseen = opened(qtbot, tasks, demo_store)
    assert window.mark_button.isEnabled()
    window.mark_button.click()
    assert tasks.wait()
    assert unseen == [1, 0]
    assert item_at(window.tree, 0).text(NEW) == ""
    assert not item_at(window.tree, 0).font(FIELD).bold()
    assert not window.mark_button.isEnabled()
    assert on_lane(qtbot, tasks, lambda: unseen_count(demo_store)) == 0


def test_only_new_filter(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    def two_rounds() -> None:
        pull_with_conflicts(demo_store, conflict("total", 14, 12))
        mark_seen(demo_store, conflict_rows(demo_store)[0].id)
        pull_with_conflicts(demo_store, conflict("mis", 6, 5))

    on_lane(qtbot, tasks, two_rounds)
    window, _unseen = opened(qtbot, tasks, demo_store)
    assert window.tree.topLevelItemCount() == 2
    window.unseen_only.setChecked(True)
    assert tasks.wait()
    assert [row_texts(window, i)[2] for i in range(window.tree.topLevelItemCount())] == [
        "АРМ, подключённых к МИС"
    ]


def test_mark_seen_leaves_later_conflicts_new(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    def shown_then_more() -> tuple[int, int]:
        pull_with_conflicts(demo_store, conflict("total", 14, 12))
        shown = conflict_rows(demo_store)[0].id
        pull_with_conflicts(demo_store, conflict("mis", 6, 5))  # arrives while the list is open
        return mark_seen(demo_store, shown), unseen_count(demo_store)

    assert on_lane(qtbot, tasks, shown_then_more) == (1, 1)


def test_enter_asks_to_open_the_record(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    record_id = on_lane(
        qtbot, tasks, lambda: pull_with_conflicts(demo_store, conflict("total", 14, 12))
    )
    window, _unseen = opened(qtbot, tasks, demo_store)
    asked: list[tuple[str, str, str]] = []
    window.edit_requested.connect(lambda *a: asked.append(a))
    window.tree.setCurrentItem(item_at(window.tree, 0))
    window.tree.setFocus()
    QTest.keyClick(window.tree, Qt.Key.Key_Return)
    assert asked == [(FAP, "arm_counts", record_id)]


def test_empty_log(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    window, unseen = opened(qtbot, tasks, demo_store)
    assert unseen == [0] and window.tree.topLevelItemCount() == 0
    assert not window.mark_button.isEnabled()
