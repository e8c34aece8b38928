"""The settings dialog: values round-trip through the store, checks in words, backup/restore."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.storage import Profile, Store
from desktop.storage.maintenance import backup, restore
from desktop.storage.settings import StoreSettings
from desktop.ui import settings_dialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import Tasks
from tests.conftest import PASSPHRASE, USER
from tests.ui.conftest import on_lane

Said = list[tuple[str, str]]  # (kind, text) of each message box the dialog showed


@pytest.fixture(autouse=True)
def ui_ini(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user's real QSettings stay untouched."""
    path = tmp_path / "ui.ini"
    monkeypatch.setattr(
        settings_dialog, "ui_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    return path


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not expect fails the test instead of waiting for ever."""
    for owner, names in (
        (QMessageBox, ("information", "warning", "critical", "question")),
        (QFileDialog, ("getOpenFileName", "getSaveFileName")),
        (QInputDialog, ("getText",)),
    ):
        for name in names:
            monkeypatch.setattr(owner, name, _unexpected(f"{owner.__name__}.{name}"))


def _unexpected(name: str) -> Callable[..., Any]:
    def fail(*_args: Any) -> Any:
        raise AssertionError(f"unexpected modal dialog: {name}")

    return fail


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    shown: Said = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, _recorder(shown, kind))
    return shown


def _recorder(shown: Said, kind: str) -> Callable[..., QMessageBox.StandardButton]:
    def record(_parent: QWidget, _title: str, text: str, *_rest: Any) -> Any:
        shown.append((kind, text))
        return QMessageBox.StandardButton.Ok

    return record


def open_dialog(qtbot: QtBot, store: Store, tasks: Tasks) -> SettingsDialog:
    dialog = SettingsDialog(store, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=20_000)
    return dialog


def test_saved_values_come_back_from_the_store(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, tmp_path: Path, ui_ini: Path
) -> None:
    ca = tmp_path / "region-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = open_dialog(qtbot, demo_store, tasks)
    assert dialog.monitor.value() == 60 and dialog.auto_lock.value() == 15  # the defaults
    dialog.server_url.clear()
    QTest.keyClicks(dialog.server_url, "https://miac.example/svodka")
    dialog.ca_file.setText(str(ca))
    dialog.monitor.setValue(120)
    dialog.auto_lock.setValue(5)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisible() and "перезапуска" in dialog.language_note.text()
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        QTest.keyClick(dialog.server_url, Qt.Key.Key_Return)  # Enter means Save
    expected = StoreSettings("https://miac.example/svodka", str(ca), 120, 5)
    assert saved.args == [expected] and not dialog.isVisible()
    assert on_lane(qtbot, tasks, demo_store.settings) == expected
    assert QSettings(str(ui_ini), QSettings.Format.IniFormat).value("ui/language") == "en"
    again = open_dialog(qtbot, demo_store, tasks)
    assert again.server_url.text() == "https://miac.example/svodka"
    assert again.ca_file.text() == str(ca)
    assert (again.monitor.value(), again.auto_lock.value()) == (120, 5)
    assert again.language.currentData() == "en" and not again.language_note.isVisible()


def test_bad_values_are_told_beside_the_field_and_block_saving(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    dialog = open_dialog(qtbot, demo_store, tasks)
    assert dialog.ok.isEnabled() and not dialog.errors["server_url"].isVisible()
    QTest.keyClicks(dialog.server_url, "ftp://miac")
    error = dialog.errors["server_url"]
    assert error.isVisible() and "не адрес сервера" in error.text() and "ftp://miac" in error.text()
    assert not dialog.ok.isEnabled()
    QTest.keyClick(dialog.server_url, Qt.Key.Key_Return)  # Enter does nothing while invalid
    assert dialog.isVisible()
    dialog.server_url.setText("https://miac.example")
    assert not error.isVisible() and dialog.ok.isEnabled()
    dialog.monitor.setValue(5)
    monitor_error = dialog.errors["monitor_interval_s"]
    assert monitor_error.isVisible() and "10–86400" in monitor_error.text()
    assert not dialog.ok.isEnabled()
    dialog.monitor.setValue(30)
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock.text() == "никогда" and dialog.ok.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc leaves without saving
    assert not dialog.isVisible()
    assert on_lane(qtbot, tasks, demo_store.settings) == StoreSettings()


def test_ca_file_by_typing_by_picker_and_none(
    qtbot: QtBot, tasks: Tasks, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_text("x")
    dialog = open_dialog(qtbot, demo_store, tasks)
    dialog.ca_file.setText(str(tmp_path / "нет такого.pem"))
    assert "Такого файла нет" in dialog.errors["ca_file"].text() and not dialog.ok.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(ca), ""))
    dialog.ca_choose.click()
    assert dialog.ca_file.text() == str(ca) and dialog.ok.isEnabled()
    assert not dialog.errors["ca_file"].isVisible()
    dialog.ca_clear.click()
    assert dialog.ca_file.text() == "" and dialog.ok.isEnabled()


def test_keyboard_tab_order_and_mnemonics(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, tasks)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.server_url.hasFocus())
    data = dialog.data
    expected = [dialog.server_url, dialog.ca_file, dialog.ca_choose, dialog.ca_clear]
    expected += [dialog.monitor, dialog.auto_lock, dialog.language, data.folder]
    expected += [data.copy_folder, data.open_folder, data.backup_button, data.restore_button]
    expected += [dialog.ok]
    visited = [focused()]
    for _ in expected[1:]:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
    # A spin box keeps the focus in its line edit.
    assert [w if w.parent() not in expected else w.parent() for w in visited] == expected
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QPushButton)]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    assert len(keys) >= 12 and len(keys) == len(set(keys)), keys
    labels = {w.text(): w.buddy() for w in dialog.findChildren(QLabel) if w.buddy()}
    assert labels["&Адрес сервера:"] is dialog.server_url
    assert labels["Сертификат &УЦ:"] is dialog.ca_file


def test_data_folder_is_shown_and_copied(qtbot: QtBot, tasks: Tasks, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, tasks)
    assert dialog.data.folder.isReadOnly()
    assert dialog.data.folder.text() == str(demo_store.profile.root)
    dialog.data.copy_folder.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == str(demo_store.profile.root)
    assert "скопирован" in dialog.data.note.text()


def test_backup_makes_a_file_that_restores_into_an_empty_folder(
    qtbot: QtBot,
    tasks: Tasks,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: Said,
) -> None:
    target = tmp_path / "usb" / "копия.svodka"
    target.parent.mkdir()
    dialog = open_dialog(qtbot, demo_store, tasks)
    inside = demo_store.profile.root / "copy.svodka"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(inside), ""))
    dialog.data.backup_button.click()  # refused: it belongs outside the data folder
    assert said[-1][0] == "warning" and "вне папки данных" in said[-1][1]
    assert not inside.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    dialog.data.backup_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=30_000)
    assert said[-1][0] == "information" and "«копия.svodka»" in said[-1][1]
    assert dialog.data.isEnabled() and dialog.ok.isEnabled()
    fresh = Profile(tmp_path / "fresh")
    restore(target, fresh)
    opened = on_lane(qtbot, tasks, lambda: fresh.unlock(PASSPHRASE, USER))
    assert on_lane(qtbot, tasks, lambda: opened.store_id) == demo_store.store_id
    assert any(u.code == "DEMO-FAP-012" for u in on_lane(qtbot, tasks, opened.units))
    on_lane(qtbot, tasks, opened.close)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def start_restore(
    monkeypatch: pytest.MonkeyPatch, dialog: SettingsDialog, source: Path, passphrase: str
) -> None:
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(source), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (passphrase, True))
    dialog.data.restore_button.click()


def folders(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", ["not a backup", "wrong passphrase"])
def test_a_failed_restore_leaves_the_profile_as_it_was(
    qtbot: QtBot,
    tasks: Tasks,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: Said,
    case: str,
) -> None:
    source = tmp_path / "copy.svodka"
    if case == "not a backup":
        source.write_bytes(b"PK\x03\x04 damaged" * 100)
    else:
        on_lane(qtbot, tasks, lambda: backup(demo_store, source))
    before = folders(tmp_path)
    dialog = open_dialog(qtbot, demo_store, tasks)
    closed: list[bool] = []
    dialog.store_closed.connect(lambda: closed.append(True))
    passphrase = PASSPHRASE if case == "not a backup" else "не тот пароль"
    start_restore(monkeypatch, dialog, source, passphrase)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    kind, text = said[0]
    assert kind == "warning" and "Текущий профиль не изменён" in text
    reason = "не является резервной копией" if case == "not a backup" else "пароль не подходит"
    assert reason in text
    assert not closed and dialog.isVisible() and dialog.data.isEnabled()
    assert folders(tmp_path) == before  # the unpacked copy was cleared away
    assert any(u.code == "DEMO-FAP-012" for u in on_lane(qtbot, tasks, demo_store.units))


def test_restore_swaps_in_the_backup_and_keeps_the_old_profile(
    qtbot: QtBot,
    tasks: Tasks,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: Said,
) -> None:
    source = tmp_path / "copy.svodka"

    def save_url(url: str) -> None:
        demo_store.save_settings(StoreSettings(server_url=url))

    on_lane(qtbot, tasks, lambda: save_url("https://before.example"))
    on_lane(qtbot, tasks, lambda: backup(demo_store, source))
    on_lane(qtbot, tasks, lambda: save_url("https://after.example"))
    dialog = open_dialog(qtbot, demo_store, tasks)
    with qtbot.waitSignal(dialog.store_closed, timeout=30_000):
        start_restore(monkeypatch, dialog, source, PASSPHRASE)
    assert said[0][0] == "information" and "«copy.svodka»" in said[0][1]
    assert not dialog.isVisible()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("profile.before-restore-")]
    assert len(aside) == 1 and str(aside[0]) in said[0][1]
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]
    assert server_url_in(qtbot, tasks, demo_store.profile.root) == "https://before.example"
    assert server_url_in(qtbot, tasks, aside[0]) == "https://after.example"


def server_url_in(qtbot: QtBot, tasks: Tasks, folder: Path) -> str:
    def read() -> str:
        with Profile(folder).unlock(PASSPHRASE, USER) as store:
            return store.settings().server_url

    return on_lane(qtbot, tasks, read)


def test_a_swap_that_fails_halfway_puts_the_profile_back(
    qtbot: QtBot,
    tasks: Tasks,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: Said,
) -> None:
    source = tmp_path / "copy.svodka"
    on_lane(qtbot, tasks, lambda: backup(demo_store, source))
    on_lane(qtbot, tasks, lambda: demo_store.save_settings(StoreSettings(server_url="https://now")))
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if ".restore-" in self.name:  # the checked copy cannot move in (a file held open)
            raise PermissionError(13, "Отказано в доступе", str(self))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    dialog = open_dialog(qtbot, demo_store, tasks)
    with qtbot.waitSignal(dialog.store_closed, timeout=30_000):
        start_restore(monkeypatch, dialog, source, PASSPHRASE)
    kind, text = said[0]
    assert kind == "warning" and "Текущий профиль на месте" in text and "Отказано" in text
    assert folders(tmp_path) == ["profile"]  # no copy left behind, nothing moved aside
    assert server_url_in(qtbot, tasks, demo_store.profile.root) == "https://now"
