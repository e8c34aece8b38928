"""The unlock dialog: passphrase (a growing wait after repeated failures) or recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Profile, Store, WrongPassphrase
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text

FREE_ATTEMPTS = 3  # then each failure doubles the wait: 2, 4, 8 … seconds, at most a minute
MAX_WAIT_S = 60


def wait_after(failures: int) -> int:
    """Seconds to wait before the next attempt, after ``failures`` wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_WAIT_S, 2 ** (failures - FREE_ATTEMPTS + 1)))


class UnlockDialog(QDialog):
    """Emits ``unlocked`` with the open store; the store lives on the tasks' store lane."""

    unlocked = Signal(object)

    def __init__(self, profile: Profile, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.tasks = profile, tasks
        self.failures, self.wait_left = 0, 0
        self.setWindowTitle(self.tr("Svodka — вход"))
        self.user = QComboBox()
        self.user.addItems(profile.users())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(280)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox()
        self.enter = self.buttons.addButton(
            self.tr("Войти"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.forgot = QPushButton(self.tr("Забыли пароль?"))
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)  # Enter in the passphrase field means "Войти"
        self.enter.setDefault(True)
        self._layout(profile.root)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.ask_recovery_key)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)

    def _layout(self, root: Path) -> None:
        form = QFormLayout()
        if self.user.count() > 1:
            form.addRow(self.tr("Пользователь:"), self.user)
        form.addRow(self.tr("Пароль:"), self.passphrase)
        folder = QLabel(self.tr("Папка данных: %1").replace("%1", str(root)))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(folder)
        box.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.buttons)

    def try_unlock(self) -> None:
        if self.wait_left or not self.passphrase.text():
            return
        passphrase, user = self.passphrase.text(), self.user.currentText() or None
        self._busy(True)
        self.tasks.run(
            lambda _job: self.profile.unlock(passphrase, user), self._opened, self._failed
        )

    def ask_recovery_key(self) -> None:
        key, ok = QInputDialog.getText(
            self,
            self.tr("Ключ восстановления"),
            self.tr("Введите ключ восстановления, выданный при создании профиля:"),
        )
        if ok and key.strip():
            self._busy(True)
            self.tasks.run(
                lambda _job: self.profile.unlock_with_recovery(key.strip()),
                self._opened,
                self._failed,
            )

    def _opened(self, store: Store) -> None:
        self._busy(False)
        self.unlocked.emit(store)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.passphrase.selectAll()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self.wait_left = wait_after(self.failures)
        self.message.setText(error_text(exc))
        if self.wait_left:
            self.enter.setEnabled(False)
            self.timer.start()
            self._show_wait()

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left <= 0:
            self.timer.stop()
            self.enter.setEnabled(True)
            self.message.setText(self.tr("Попробуйте ещё раз."))
            return
        self._show_wait()

    def _show_wait(self) -> None:
        self.message.setText(
            self.tr("Неверный пароль. Следующая попытка через %n с.", "", self.wait_left)
        )

    def _busy(self, busy: bool) -> None:
        self.enter.setEnabled(not busy and not self.wait_left)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Проверяю пароль…"))
