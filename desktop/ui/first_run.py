"""First run: a new encrypted profile (passphrase twice, the recovery key kept), or the demo."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.demo import DEMO_PASSPHRASE, DEMO_USER, ensure_demo
from desktop.demo_server import enrol_with_demo_server, start_demo_server
from desktop.storage import Profile, Store
from desktop.storage.keyslots import write_atomically
from desktop.storage.profile import MIN_PASSPHRASE, Created
from desktop.ui.enrol_page import EnrolPage
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length matters most, then variety."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16 or kinds >= 3)
    return min(3, score)


def demo_with_server(store: Store, root: Path) -> None:
    """On the net lane: the local server up, the demo profile enrolled with it (once)."""
    server = start_demo_server(root)
    own = store.reopen()
    try:
        enrol_with_demo_server(own, server)
    finally:
        own.close()


class ChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Добро пожаловать в «Сводку»"))
        self.setSubTitle(
            self.tr(
                "Данные хранятся на этом компьютере в зашифрованном виде и отправляются "
                "в регион, когда появляется связь."
            )
        )
        self.new = QRadioButton(self.tr("Создать профиль для работы"))
        self.demo = QRadioButton(self.tr("Открыть демонстрационный профиль (вымышленные данные)"))
        self.new.setChecked(True)
        box = QVBoxLayout(self)
        box.addWidget(self.new)
        box.addWidget(self.demo)
        box.addStretch()

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return FirstRunWizard.DEMO if self.demo.isChecked() else FirstRunWizard.PASSPHRASE


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Пароль профиля"))
        self.setSubTitle(
            self.tr(
                "Без пароля данные не прочитать никому. Не меньше %1 знаков; лучше фраза из "
                "нескольких слов."
            ).replace("%1", str(MIN_PASSPHRASE))
        )
        self.user = QLineEdit(getpass.getuser())
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Имя пользователя:"), self.user)
        form.addRow(self.tr("Пароль:"), self.first)
        form.addRow(self.tr("Пароль ещё раз:"), self.second)
        form.addRow("", self.hint)
        self._check()

    def _check(self) -> None:
        words = [
            self.tr("Слишком короткий пароль"),
            self.tr("Слабый пароль: добавьте слов или знаков"),
            self.tr("Пароль средней надёжности"),
            self.tr("Надёжный пароль"),
        ]
        level = strength(self.first.text())
        text = words[level] if self.first.text() else ""
        if self.second.text() and self.second.text() != self.first.text():
            text = self.tr("Пароли не совпадают")
            level = 0
        colour = ["#b00020", "#a05a00", "#5a6a00", "#1b7a1b"][level]
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {colour}")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        text = self.first.text()
        return (
            self.isEnabled()
            and bool(self.user.text().strip())
            and strength(text) > 0
            and text == self.second.text()
        )

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """The profile is made in the background; the wizard moves on when it is ready."""
        if self.owner.store is not None:
            return True
        self.hint.setStyleSheet("")
        self.hint.setText(self.tr("Создаю зашифрованный профиль…"))
        self.setEnabled(False)
        self.completeChanged.emit()  # Next/Finish follow: no second click meanwhile
        self.owner.create_profile(self.user.text().strip(), self.first.text(), self._failed)
        return False

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.completeChanged.emit()  # Next/Finish follow: no second click meanwhile
        self.hint.setStyleSheet("color: #b00020")
        self.hint.setText(error_text(exc))


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Ключ восстановления"))
        self.setSubTitle(
            self.tr(
                "Если пароль забудут, профиль откроется только этим ключом. Он показан один "
                "раз: сохраните его в файл или распечатайте и храните отдельно от компьютера."
            )
        )
        self.key = QLabel()
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        save = QPushButton(self.tr("Сохранить в &файл…"))
        save.clicked.connect(self._save)
        print_button = QPushButton(self.tr("&Распечатать…"))
        print_button.clicked.connect(self._print)
        self.kept = QCheckBox(self.tr("Я сохранил(а) ключ восстановления в надёжном месте"))
        self.kept.toggled.connect(lambda _checked: self.completeChanged.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(print_button)
        buttons.addStretch()
        box = QVBoxLayout(self)
        box.addWidget(self.key)
        box.addLayout(buttons)
        box.addStretch()
        box.addWidget(self.kept)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.key.setText(self.owner.recovery_key)

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return FirstRunWizard.ENROL

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.kept.isChecked()

    def key_sheet(self) -> str:
        """What is printed or saved: the key and what it is for, nothing else."""
        return self.tr("Ключ восстановления профиля «Сводка»: %1").replace(
            "%1", self.owner.recovery_key
        )

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        sheet = QTextDocument()
        sheet.setPlainText(self.key_sheet())
        sheet.print_(printer)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Сохранить ключ восстановления"), "svodka-recovery-key.txt"
        )
        if name:
            write_atomically(Path(name), (self.key_sheet() + "\n").encode("utf-8"))


class DemoPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Демонстрационный профиль"))
        self.setSubTitle(
            self.tr(
                "Вымышленные учреждения и несколько записей: можно пробовать всё, ничего не "
                "испортив. Пароль демо-профиля: %1"
            ).replace("%1", DEMO_PASSPHRASE)
        )
        self.with_server = QCheckBox(
            self.tr("Запустить &учебный сервер на этом компьютере, чтобы видеть обмен данными")
        )
        self.with_server.setToolTip(
            self.tr("Сервер работает только для этого компьютера (адрес 127.0.0.1)")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.with_server)
        box.addWidget(self.message)
        box.addStretch()
        self.setFinalPage(True)

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return -1


class FirstRunWizard(QWizard):
    """Emits ``ready`` with the open store when the wizard ends well."""

    CHOICE, PASSPHRASE, RECOVERY, DEMO, ENROL = range(5)
    ready = Signal(object)

    def __init__(self, root: Path, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root, self.tasks = root, tasks
        self.store: Store | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Svodka — первый запуск"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.choice_page = ChoicePage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.demo_page = DemoPage()
        self.enrol_page = EnrolPage(tasks)
        self.setPage(self.CHOICE, self.choice_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.setPage(self.DEMO, self.demo_page)
        self.setPage(self.ENROL, self.enrol_page)
        self.setMinimumSize(640, 420)

    def create_profile(
        self, user: str, passphrase: str, on_error: Callable[[Exception], None]
    ) -> None:
        """On the store lane (Argon2id takes a fraction of a second); then the next page."""

        def created(result: Created) -> None:
            self.store, self.recovery_key = result.store, result.recovery_key
            self.enrol_page.store = result.store
            self.next()

        self.tasks.run(lambda _job: Profile(self.root).create(user, passphrase), created, on_error)

    def accept(self) -> None:
        if self.currentId() == self.DEMO and self.store is None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
            demo_root = self.root / "demo"
            self.tasks.run(
                lambda _job: ensure_demo(demo_root).unlock(DEMO_PASSPHRASE, DEMO_USER),
                self._demo_opened,
                self._demo_failed,
            )
            return
        if not self.validateCurrentPage():
            return  # e.g. enrolment still running, or refused: the page says why
        if self.store is not None:
            self.ready.emit(self.store)
        super().accept()

    def _demo_opened(self, store: Store) -> None:
        if not self.demo_page.with_server.isChecked():
            self.store = store
            self.accept()
            return
        self.demo_page.message.setText(self.tr("Запускаю учебный сервер…"))
        self.tasks.run(
            lambda _job: demo_with_server(store, self.root),
            lambda _result: self._demo_opened_with_server(store),
            self._demo_failed,
            lane="net",
        )

    def _demo_opened_with_server(self, store: Store) -> None:
        self.store = store
        self.accept()

    def _demo_failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.demo_page.message.setText(error_text(exc))
