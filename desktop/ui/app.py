"""The GUI's entry points: first run or unlock, then the main window; and ``--self-test``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import resource
from desktop.storage import DEFAULT_KDF, Profile, Store
from desktop.storage.settings import StoreSettings
from desktop.ui import i18n, readiness
from desktop.ui.autolock import AutoLock, lock_session
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog

SELF_TEST_TIMEOUT_MS = 30_000


def make_app(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Svodka")
    app.setApplicationName("Svodka")
    app.setDesktopFileName("svodka")  # the .deb's menu entry: the taskbar groups by it
    app.setWindowIcon(QIcon(str(resource("icons", "svodka.svg"))))
    chosen = language or str(QSettings().value("ui/language", i18n.DEFAULT_LANGUAGE))
    app.setProperty("svodka_translators", i18n.install(app, chosen))
    return app


class Session:
    """Holds the windows and the store for the life of the app."""

    def __init__(self, profile: Profile, tasks: Tasks) -> None:
        self.profile, self.tasks = profile, tasks
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.autolock = AutoLock(0, tasks)  # 0 until a store is open
        self.autolock.lock_requested.connect(self.lock)

    def start(self) -> None:
        if self.profile.exists():
            dialog = UnlockDialog(self.profile, self.tasks)
            dialog.unlocked.connect(self.open_main)
            dialog.rejected.connect(QApplication.quit)
            dialog.show()
            self._first = dialog
        else:
            wizard = FirstRunWizard(self.profile.root, self.tasks)
            wizard.ready.connect(self.open_main)
            wizard.rejected.connect(QApplication.quit)
            wizard.show()
            self._first = wizard  # type: ignore[assignment]

    def open_main(self, store: Store) -> None:
        self.store = store
        self.window = MainWindow(store, self.tasks)
        self.window.settings_requested.connect(self.open_settings)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        readiness.watch(self.window)
        self.tasks.run(lambda _job: store.settings(), self.apply_settings)

    def apply_settings(self, settings: StoreSettings) -> None:
        self.autolock.set_minutes(settings.auto_lock_min)
        if self.window is not None and self.window.watch is not None:
            self.window.watch.set_interval(settings.monitor_interval_s)

    def open_settings(self) -> None:
        if self.store is None or self.window is None:
            return
        dialog = SettingsDialog(self.store, self.tasks, self.window)
        dialog.saved.connect(self.apply_settings)
        dialog.store_closed.connect(self.lock)  # after a restore: unlock the restored profile
        watch = self.window.watch
        if watch is not None:  # a probe opens the store on its own: not during a swap
            dialog.data.busy.connect(lambda busy: watch.stop() if busy else watch.start())
        dialog.open()

    def lock(self) -> None:
        """Inactivity or Ctrl+L: windows close, the store closes, the unlock dialog opens."""
        store, self.store = self.store, None
        if store is None:
            return  # already locked
        self.window = None  # closed by lock_session; a new one is built after unlock
        dialog = lock_session(self.tasks, store, self.autolock, self.open_main)
        dialog.rejected.connect(QApplication.quit)
        self._first = dialog

    def close(self) -> None:
        store = self.store
        if store is not None:
            self.tasks.run(lambda _job: store.close())
        self.tasks.wait()


def run_gui(data_dir: Path, language: str | None = None) -> int:
    app = make_app(language)
    session = Session(Profile(data_dir), Tasks(app))
    session.start()
    code = app.exec()
    session.close()
    return code


def self_test() -> int:
    """Open a temporary encrypted store, migrate it, build the main window offscreen: 0 if all
    of it works (installers run this after installing)."""
    app = make_app()
    tasks = Tasks(app)
    with tempfile.TemporaryDirectory(prefix="svodka-self-test-") as tmp:
        created: Store = tasks.call(lambda: _self_test_store(Path(tmp)))
        window = MainWindow(created, tasks)
        deadline = QTimer(singleShot=True, interval=SELF_TEST_TIMEOUT_MS)
        deadline.timeout.connect(app.quit)
        deadline.start()
        while window.navigator.tree.topLevelItemCount() == 0 and deadline.isActive():
            app.processEvents()
            tasks.wait(50)
        ok = window.navigator.tree.topLevelItemCount() > 0 and _chart_draws()
        window.close()
        tasks.call(created.close)
    print("self-test: ok" if ok else "self-test: FAILED (the main window did not fill)")
    return 0 if ok else 1


def _chart_draws() -> bool:
    """The quarterly chart's library (pyqtgraph and numpy) is there and draws: an installed
    bundle that lost it would otherwise fail only when an officer opens a form."""
    import pyqtgraph  # type: ignore[import-untyped]

    plot = pyqtgraph.PlotWidget()
    plot.plot([1, 2, 3], [20.0, 35.5, 50.0])
    plot.resize(200, 120)
    drawn = not plot.grab().isNull()
    plot.deleteLater()
    return drawn


def _self_test_store(root: Path) -> Store:
    store = Profile(root).create("self-test", "self-test passphrase", kdf=DEFAULT_KDF).store
    store.load_demo_registry()
    return store
