"""Inside one Xvfb screen: build each window with demo data and save a PNG of it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo import DEMO_PASSPHRASE, DEMO_USER, ensure_demo
from desktop.storage import Store
from desktop.ui.app import make_app
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.quarterly_view import QuarterlyWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog


def settle(app: QApplication, tasks: Tasks, rounds: int = 20) -> None:
    """Let background jobs finish and the windows paint."""
    for _ in range(rounds):
        tasks.wait(50)
        app.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print("saved", path)


def side_windows(app: QApplication, tasks: Tasks, window: MainWindow, out: Path, tag: str) -> None:
    """History, outbox, conflicts and settings, each at a size a user would give it."""
    for name, open_it in (
        ("history", window.open_history),
        ("outbox", window.open_outbox),
        ("conflicts", window.open_conflicts),
    ):
        open_it()
        settle(app, tasks)
        shown = window.side.open[name]
        shown.resize(1100, 650)
        settle(app, tasks)
        shoot(shown, out / f"{name}-{tag}.png")
        shown.close()
    dialog = SettingsDialog(window.store, tasks, window)
    dialog.show()
    settle(app, tasks)
    shoot(dialog, out / f"settings-{tag}.png")
    dialog.close()


def quarterly(app: QApplication, tasks: Tasks, window: MainWindow, out: Path, tag: str) -> None:
    """The quarterly form as opened from the Reports menu, its drill-down and an override."""
    window.navigator.select("DEMO-MO-01")
    settle(app, tasks)
    window.quarterly_action.trigger()
    settle(app, tasks, 40)
    form = window.side.open["quarterly:DEMO-MO-01"]
    assert isinstance(form, QuarterlyWindow)
    form.resize(app.primaryScreen().availableGeometry().size())
    settle(app, tasks)
    form.table.select_key("2.3/tvsp")  # a row that moves over the quarters
    settle(app, tasks)
    shoot(form, out / f"quarterly-{tag}.png")
    form.open_drill_down("2.3/fap")
    settle(app, tasks)
    if form.drill_down is not None:
        shoot(form.drill_down, out / f"quarterly-drill-down-{tag}.png")
        form.drill_down.close()
    form.apply_change("2.4", (99, "проверка: больше, чем ФАП в реестре"))
    settle(app, tasks)
    shoot(form, out / f"quarterly-problem-{tag}.png")
    form.apply_change("2.4", None)
    form.close()


LARGE_FONT_PT = 14  # a user who set a large font in the system


def main(out: Path, lang: str, size: str, large: bool = False) -> None:
    app = make_app(lang)
    QSettings().clear()  # remembered geometry must not leak between shots
    if large:
        font = app.font()
        font.setPointSize(LARGE_FONT_PT)
        app.setFont(font)
    tasks = Tasks(app)
    tag = f"{lang}-{size}" + ("-large" if large else "")
    with tempfile.TemporaryDirectory(prefix="svodka-shots-") as tmp:
        root = Path(tmp)
        wizard = FirstRunWizard(root / "new", tasks)
        wizard.show()
        settle(app, tasks)
        shoot(wizard, out / f"first-run-1-choice-{tag}.png")
        wizard.next()
        page = wizard.passphrase_page
        page.first.setText("фраза из нескольких слов")
        page.second.setText("фраза из нескольких слов")
        settle(app, tasks)
        shoot(wizard, out / f"first-run-2-passphrase-{tag}.png")
        wizard.next()
        while wizard.currentId() != FirstRunWizard.RECOVERY:
            settle(app, tasks, 1)
        settle(app, tasks)
        shoot(wizard, out / f"first-run-3-recovery-{tag}.png")
        wizard.recovery_page.kept.setChecked(True)
        wizard.next()
        wizard.enrol_page.online.setChecked(True)
        settle(app, tasks)
        shoot(wizard, out / f"first-run-4-enrol-{tag}.png")
        store = wizard.store
        wizard.close()
        if store is not None:
            tasks.call(store.close)
        profile = ensure_demo(root / "demo")
        dialog = UnlockDialog(profile, tasks)
        dialog.show()
        dialog.passphrase.setText("неверный")
        dialog.try_unlock()
        while dialog.failures == 0:
            settle(app, tasks, 1)
        settle(app, tasks)
        shoot(dialog, out / f"unlock-wrong-passphrase-{tag}.png")
        dialog.close()
        demo = tasks.call(lambda: profile.unlock(DEMO_PASSPHRASE, DEMO_USER))
        assert isinstance(demo, Store)
        window = MainWindow(demo, tasks)
        screen = app.primaryScreen().availableGeometry()
        window.resize(screen.size())  # no window manager under Xvfb: size it as maximised
        window.show()
        settle(app, tasks)
        window.navigator.select("DEMO-FAP-012")
        settle(app, tasks)
        shoot(window, out / f"main-window-{tag}.png")
        forms = window.forms
        assert forms is not None
        for index in range(1, forms.count()):
            forms.setCurrentIndex(index)
            settle(app, tasks)
            shoot(window, out / f"main-window-tab{index + 1}-{tag}.png")
        forms.setCurrentIndex(1)
        forms.arm.counts["total"].setText("2")
        forms.arm.counts["mis"].setText("5")
        forms.arm.save()
        settle(app, tasks)
        shoot(window, out / f"main-window-arm-error-{tag}.png")
        side_windows(app, tasks, window, out, tag)
        quarterly(app, tasks, window, out, tag)
        window.close()
        tasks.call(demo.close)
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], large="--large" in sys.argv[4:])
