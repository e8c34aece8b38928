"""The demo with a server of its own on 127.0.0.1, and enrolment from the first-run wizard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.demo_server import DemoServer, issue_code, start_demo_server, stop_all
from desktop.storage.records import ConnectionInput
from desktop.sync.engine import SyncEngine
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.tasks import Tasks
from tests.ui.conftest import on_lane, shown_wizard


@pytest.fixture
def stop_servers() -> Iterator[None]:
    yield
    stop_all()


def test_demo_with_its_own_server_syncs(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path, stop_servers: None
) -> None:
    wizard, opened = shown_wizard(qtbot, tasks, tmp_path / "profile")
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    wizard.demo_page.with_server.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    store = opened[0]
    device = on_lane(qtbot, tasks, store.device)
    assert device is not None and device.server_url.startswith("http://127.0.0.1:")
    assert device.scope_code == "DEMO-MO-01"
    elsewhere = ConnectionInput("DEMO-FAP-022", True, "mobile")  # another МО's post
    on_lane(qtbot, tasks, lambda: store.record_connection(elsewhere))
    result = on_lane(qtbot, tasks, lambda: SyncEngine(store).run_round())
    assert result.pushed > 1  # the demo's own facts reached it, past the refused one
    assert result.rejected == 1 and on_lane(qtbot, tasks, store.status).queued == 0
    on_lane(qtbot, tasks, store.close)


def test_new_profile_enrols_from_the_wizard(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path, stop_servers: None
) -> None:
    server: DemoServer = start_demo_server(tmp_path / "region")
    wizard, opened = shown_wizard(qtbot, tasks, tmp_path / "profile")
    wizard.next()
    wizard.passphrase_page.first.setText("длинная фраза из слов 2025")
    wizard.passphrase_page.second.setText("длинная фраза из слов 2025")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.RECOVERY, timeout=20_000)
    wizard.recovery_page.kept.setChecked(True)
    wizard.next()
    page = wizard.enrol_page
    page.online.setChecked(True)
    page.url.setText(server.url)
    page.code.setText("WRONG-CODE")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()
    assert not finish.isEnabled()  # no second enrolment while this one runs
    qtbot.waitUntil(lambda: page.isEnabled(), timeout=30_000)
    assert page.message.text() and not opened  # refused in words; the wizard stays
    page.code.setText(issue_code(server))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    units = on_lane(qtbot, tasks, opened[0].units)
    assert any(u.code == "DEMO-FAP-012" for u in units)
    assert on_lane(qtbot, tasks, opened[0].device) is not None
    on_lane(qtbot, tasks, opened[0].close)
