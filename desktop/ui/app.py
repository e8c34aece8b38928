"""The GUI's entry points: first run or unlock, then the main window; and ``--self-test``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.storage import DEFAULT_KDF, Profile, Store
from desktop.ui import i18n, readiness
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import Tasks
from desktop.ui.unlock import UnlockDialog

SELF_TEST_TIMEOUT_MS = 30_000


def make_app(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Svodka")
    app.setApplicationName("Svodka")
    chosen = language or str(QSettings().value("ui/language", i18n.DEFAULT_LANGUAGE))
    app.setProperty("svodka_translators", i18n.install(app, chosen))
    return app


class Session:
    """Holds the windows and the store for the life of the app."""

    def __init__(self, profile: Profile, tasks: Tasks) -> None:
        self.profile, self.tasks = profile, tasks
        self.window: MainWindow | None = None
        self.store: Store | None = None

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
        self.window.show()
        readiness.watch(self.window)

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
        ok = window.navigator.tree.topLevelItemCount() > 0
        window.close()
        tasks.call(created.close)
    print("self-test: ok" if ok else "self-test: FAILED (the main window did not fill)")
    return 0 if ok else 1


def _self_test_store(root: Path) -> Store:
    store = Profile(root).create("self-test", "self-test passphrase", kdf=DEFAULT_KDF).store
    store.load_demo_registry()
    return store
