"""First run, unlock and the main window, driven as a user would (keyboard and mouse)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWizard
from pytestqt.qtbot import QtBot

from desktop.paths import resources_dir
from desktop.storage import Profile, Store
from desktop.storage.records import ConnectionInput
from desktop.ui import i18n
from desktop.ui.first_run import FirstRunWizard, strength
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog, wait_after
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.ui.conftest import on_lane, shown_wizard


def test_first_run_makes_a_profile_and_shows_the_recovery_key(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path
) -> None:
    wizard, opened = shown_wizard(qtbot, tasks, tmp_path / "profile")
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentId() == FirstRunWizard.PASSPHRASE
    QTest.keyClicks(page.first, "password")  # 8 letters: the minimum (QTest types ASCII)
    QTest.keyClicks(page.second, "another")
    assert "не совпадают" in page.hint.text() and not page.isComplete()
    page.first.setText("длинная фраза из слов 2025")
    page.second.setText("длинная фраза из слов 2025")
    assert page.hint.text() == "Надёжный пароль" and page.isComplete()
    wizard.next()  # the profile is made in the background, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.RECOVERY, timeout=20_000)
    recovery = wizard.recovery_page
    assert len(recovery.key.text()) >= 20 and not recovery.isComplete()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    recovery.print_on(printer)
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    recovery.kept.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.ENROL
    assert wizard.enrol_page.offline.isChecked()  # working offline needs nothing more
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(opened) == 1
    on_lane(qtbot, tasks, opened[0].close)
    assert Profile(tmp_path / "profile").users() == [page.user.text()]


def test_first_run_opens_the_demo(qtbot: QtBot, tasks: Tasks, tmp_path: Path) -> None:
    wizard, opened = shown_wizard(qtbot, tasks, tmp_path / "profile")
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.DEMO
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    units = on_lane(qtbot, tasks, opened[0].units)
    assert any(u.code == "DEMO-FAP-012" for u in units)
    on_lane(qtbot, tasks, opened[0].close)


def test_strength_hint_levels() -> None:
    assert [strength(p) for p in ("abc", "abcdefgh", "abcdefghijkl", "Abc-defgh-ijk1")] == [
        0,
        1,
        2,
        3,
    ]


def test_unlock_tells_wrong_passphrase_and_slows_down(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path
) -> None:
    profile = Profile(tmp_path / "profile")
    on_lane(qtbot, tasks, lambda: profile.create(USER, PASSPHRASE, kdf=FAST_KDF).store.close())
    dialog = UnlockDialog(profile, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[Store] = []
    dialog.unlocked.connect(opened.append)
    for attempt in range(1, 4):
        dialog.passphrase.setText("не тот пароль")
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(failed_times(dialog, attempt), timeout=20_000)
        assert "пароль" in dialog.message.text().lower()
    assert dialog.wait_left == wait_after(3) == 2 and not dialog.enter.isEnabled()
    assert "через 2" in dialog.message.text()
    dialog.wait_left = 0  # the wait itself is a timer; the test does not sit it out
    dialog.enter.setEnabled(True)
    dialog.passphrase.setText(PASSPHRASE)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    on_lane(qtbot, tasks, opened[0].close)


def failed_times(dialog: UnlockDialog, count: int) -> Callable[[], bool]:
    return lambda: dialog.failures == count


def test_wait_grows_and_is_capped() -> None:
    assert [wait_after(n) for n in (0, 2, 3, 4, 5, 20)] == [0, 0, 2, 4, 8, 60]


def test_main_window_navigates_and_shows_the_card(
    qtbot: QtBot, tasks: Tasks, demo_store: Store
) -> None:
    on_lane(
        qtbot,
        tasks,
        lambda: demo_store.record_connection(
            ConnectionInput("DEMO-FAP-012", True, "mobile", zspd=True, note="модем")
        ),
    )
    window = MainWindow(demo_store, tasks)
    qtbot.addWidget(window)
    window.show()
    tree = window.navigator.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=20_000)
    assert "В очереди: 1" in window.bar.queue.text()
    assert "не подключён" in window.bar.link.text() and not window.sync_action.isEnabled()
    window.navigator.search.setText("Берёзовка")
    top = tree.topLevelItem(0)
    assert tree.topLevelItemCount() == 1 and top is not None and top.childCount() == 1
    window.navigator.select("DEMO-FAP-012")
    qtbot.waitUntil(lambda: "Берёзовка" in window.card.title(), timeout=20_000)
    assert window.card.internet.text().startswith("есть (Сотовая связь 3G/4G)")
    assert window.card.zspd.text() == "подключено"
    assert window.card.arm.text().startswith("за ")


def test_english_translation_is_complete_and_loads(qtbot: QtBot, tasks: Tasks) -> None:
    ts = (resources_dir() / "translations" / "svodka_en.ts").read_text(encoding="utf-8")
    assert ts.count("<message") > 50 and 'type="unfinished"' not in ts
    app = QApplication.instance()
    assert app is not None
    translators = i18n.install(app, "en")
    try:
        window = MainWindow.__new__(MainWindow)  # only tr() is needed, not a store
        QMainWindow.__init__(window)
        assert window.tr("&Синхронизировать") == "&Synchronise"
        wait = "Неверный пароль. Следующая попытка через %n с."
        assert QCoreApplication.translate("UnlockDialog", wait, "", 5).endswith("5 seconds.")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert window.tr("&Синхронизировать") == "&Синхронизировать"
