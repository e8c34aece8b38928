"""Every form of a unit: fill, see the message beside a wrong field, save, find the record in the
store, its history and the outbox; keyboard-only saving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.ui.enrol_page import acceptable_url
from desktop.ui.form_kit import FormPanel, load_lookups, select_code
from desktop.ui.scan_viewer import ScanDialog
from desktop.ui.tasks import Tasks
from desktop.ui.unit_forms import UnitForms
from tests.ui.conftest import on_lane

UNIT = "DEMO-FAP-012"


@pytest.fixture
def forms(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> Iterator[UnitForms]:
    lookups = on_lane(qtbot, tasks, lambda: load_lookups(demo_store))
    widget = UnitForms(demo_store, tasks, lookups)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_unit(UNIT)
    tasks.wait()
    yield widget


def message(form: FormPanel, field: str) -> str:
    label = form.messages[field]
    return label.text() if label.isVisibleTo(form) else ""


def save_and_wait(form: FormPanel, tasks: Tasks) -> None:
    form.save()
    tasks.wait()


def rows(tasks: Tasks, store: Store, table: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = tasks.call(lambda: store.facts(table, UNIT))
    return found


def test_connection_form_checks_as_one_types_and_saves(
    forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    form = forms.connection
    before = len(rows(tasks, demo_store, "connection_observations"))
    form.bandwidth.setText("быстро")
    assert "не число" in message(form, "bandwidth_kbps")
    form.bandwidth.setText("2048")
    assert message(form, "bandwidth_kbps") == ""
    select_code(form.channel, "adsl")
    form.note.setPlainText("проверено фельдшером")
    save_and_wait(form, tasks)
    saved = rows(tasks, demo_store, "connection_observations")
    assert len(saved) == before + 1
    assert saved[0]["bandwidth_kbps"] == 2048 and saved[0]["channel"] == "adsl"
    history = tasks.call(lambda: demo_store.history(UNIT, limit=1))
    assert history[0].action == "connection_recorded"
    queued = tasks.call(lambda: demo_store.outbox("queued", limit=10_000))
    assert any(e.entity_id == saved[0]["id"] for e in queued)
    assert "Записано" in form.outcome.text()
    assert forms.tables["connection_observations"].rowCount() == before + 1


def test_internet_off_with_a_channel_is_explained_beside_the_channel(forms: UnitForms) -> None:
    form = forms.connection
    select_code(form.channel, "fibre")
    form.internet.setChecked(False)
    assert "Интернета нет" in message(form, "channel")


def test_arm_counts_more_in_mis_than_in_all_is_refused_in_words(
    forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    form = forms.arm
    form.counts["total"].setText("3")
    form.counts["mis"].setText("5")
    form.counts["zspd"].clear()
    before = len(rows(tasks, demo_store, "arm_counts"))
    save_and_wait(form, tasks)
    assert "больше, чем всего АРМ (3)" in message(form, "mis")
    assert "нужно заполнить" in message(form, "zspd")  # every problem at once, not one by one
    form.counts["zspd"].setText("1")
    save_and_wait(form, tasks)
    assert len(rows(tasks, demo_store, "arm_counts")) == before
    assert len(rows(tasks, demo_store, "arm_counts")) == before
    form.counts["mis"].setText("2")
    save_and_wait(form, tasks)
    saved = rows(tasks, demo_store, "arm_counts")
    assert any(r["total"] == 3 and r["mis"] == 2 for r in saved)


def test_required_counts_are_asked_for_on_save(forms: UnitForms) -> None:
    form = forms.arm
    for editor in form.counts.values():
        editor.clear()
    assert message(form, "total") == ""  # not shouted at before trying
    form.save()
    assert "нужно заполнить" in message(form, "total")
    assert form.focusWidget() is form.counts["total"]  # the cursor goes to the first problem


def test_workstation_saved_then_chosen_for_editing(
    forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    form = forms.workstation
    save_and_wait(form, tasks)
    assert "нужно заполнить" in message(form, "inventory_no")
    form.inventory_no.setText("ИНВ-0042")
    form.room.setText("процедурный")
    form.mis_client.setChecked(True)
    save_and_wait(form, tasks)
    assert any(r["inventory_no"] == "ИНВ-0042" for r in rows(tasks, demo_store, "workstations"))
    table = forms.tables["workstations"]
    index = next(i for i, r in enumerate(table.rows) if r["inventory_no"] == "ИНВ-0042")
    table.selectRow(index)
    assert form.inventory_no.text() == "ИНВ-0042" and form.room.text() == "процедурный"


def test_document_needs_its_class(forms: UnitForms, tasks: Tasks, demo_store: Store) -> None:
    form = forms.document
    form.count.setText("12")
    save_and_wait(form, tasks)
    assert "вид документа: нужно заполнить" in message(form, "doc_class").lower()
    select_code(form.doc_class, "semd")
    select_code(form.target, "remd")
    save_and_wait(form, tasks)
    saved = rows(tasks, demo_store, "documents")
    assert any(r["doc_class"] == "semd" and r["count"] == 12 for r in saved)


def test_subsystem_matrix_lists_every_subsystem_and_saves_a_row(
    forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    matrix = forms.tables["subsystem_connections"]
    assert matrix.rowCount() == len(forms.lookups.catalogs["subsystem"])
    matrix.selectRow(0)
    form = forms.subsystem
    first = forms.lookups.catalogs["subsystem"][0].code
    assert form.subsystem.currentData() == first
    select_code(form.stage, "pilot")
    form.applicable.setChecked(False)  # not applicable: the stage falls back to "none"
    assert form.stage.currentData() == "none"
    select_code(form.stage, "pilot")
    assert "не применяется" in message(form, "stage")
    form.applicable.setChecked(True)
    select_code(form.stage, "pilot")
    save_and_wait(form, tasks)
    saved = rows(tasks, demo_store, "subsystem_connections")
    assert any(r["subsystem"] == first and r["stage"] == "pilot" for r in saved)


def test_act_with_scan_is_kept_encrypted_and_shown(
    qtbot: QtBot, forms: UnitForms, tasks: Tasks, demo_store: Store, tmp_path: Path
) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    scan = tmp_path / "акт.png"
    assert picture.save(str(scan))
    form = forms.act
    select_code(form.act_type, "connection")
    form.number.setText("17-С")
    form.scan.set_path(tmp_path / "нет такого.png")
    assert "файл пустой" in message(form, "attachment")
    form.scan.set_path(scan)
    assert message(form, "attachment") == ""
    save_and_wait(form, tasks)
    act = next(r for r in rows(tasks, demo_store, "acts") if r["number"] == "17-С")
    attachment = tasks.call(lambda: demo_store.attachment(str(act["attachment_id"])))
    assert attachment.content == scan.read_bytes()
    dialog = ScanDialog(forms, attachment, QImage.fromData(attachment.content))
    qtbot.addWidget(dialog)
    assert "акт.png" in dialog.windowTitle()
    assert forms.subsystem.act.findData(act["id"]) > 0  # offered as evidence in the matrix


def test_keyboard_only_save(
    qtbot: QtBot, forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    form = forms.outage
    form.cause.setFocus()
    QTest.keyClicks(form.cause, "power cut")
    QTest.keyClick(form.cause, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    tasks.wait()
    assert any(r["cause"] == "power cut" for r in rows(tasks, demo_store, "outages"))
    for name, editor in form.editors.items():
        caption = form.form.labelForField(editor)
        if name != "ended_known":  # a check box carries its own mnemonic
            assert isinstance(caption, QLabel) and caption.buddy() is editor, name


def test_a_second_save_while_the_first_is_on_its_way_writes_nothing(
    forms: UnitForms, tasks: Tasks, demo_store: Store
) -> None:
    form = forms.document
    select_code(form.doc_class, "semd")
    form.count.setText("3")
    before = len(rows(tasks, demo_store, "documents"))
    form.save()
    form.save()  # Ctrl+S held down, or a double click
    tasks.wait()
    assert len(rows(tasks, demo_store, "documents")) == before + 1


def test_a_draft_is_not_carried_to_another_unit(forms: UnitForms) -> None:
    forms.workstation.inventory_no.setText("ИНВ-7")
    forms.show_unit("DEMO-FAP-013")
    assert forms.workstation.inventory_no.text() == ""
    assert forms.workstation.unit == "DEMO-FAP-013"


def test_enrolment_address_must_be_https_except_on_this_computer() -> None:
    assert acceptable_url("https://svodka.region.ru")
    assert acceptable_url("http://127.0.0.1:8470")
    assert not acceptable_url("http://svodka.region.ru")
    assert not acceptable_url("ftp://127.0.0.1")
